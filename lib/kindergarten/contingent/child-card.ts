import "server-only";
import { prisma } from "@/lib/db/prisma";
import { personName } from "@/lib/org/names";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { statusOn } from "./rules";

// A child of the manager's kindergarten for the child's page: the person, every enrolment here (oldest
// first), the legal representatives, and the audit trail of the moves and representative changes made
// here, and where the child stands today. Null when the child was never in this kindergarten.
export async function childCard(organizationId: string, childId: string, today: string) {
  const enrolments = await prisma.enrolment.findMany({
    where: { organizationId, childId },
    include: { group: { select: { id: true, name: true } } },
    orderBy: [{ startsOn: "asc" }, { createdAt: "asc" }],
  });
  if (enrolments.length === 0) return null;
  const child = await prisma.person.findUniqueOrThrow({
    where: { id: childId },
    select: {
      id: true,
      lastName: true,
      firstName: true,
      middleName: true,
      iin: true,
      birthDate: true,
      sex: true,
      representatives: {
        // A claim waiting for the district officer (a guardian's document) is not a representative yet.
        where: { status: "VERIFIED" },
        orderBy: { createdAt: "asc" },
        select: {
          relation: true,
          source: true,
          /** The phone the kindergarten was given for this representative (the person's own stays theirs). */
          contactPhone: true,
          representative: {
            select: { id: true, lastName: true, firstName: true, middleName: true, iin: true, phone: true },
          },
        },
      },
    },
  });
  const history = await prisma.auditLog.findMany({
    where: {
      organizationId,
      OR: [
        { entityType: "Enrolment", entityId: { in: enrolments.map((e) => e.id) } },
        { entityType: "Person", entityId: childId },
      ],
    },
    orderBy: { id: "desc" },
    take: 200,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      actorPersonId: true,
      before: true,
      after: true,
    },
  });
  const { timeZone } = await prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { timeZone: true },
  });
  const actorIds = [...new Set(history.map((h) => h.actorPersonId).filter((id): id is string => !!id))];
  const actors = await prisma.person.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
  const actorName = new Map(actors.map((a) => [a.id, personName(a)]));
  const groupOf = new Map(enrolments.map((e) => [e.id, e.group.name]));
  const latest = enrolments.reduce((a, b) => (b.startsOn > a.startsOn ? b : a));
  return {
    child,
    enrolments,
    /** The latest enrolment here and its status today (a recorded withdrawal may still lie ahead). */
    latest,
    status: statusOn(
      { startsOn: dbDateToYmd(latest.startsOn), endsOn: latest.endsOn ? dbDateToYmd(latest.endsOn) : null },
      today,
    ),
    /** The kindergarten's time zone, for the times of the change log. */
    timeZone,
    /** The open enrolment (no last day yet): the one a transfer or withdrawal applies to. */
    open: enrolments.find((e) => e.endsOn === null) ?? null,
    history: history.map(({ before, after, ...h }) => ({
      ...h,
      id: String(h.id),
      actor: h.actorPersonId ? (actorName.get(h.actorPersonId) ?? null) : null,
      /** What the entry is about: the enrolment's group, or the representative's name. */
      subject:
        h.entityType === "Enrolment"
          ? (groupOf.get(h.entityId) ?? null)
          : representativeName(after ?? before),
    })),
  };
}

// The representative named in an audit record of a representative change (null for other records).
function representativeName(json: unknown): string | null {
  const r = json as { representativeId?: string; lastName?: string; firstName?: string } | null;
  return r?.representativeId
    ? personName({ lastName: r.lastName ?? "", firstName: r.firstName ?? "" })
    : null;
}

/** What childCard returns for a child of ours. */
export type ChildCard = NonNullable<Awaited<ReturnType<typeof childCard>>>;
