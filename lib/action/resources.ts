import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { managedKindergarten, ownAuthority } from "@/lib/auth/audiences";
import { orgPathOf } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors/app-error";

// How actions find the resource they act on: each loader reads the few columns the policy needs
// (the organisation, the group, the child) for an id from the input, or "not found". The policy then
// decides; the domain operation scopes its own queries again by the same organisation.

const found = <T>(row: T | null | undefined): T => {
  if (!row) throw new AppError("not_found");
  return row;
};

/** The kindergarten an id belongs to. */
export type OrgResource = { organizationId: string };

// The kindergarten the actor manages (for creating things there), or "forbidden" when none.
export function ownKindergarten(actor: Actor): OrgResource {
  const organizationId = managedKindergarten(actor);
  if (!organizationId) throw new AppError("forbidden");
  return { organizationId };
}

// The authority the actor works in (for its own settings), or "forbidden" when none.
export function ownAuthorityResource(actor: Actor): OrgResource {
  const organizationId = ownAuthority(actor);
  if (!organizationId) throw new AppError("forbidden");
  return { organizationId };
}

// Organisation of an entity of a kindergarten's reference books, by its id.
export const orgOf = {
  building: async (id: string) =>
    found(await prisma.building.findUnique({ where: { id }, select: { organizationId: true } })),
  room: async (id: string) =>
    found(
      await prisma.room.findUnique({
        where: { id },
        select: { building: { select: { organizationId: true } } },
      }),
    ).building,
  group: async (id: string) =>
    found(await prisma.group.findUnique({ where: { id }, select: { organizationId: true } })),
  stayMode: async (id: string) =>
    found(await prisma.stayMode.findUnique({ where: { id }, select: { organizationId: true } })),
  schoolYear: async (id: string) =>
    found(await prisma.schoolYear.findUnique({ where: { id }, select: { organizationId: true } })),
  closure: async (id: string) =>
    found(await prisma.orgClosure.findUnique({ where: { id }, select: { organizationId: true } })),
  membership: async (id: string) =>
    found(await prisma.membership.findUnique({ where: { id }, select: { organizationId: true } })),
  place: async (id: string) =>
    found(await prisma.place.findUnique({ where: { id }, select: { organizationId: true } })),
  schedule: async (id: string) => {
    const s = found(
      await prisma.recruitmentSchedule.findUnique({ where: { id }, select: { authorityId: true } }),
    );
    return { organizationId: s.authorityId };
  },
  shift: async (id: string) => {
    const s = found(
      await prisma.recruitmentShift.findUnique({
        where: { id },
        select: { schedule: { select: { authorityId: true } } },
      }),
    );
    return { organizationId: s.schedule.authorityId };
  },
  // A shift as the kindergarten it shifts.
  shiftKindergarten: async (id: string) =>
    found(await prisma.recruitmentShift.findUnique({ where: { id }, select: { organizationId: true } })),
};

// An entity of the kindergarten's books when an id is given, else the actor's own kindergarten.
export async function kindergartenEntity(
  load: (id: string) => Promise<OrgResource>,
  id: string | undefined,
  actor: Actor,
): Promise<OrgResource> {
  return id ? { organizationId: (await load(id)).organizationId } : ownKindergarten(actor);
}

// A group with its kindergarten (archived groups are not found: nothing is marked in them).
export async function groupResource(groupId: string) {
  const g = found(
    await prisma.group.findFirst({
      where: { id: groupId, archivedAt: null },
      select: { organizationId: true },
    }),
  );
  return { organizationId: g.organizationId, groupId };
}

// A child of the contingent: the kindergarten of the actor's among those the child was ever enrolled in,
// else the latest of them (which the policy then refuses).
export async function contingentChild(
  childId: string,
  actor: Actor,
): Promise<OrgResource & { childId: string }> {
  const enrolments = await prisma.enrolment.findMany({
    where: { childId },
    select: { organizationId: true },
    orderBy: { startsOn: "desc" },
  });
  const mine = managedKindergarten(actor);
  const org = enrolments.find((e) => e.organizationId === mine) ?? found(enrolments[0]);
  return { organizationId: org.organizationId, childId };
}

// An absence notice with its child, group and kindergarten.
export async function noticeResource(noticeId: string) {
  return found(
    await prisma.absenceNotice.findUnique({
      where: { id: noticeId },
      select: { organizationId: true, groupId: true, childId: true },
    }),
  );
}

// A timesheet dispute: the kindergarten, the child and the groups the child was in that month.
export async function disputeResource(disputeId: string) {
  const d = found(
    await prisma.timesheetDispute.findUnique({
      where: { id: disputeId },
      select: { timesheet: { select: { organizationId: true, childId: true, year: true, month: true } } },
    }),
  );
  const { organizationId, childId, year, month } = d.timesheet;
  const groups = await prisma.enrolment.findMany({
    where: {
      childId,
      organizationId,
      startsOn: { lt: new Date(Date.UTC(year, month, 1)) },
      OR: [{ endsOn: null }, { endsOn: { gte: new Date(Date.UTC(year, month - 1, 1)) } }],
    },
    select: { groupId: true },
  });
  return { organizationId, childId, groupIds: groups.map((g) => g.groupId) };
}

// A queue application's child.
export async function applicationChild(applicationId: string) {
  return found(
    await prisma.queueApplication.findUnique({
      where: { id: applicationId },
      select: { childId: true, applicantId: true },
    }),
  );
}

// A referral's child.
export async function referralChild(referralId: string) {
  const r = found(
    await prisma.referral.findUnique({
      where: { id: referralId },
      select: { application: { select: { childId: true } } },
    }),
  );
  return { childId: r.application.childId };
}

// A queue application with its child and every authority over a kindergarten it chose (their paths joined).
export async function applicationWithAuthorities(applicationId: string) {
  const app = found(
    await prisma.queueApplication.findUnique({
      where: { id: applicationId },
      select: { childId: true, applicantId: true, choices: { select: { organizationId: true } } },
    }),
  );
  const paths = await Promise.all(app.choices.map((c) => orgPathOf(c.organizationId)));
  return { childId: app.childId, applicantId: app.applicantId, orgPath: [...new Set(paths.flat())] };
}
