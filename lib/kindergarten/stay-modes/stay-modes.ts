import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { StayModeInput } from "./schemas";

// The kindergarten's stay modes, active first, with how many groups use each.
export async function listStayModes(organizationId: string) {
  return prisma.stayMode.findMany({
    where: { organizationId },
    include: { _count: { select: { groups: { where: { archivedAt: null } } } } },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { hours: "asc" }],
  });
}

// Creates or edits a stay mode of the manager's kindergarten (edits are scoped by organisation).
export async function saveStayMode(ctx: ManagerContext, input: StayModeInput) {
  return prisma.$transaction(async (tx) => {
    const data = { nameKk: input.nameKk, nameRu: input.nameRu, hours: input.hours };
    if (!input.id) {
      const created = await tx.stayMode.create({ data: { ...data, organizationId: ctx.organizationId } });
      await audit(tx, {
        actorPersonId: ctx.actor.personId,
        action: "stay_mode.create",
        entityType: "StayMode",
        entityId: created.id,
        organizationId: ctx.organizationId,
        after: created,
      });
      return created;
    }
    const before = await tx.stayMode.findFirst({
      where: { id: input.id, organizationId: ctx.organizationId },
    });
    if (!before) throw new AppError("not_found");
    const after = await tx.stayMode.update({ where: { id: before.id }, data });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "stay_mode.update",
      entityType: "StayMode",
      entityId: after.id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after;
  });
}

// Archives (or restores) a stay mode; groups that use it keep it, new groups can't pick an archived one.
export async function setStayModeArchived(ctx: ManagerContext, id: string, archived: boolean, now: Date) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.stayMode.findFirst({ where: { id, organizationId: ctx.organizationId } });
    if (!before) throw new AppError("not_found");
    const after = await tx.stayMode.update({ where: { id }, data: { archivedAt: archived ? now : null } });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: archived ? "stay_mode.archive" : "stay_mode.restore",
      entityType: "StayMode",
      entityId: id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after;
  });
}
