import "server-only";
import { prisma } from "@/lib/db/prisma";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { kindergartenToday } from "../groups/enrolled";
import { listSchoolYears, schoolYearDates } from "./school-years";
import { listClosures } from "./closures";
import { inSpan, schoolYearSpan, suggestNextYear } from "./rules";
import { kindergartenCalendar } from "./working-calendar";

// What the calendar page shows: the school years, the chosen one (by id, else the one holding
// today, else the next, else the last) with its calendar and closures, and a suggested next year.
export async function calendarOverview(organizationId: string, now: Date, yearId?: string) {
  const today = (await kindergartenToday(prisma, organizationId, now)).ymd;
  const years = (await listSchoolYears(organizationId)).map((y) => ({ id: y.id, ...schoolYearDates(y) }));
  const selected =
    years.find((y) => y.id === yearId) ??
    years.find((y) => inSpan(today, schoolYearSpan(y))) ??
    years.find((y) => y.startsOn > today) ??
    years.at(-1);
  const span = selected ? schoolYearSpan(selected) : null;
  const calendar = span ? await kindergartenCalendar(organizationId, span.from, span.to) : null;
  const closures = (await listClosures(organizationId))
    .map((c) => ({ id: c.id, date: dbDateToYmd(c.date), reason: c.reason }))
    .filter((c) => !span || inSpan(c.date, span));
  return {
    today,
    years,
    selected,
    calendar,
    closures,
    suggested: suggestNextYear(years.at(-1)?.startsOn, today),
  };
}
