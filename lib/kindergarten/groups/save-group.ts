import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import type { ManagerContext } from "@/lib/auth/audiences";
import { Refusal } from "@/lib/action/refusal";
import type { GroupInput } from "./schemas";
import { capacityBelowEnrolled, cohortBounds, cohortProblem, referenceAllowed } from "./rules";
import { enrolledOn, kindergartenToday } from "./enrolled";

type Current = { stayModeId: string | null; roomId: string | null } | null;

// The stay mode and room must be this kindergarten's and not archived (unless the group already has them).
async function checkReferences(tx: Tx, ctx: ManagerContext, input: GroupInput, current: Current) {
  if (input.stayModeId) {
    const mode = await tx.stayMode.findFirst({
      where: { id: input.stayModeId, organizationId: ctx.organizationId },
    });
    if (!mode) throw new Refusal("validation.chooseFromList", "stayModeId");
    if (!referenceAllowed({ id: mode.id, archived: !!mode.archivedAt }, current?.stayModeId))
      throw new Refusal("validation.stayModeArchived", "stayModeId");
  }
  if (input.roomId) {
    const room = await tx.room.findFirst({
      where: { id: input.roomId, building: { organizationId: ctx.organizationId } },
      include: { building: true },
    });
    if (!room) throw new Refusal("validation.chooseFromList", "roomId");
    if (
      !referenceAllowed(
        { id: room.id, archived: !!(room.archivedAt || room.building.archivedAt) },
        current?.roomId,
      )
    )
      throw new Refusal("validation.roomArchived", "roomId");
  }
}

// Creates or edits a group of the manager's kindergarten, enforcing: a sane birth-year cohort,
// references of this kindergarten, a unique name among active groups, and a capacity not below
// the children enrolled today. Refusals change nothing.
export async function saveGroup(ctx: ManagerContext, input: GroupInput, now: Date) {
  return prisma.$transaction(async (tx) => {
    const today = await kindergartenToday(tx, ctx.organizationId, now);
    const year = Number(today.ymd.slice(0, 4));
    const problem = cohortProblem(input.birthYearFrom, input.birthYearTo, year);
    if (problem === "validation.cohortRange") throw new Refusal(problem, "birthYearFrom", cohortBounds(year));
    if (problem) throw new Refusal(problem, "birthYearTo");

    const before = input.id
      ? await tx.group.findFirst({ where: { id: input.id, organizationId: ctx.organizationId } })
      : null;
    if (input.id && !before) throw new AppError("not_found");
    await checkReferences(tx, ctx, input, before);

    const clash = await tx.group.findFirst({
      where: {
        organizationId: ctx.organizationId,
        archivedAt: null,
        name: { equals: input.name, mode: "insensitive" },
        NOT: before ? { id: before.id } : undefined,
      },
    });
    if (clash) throw new Refusal("validation.groupNameTaken", "name");

    const data = {
      name: input.name,
      birthYearFrom: input.birthYearFrom,
      birthYearTo: input.birthYearTo,
      language: input.language,
      stayModeId: input.stayModeId,
      roomId: input.roomId,
      capacity: input.capacity,
    };
    if (!before) {
      const created = await tx.group.create({ data: { ...data, organizationId: ctx.organizationId } });
      await audit(tx, {
        actorPersonId: ctx.actor.personId,
        action: "group.create",
        entityType: "Group",
        entityId: created.id,
        organizationId: ctx.organizationId,
        after: created,
      });
      return created;
    }
    const enrolled = await tx.enrolment.count({
      where: { groupId: before.id, organizationId: ctx.organizationId, ...enrolledOn(today.date) },
    });
    if (capacityBelowEnrolled(input.capacity, enrolled))
      throw new Refusal("validation.capacityBelowEnrolled", "capacity", { count: enrolled });
    const after = await tx.group.update({ where: { id: before.id }, data });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "group.update",
      entityType: "Group",
      entityId: after.id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after;
  });
}
