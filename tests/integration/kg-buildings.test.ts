import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten, makeManager } from "./fixtures/kindergarten";
import { makeGroup } from "./fixtures/contingent";
import { makeRoom } from "./fixtures/kg-reference";
import { listBuildings, saveBuilding, setBuildingArchived } from "@/lib/kindergarten/buildings/buildings";
import { saveRoom, setRoomArchived } from "@/lib/kindergarten/buildings/rooms";
import { buildingSchema, roomSchema } from "@/lib/kindergarten/buildings/schemas";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
const NOW = new Date("2026-11-22T05:00:00Z");
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

describe("buildings, rooms, places", () => {
  it("creates, edits and archives buildings and rooms, with audit records", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const b = await saveBuilding(ctx, buildingSchema.parse({ name: " Негізгі ғимарат ", address: "" }));
    expect(b).toMatchObject({ name: "Негізгі ғимарат", address: null });
    await saveBuilding(ctx, { id: b.id, name: "Негізгі ғимарат", address: "Абай к-сі, 12" });
    const room = await saveRoom(
      ctx,
      roomSchema.parse({ buildingId: b.id, name: "Топ бөлмесі № 1", places: "24" }),
    );
    await saveRoom(ctx, { id: room.id, buildingId: b.id, name: "Топ бөлмесі № 1", places: 26 });
    await setRoomArchived(ctx, room.id, true, NOW);
    await setBuildingArchived(ctx, b.id, true, NOW);
    const [stored] = await listBuildings(kg.id);
    expect(stored).toMatchObject({ address: "Абай к-сі, 12", archivedAt: NOW });
    expect(stored!.rooms[0]).toMatchObject({ places: 26, archivedAt: NOW });
    const log = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(log.map((a) => a.action)).toEqual([
      "building.create",
      "building.update",
      "room.create",
      "room.update",
      "room.archive",
      "building.archive",
    ]);
    expect(log[3]).toMatchObject({
      organizationId: kg.id,
      before: expect.objectContaining({ places: 24 }),
      after: expect.objectContaining({ places: 26 }),
    });
  });

  it("cannot touch another kindergarten's buildings and rooms", async () => {
    const mine = await makeKindergarten(db);
    const theirs = await makeKindergarten(db);
    const { building, room } = await makeRoom(db, theirs.id, { places: 20 });
    const ctx = await makeManager(db, mine.id);
    await expect(saveBuilding(ctx, { id: building.id, name: "X", address: null })).rejects.toEqual(
      new AppError("not_found"),
    );
    await expect(setBuildingArchived(ctx, building.id, true, NOW)).rejects.toEqual(new AppError("not_found"));
    await expect(
      saveRoom(ctx, { id: room.id, buildingId: building.id, name: "X", places: 1 }),
    ).rejects.toEqual(new AppError("not_found"));
    await expect(setRoomArchived(ctx, room.id, true, NOW)).rejects.toEqual(new AppError("not_found"));
    await expect(
      saveRoom(ctx, { buildingId: building.id, name: "Менің бөлмем", places: 10 }),
    ).rejects.toMatchObject({ key: "validation.chooseFromList", field: "buildingId" });
    // and an own room can't be moved into their building
    const own = await makeRoom(db, mine.id);
    await expect(
      saveRoom(ctx, { id: own.room.id, buildingId: building.id, name: "X", places: 1 }),
    ).rejects.toBeInstanceOf(Refusal);
    expect(await db.room.count()).toBe(2);
    expect(await db.room.findUniqueOrThrow({ where: { id: room.id } })).toMatchObject({
      name: room.name,
      places: 20,
      archivedAt: null,
    });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses to archive a building or room that hosts an active group, and archives nothing else", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const { building, room } = await makeRoom(db, kg.id);
    const spare = await db.room.create({
      data: { buildingId: building.id, name: "Музыка залы", places: 40 },
    });
    const group = await makeGroup(db, kg.id, { name: "Айгөлек" });
    await db.group.update({ where: { id: group.id }, data: { roomId: room.id } });
    await expect(setBuildingArchived(ctx, building.id, true, NOW)).rejects.toMatchObject({
      key: "validation.buildingHostsGroups",
      values: { count: 1 },
    });
    await expect(setRoomArchived(ctx, room.id, true, NOW)).rejects.toMatchObject({
      key: "validation.roomHostsGroups",
      values: { count: 1 },
    });
    expect((await db.building.findUniqueOrThrow({ where: { id: building.id } })).archivedAt).toBeNull();
    expect(await db.auditLog.count()).toBe(0);

    await db.group.update({ where: { id: group.id }, data: { archivedAt: NOW } });
    await setBuildingArchived(ctx, building.id, true, NOW);
    const rooms = await db.room.findMany({ where: { id: { in: [room.id, spare.id] } } });
    expect(rooms.every((r) => r.archivedAt === null)).toBe(true);
    expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).roomId).toBe(room.id);
  });

  it("keeps rooms out of archived buildings", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const { building, room } = await makeRoom(db, kg.id, { archived: true, buildingArchived: true });
    await expect(saveRoom(ctx, { buildingId: building.id, name: "Жаңа", places: 5 })).rejects.toMatchObject({
      key: "validation.buildingArchived",
      field: "buildingId",
    });
    await expect(setRoomArchived(ctx, room.id, false, NOW)).rejects.toMatchObject({
      key: "validation.buildingArchived",
    });
    await expect(
      saveRoom(ctx, { id: room.id, buildingId: building.id, name: "Бөлме", places: 0 }),
    ).rejects.toMatchObject({ key: "validation.roomPlaces", field: "places" });
    expect((await db.room.findUniqueOrThrow({ where: { id: room.id } })).archivedAt).not.toBeNull();
    await setBuildingArchived(ctx, building.id, false, NOW);
    await setRoomArchived(ctx, room.id, false, NOW);
    expect((await db.room.findUniqueOrThrow({ where: { id: room.id } })).archivedAt).toBeNull();
  });

  it("needs a name and at least one place", () => {
    for (const places of ["0", "", "abc", "2.5", "-3", "501"]) {
      expect(roomSchema.safeParse({ buildingId: "b", name: "Бөлме", places }).success, places).toBe(false);
    }
    expect(
      roomSchema.safeParse({ buildingId: "b", name: "Бөлме", places: "0" }).error?.issues[0]?.message,
    ).toBe("validation.roomPlaces");
    expect(
      roomSchema.safeParse({ buildingId: "b", name: "Бөлме", places: "" }).error?.issues[0]?.message,
    ).toBe("validation.required");
    expect(roomSchema.parse({ buildingId: "b", name: "Бөлме", places: " 1 " }).places).toBe(1);
    expect(buildingSchema.safeParse({ name: "   " }).error?.issues[0]?.message).toBe("validation.required");
  });
});
