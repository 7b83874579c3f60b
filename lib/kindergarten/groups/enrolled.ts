import "server-only";
import type { Tx } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
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

// How many of each group's enrolments of the kindergarten match a filter (the children of each group
// today, for `enrolledOn(day)`), read by the enrolments' kindergarten index: Prisma's `_count` with a
// filter joins a GROUP BY over every enrolment of the region (30 ms a page at a region's size).
export async function enrolmentsByGroup(
  db: Pick<Tx, "enrolment">,
  organizationId: string,
  where: Prisma.EnrolmentWhereInput,
): Promise<Map<string, number>> {
  const rows = await db.enrolment.groupBy({
    by: ["groupId"],
    where: { organizationId, ...where },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.groupId, r._count._all]));
}
