import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Tx } from "@/lib/db/prisma";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import {
  assertDayRange,
  buildKindergartenCalendar,
  type CalendarData,
  type KindergartenCalendar,
} from "./day-kinds";

export type { DayKind, KindergartenCalendar } from "./day-kinds";

type Db = Pick<Tx, "holiday" | "orgClosure" | "schoolYear">;

// The rows that decide the kindergarten's days in fromYmd..toYmd: national holidays, its closures
// and the school years that touch the range (read with `db`, so a transaction can use it too).
export async function loadCalendarData(
  db: Db,
  organizationId: string,
  fromYmd: string,
  toYmd: string,
): Promise<CalendarData> {
  return (await loadCalendarDataMany(db, [organizationId], fromYmd, toYmd)).get(organizationId)!;
}

// The same for many kindergartens in three queries (a nightly job over a region's 299 read them one at a
// time, three queries each).
export async function loadCalendarDataMany(
  db: Db,
  organizationIds: string[],
  fromYmd: string,
  toYmd: string,
): Promise<Map<string, CalendarData>> {
  const range = { gte: ymdToDbDate(fromYmd), lte: ymdToDbDate(toYmd) };
  const [holidays, closures, years] = await Promise.all([
    db.holiday.findMany({ where: { date: range }, orderBy: { date: "asc" } }),
    db.orgClosure.findMany({
      where: { organizationId: { in: organizationIds }, date: range },
      orderBy: { date: "asc" },
    }),
    db.schoolYear.findMany({
      where: {
        organizationId: { in: organizationIds },
        startsOn: { lte: range.lte },
        OR: [{ endsOn: { gte: range.gte } }, { summerEndsOn: { gte: range.gte } }],
      },
      orderBy: { startsOn: "asc" },
    }),
  ]);
  const ymd = (d: Date | null) => (d ? dbDateToYmd(d) : null);
  const national = holidays.map((h) => ({
    date: dbDateToYmd(h.date),
    kind: h.kind,
    nameKk: h.nameKk,
    nameRu: h.nameRu,
    nameEn: h.nameEn,
  }));
  return new Map(
    organizationIds.map((id) => [
      id,
      {
        holidays: national,
        closures: closures
          .filter((c) => c.organizationId === id)
          .map((c) => ({ date: dbDateToYmd(c.date), reason: c.reason })),
        schoolYears: years
          .filter((y) => y.organizationId === id)
          .map((y) => ({
            startsOn: dbDateToYmd(y.startsOn),
            endsOn: dbDateToYmd(y.endsOn),
            summerStartsOn: ymd(y.summerStartsOn),
            summerEndsOn: ymd(y.summerEndsOn),
          })),
      },
    ]),
  );
}

// The kindergarten's working calendar for fromYmd..toYmd (YYYY-MM-DD, inclusive): which days are
// working days (markable in the attendance grid), weekends, holidays (with names), closures (with
// reasons) or outside every school year. Asking about a day outside the range throws a RangeError.
export async function kindergartenCalendar(
  organizationId: string,
  fromYmd: string,
  toYmd: string,
): Promise<KindergartenCalendar> {
  assertDayRange(fromYmd, toYmd);
  return buildKindergartenCalendar(
    await loadCalendarData(prisma, organizationId, fromYmd, toYmd),
    fromYmd,
    toYmd,
  );
}
