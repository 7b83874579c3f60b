import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { BuildingInput } from "./schemas";
import { Refusal } from "@/lib/action/refusal";

// The kindergarten's buildings (active first) with their rooms and the active groups in each room.
export async function listBuildings(organizationId: string) {
  return prisma.building.findMany({
    where: { organizationId },
    include: {
      rooms: {
        orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
        include: {
          groups: {
            where: { archivedAt: null },
            select: { id: true, name: true, capacity: true },
            orderBy: { name: "asc" },
          },
        },
      },
    },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { name: "asc" }],
  });
}

// Creates or edits a building of the manager's kindergarten.
export async function saveBuilding(ctx: ManagerContext, input: BuildingInput) {
  return prisma.$transaction(async (tx) => {
    const data = { name: input.name, address: input.address };
    if (!input.id) {
      const created = await tx.building.create({ data: { ...data, organizationId: ctx.organizationId } });
      await audit(tx, {
        actorPersonId: ctx.actor.personId,
        action: "building.create",
        entityType: "Building",
        entityId: created.id,
        organizationId: ctx.organizationId,
        after: created,
      });
      return created;
    }
    const before = await tx.building.findFirst({
      where: { id: input.id, organizationId: ctx.organizationId },
    });
    if (!before) throw new AppError("not_found");
    const after = await tx.building.update({ where: { id: before.id }, data });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "building.update",
      entityType: "Building",
      entityId: after.id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after;
  });
}

// Archives (or restores) a building. Nothing else is archived with it: a building whose rooms
// still host active groups is refused (move or archive the groups first).
export async function setBuildingArchived(ctx: ManagerContext, id: string, archived: boolean, now: Date) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.building.findFirst({ where: { id, organizationId: ctx.organizationId } });
    if (!before) throw new AppError("not_found");
    if (archived) {
      const count = await tx.group.count({
        where: { organizationId: ctx.organizationId, archivedAt: null, room: { buildingId: id } },
      });
      if (count > 0) throw new Refusal("validation.buildingHostsGroups", undefined, { count });
    }
    const after = await tx.building.update({ where: { id }, data: { archivedAt: archived ? now : null } });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: archived ? "building.archive" : "building.restore",
      entityType: "Building",
      entityId: id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after;
  });
}
