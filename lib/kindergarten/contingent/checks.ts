import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { formatDate } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";
import { findOverlap, peakFrom, type Period, type SchoolYearSpan } from "./rules";

const ymdOrNull = (d: Date | null) => (d ? dbDateToYmd(d) : null);

// The kindergarten's time zone and school years (as day strings) for the date rules.
export async function kindergartenCalendar(
  db: Tx,
  organizationId: string,
): Promise<{ timeZone: string; years: SchoolYearSpan[] }> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { timeZone: true, schoolYears: { select: { startsOn: true, endsOn: true, summerEndsOn: true } } },
  });
  const years = org.schoolYears.map((y) => ({
    startsOn: dbDateToYmd(y.startsOn),
    endsOn: dbDateToYmd(y.endsOn),
    summerEndsOn: ymdOrNull(y.summerEndsOn),
  }));
  return { timeZone: org.timeZone, years };
}

// A group of this kindergarten that takes children (not archived), or null — an unknown id, an
// archived group and another kindergarten's group are refused alike.
export async function findOpenGroup(db: Tx, organizationId: string, groupId: string) {
  return db.group.findFirst({ where: { id: groupId, organizationId, archivedAt: null } });
}

// Locks the group's row, so two administrators filling its last place are counted one after the other.
export async function lockGroup(tx: Tx, groupId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Group" WHERE id = ${groupId} FOR UPDATE`;
}

// The enrolment of the child (in ANY kindergarten — deliberately not scoped by organisation, since a child
// is in one group on a day wherever it is) that overlaps the candidate, described for the refusal message:
// the group's name if it is ours, only the kindergarten's name if it is another's.
export async function overlappingEnrolment(
  tx: Tx,
  organizationId: string,
  childId: string,
  candidate: Period,
  locale: string,
  exceptId?: string,
) {
  const rows = await tx.enrolment.findMany({
    where: { childId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: {
      id: true,
      organizationId: true,
      startsOn: true,
      endsOn: true,
      group: { select: { name: true } },
      organization: { select: { shortNameKk: true, shortNameRu: true } },
    },
  });
  const hit = findOverlap(
    rows.map((r) => ({ ...r, startsOn: dbDateToYmd(r.startsOn), endsOn: ymdOrNull(r.endsOn) })),
    candidate,
  );
  if (!hit) return null;
  const place =
    hit.organizationId === organizationId ? hit.group.name : orgShortName(hit.organization, locale);
  return { place, from: formatDate(ymdToDbDate(hit.startsOn), locale) };
}

// The most children the group will hold on any day from `from` on (see peakFrom).
export async function groupPeakFrom(
  tx: Tx,
  organizationId: string,
  groupId: string,
  from: string,
): Promise<number> {
  const rows = await tx.enrolment.findMany({
    where: { organizationId, groupId, OR: [{ endsOn: null }, { endsOn: { gte: ymdToDbDate(from) } }] },
    select: { startsOn: true, endsOn: true },
  });
  return peakFrom(
    rows.map((r) => ({ startsOn: dbDateToYmd(r.startsOn), endsOn: ymdOrNull(r.endsOn) })),
    from,
  );
}
