import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { formatDate } from "@/lib/format";
import type { ManagerContext } from "@/lib/auth/audiences";
import { refuse, runRefusable, type Outcome } from "@/lib/action/refusal";
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

/** An enrolment that overlaps the candidate: one of ours (its group and first day may be named), or another
 * kindergarten's (nothing about it may be told: not where, not since when). */
export type Overlap =
  { ours: true; place: string; from: string } | { ours: false; otherOrganizationId: string };

// The enrolment of the child (in ANY kindergarten — deliberately not scoped by organisation, since a child
// is in one group on a day wherever it is) that overlaps the candidate; ours first.
export async function overlappingEnrolment(
  tx: Tx,
  organizationId: string,
  childId: string,
  candidate: Period,
  locale: string,
  exceptId?: string,
): Promise<Overlap | null> {
  const rows = await tx.enrolment.findMany({
    where: { childId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: {
      id: true,
      organizationId: true,
      startsOn: true,
      endsOn: true,
      group: { select: { name: true } },
    },
  });
  const periods = rows.map((r) => ({ ...r, startsOn: dbDateToYmd(r.startsOn), endsOn: ymdOrNull(r.endsOn) }));
  const ours = findOverlap(
    periods.filter((r) => r.organizationId === organizationId),
    candidate,
  );
  if (ours)
    return { ours: true, place: ours.group.name, from: formatDate(ymdToDbDate(ours.startsOn), locale) };
  const theirs = findOverlap(periods, candidate);
  return theirs ? { ours: false, otherOrganizationId: theirs.organizationId } : null;
}

/** A look-up that found the child enrolled in another kindergarten (recorded although the operation is refused). */
export type ElsewhereLookup = {
  childId: string;
  otherOrganizationId: string;
  from: string;
  operation: string;
};

// Refuses an overlap under the field. Our own group and first day are named; of another kindergarten's
// enrolment only that the child must be withdrawn there first — and `record` keeps the look-up for the audit
// log, which the caller writes after the rollback (runRecordingLookups).
export function refuseOverlap(
  overlap: Overlap,
  field: string,
  lookup: Omit<ElsewhereLookup, "otherOrganizationId">,
  record: (l: ElsewhereLookup) => void,
): never {
  if (overlap.ours) {
    const { place, from } = overlap;
    refuse({ [field]: "validation.contingent.overlap" }, "kgContingent.overlapDetail", { place, from });
  }
  record({ ...lookup, otherOrganizationId: overlap.otherOrganizationId });
  refuse({ [field]: "validation.contingent.overlap" }, "kgContingent.enrolledElsewhere");
}

// Runs a contingent operation in one transaction (runRefusable). A refusal rolls back everything it wrote,
// so the look-ups of another kindergarten's child it recorded are written to the audit log afterwards, with
// the plain client: who asked about which child, when, and where the child turned out to be.
export async function runRecordingLookups<T>(
  ctx: ManagerContext,
  fn: (tx: Tx, record: (l: ElsewhereLookup) => void) => Promise<T>,
): Promise<Outcome<T>> {
  const lookups: ElsewhereLookup[] = [];
  const outcome = await runRefusable((tx) => fn(tx, (l) => void lookups.push(l)));
  for (const { childId, ...after } of lookups) {
    await audit(prisma, {
      actorPersonId: ctx.actor.personId,
      action: "contingent.enrol_refused_elsewhere",
      entityType: "Person",
      entityId: childId,
      organizationId: ctx.organizationId,
      after,
    });
  }
  return outcome;
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
