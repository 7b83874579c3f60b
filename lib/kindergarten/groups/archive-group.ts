import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import type { ManagerContext } from "@/lib/auth/audiences";
import { Refusal } from "@/lib/action/refusal";
import { kindergartenToday, notEndedBy } from "./enrolled";

// Archives (or restores) a group. A group with children enrolled today or from a later date
// can't be archived — transfer or withdraw them in the contingent first. Educator bindings are kept as they are.
export async function setGroupArchived(ctx: ManagerContext, id: string, archived: boolean, now: Date) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.group.findFirst({ where: { id, organizationId: ctx.organizationId } });
    if (!before) throw new AppError("not_found");
    if (archived) {
      const today = await kindergartenToday(tx, ctx.organizationId, now);
      const count = await tx.enrolment.count({
        where: { groupId: id, organizationId: ctx.organizationId, ...notEndedBy(today.date) },
      });
      if (count > 0) throw new Refusal("validation.groupHasChildren", undefined, { count });
    } else {
      const clash = await tx.group.findFirst({
        where: {
          organizationId: ctx.organizationId,
          archivedAt: null,
          name: { equals: before.name, mode: "insensitive" },
          NOT: { id },
        },
      });
      if (clash) throw new Refusal("validation.groupNameTaken");
    }
    const after = await tx.group.update({ where: { id }, data: { archivedAt: archived ? now : null } });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: archived ? "group.archive" : "group.restore",
      entityType: "Group",
      entityId: id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after;
  });
}
