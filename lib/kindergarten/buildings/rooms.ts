import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { RoomInput } from "./schemas";
import { Refusal } from "@/lib/action/refusal";

// A building of this kindergarten that can take rooms (exists here and is not archived).
async function activeBuilding(tx: Tx, ctx: ManagerContext, buildingId: string) {
  const building = await tx.building.findFirst({
    where: { id: buildingId, organizationId: ctx.organizationId },
  });
  if (!building) throw new Refusal("validation.chooseFromList", "buildingId");
  if (building.archivedAt) throw new Refusal("validation.buildingArchived", "buildingId");
  return building;
}

// The room's own columns (without the loaded building), for the audit record.
function roomOnly(r: {
  id: string;
  buildingId: string;
  name: string;
  places: number;
  archivedAt: Date | null;
}) {
  return { id: r.id, buildingId: r.buildingId, name: r.name, places: r.places, archivedAt: r.archivedAt };
}

// Creates or edits a room (its building may change to another active building of the kindergarten).
export async function saveRoom(ctx: ManagerContext, input: RoomInput) {
  if (!Number.isInteger(input.places) || input.places < 1)
    throw new Refusal("validation.roomPlaces", "places");
  return prisma.$transaction(async (tx) => {
    const data = { buildingId: input.buildingId, name: input.name, places: input.places };
    if (!input.id) {
      await activeBuilding(tx, ctx, input.buildingId);
      const created = await tx.room.create({ data });
      await audit(tx, {
        actorPersonId: ctx.actor.personId,
        action: "room.create",
        entityType: "Room",
        entityId: created.id,
        organizationId: ctx.organizationId,
        after: created,
      });
      return created;
    }
    const before = await tx.room.findFirst({
      where: { id: input.id, building: { organizationId: ctx.organizationId } },
    });
    if (!before) throw new AppError("not_found");
    if (before.buildingId !== input.buildingId) await activeBuilding(tx, ctx, input.buildingId);
    const after = await tx.room.update({ where: { id: before.id }, data });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "room.update",
      entityType: "Room",
      entityId: after.id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after;
  });
}

// Archives (or restores) a room. A room hosting active groups can't be archived; a room of an
// archived building can't be restored until the building is.
export async function setRoomArchived(ctx: ManagerContext, id: string, archived: boolean, now: Date) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.room.findFirst({
      where: { id, building: { organizationId: ctx.organizationId } },
      include: { building: true },
    });
    if (!before) throw new AppError("not_found");
    if (archived) {
      const count = await tx.group.count({
        where: { organizationId: ctx.organizationId, archivedAt: null, roomId: id },
      });
      if (count > 0) throw new Refusal("validation.roomHostsGroups", undefined, { count });
    } else if (before.building.archivedAt) {
      throw new Refusal("validation.buildingArchived");
    }
    const after = await tx.room.update({ where: { id }, data: { archivedAt: archived ? now : null } });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: archived ? "room.archive" : "room.restore",
      entityType: "Room",
      entityId: id,
      organizationId: ctx.organizationId,
      before: roomOnly(before),
      after,
    });
    return after;
  });
}
