import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { localDate } from "@/lib/calendar/zone";
import { ymdToDbDate } from "@/lib/calendar/db-date";

// Today in the kindergarten's own time zone, as YYYY-MM-DD and as a `@db.Date` value.
export async function kindergartenToday(db: Pick<Tx, "organization">, organizationId: string, now: Date) {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { timeZone: true } });
  const ymd = localDate(now, org?.timeZone);
  return { ymd, date: ymdToDbDate(ymd) };
}

// The enrolments that are current on a day (started, not yet ended).
export function enrolledOn(day: Date) {
  return { startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] };
}

// The enrolments that are current on a day or start later (not ended before it).
export function notEndedBy(day: Date) {
  return { OR: [{ endsOn: null }, { endsOn: { gte: day } }] };
}
