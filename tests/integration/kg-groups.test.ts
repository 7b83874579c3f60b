import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten, makeManager } from "./fixtures/kindergarten";
import { makeGroup } from "./fixtures/contingent";
import { enrolChild, makeRoom, makeStayMode } from "./fixtures/kg-reference";
import { listGroups } from "@/lib/kindergarten/groups/groups";
import { saveGroup } from "@/lib/kindergarten/groups/save-group";
import { setGroupArchived } from "@/lib/kindergarten/groups/archive-group";
import { groupSchema, type GroupInput } from "@/lib/kindergarten/groups/schemas";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
// 20:00 UTC on 22 November is already 23 November in Almaty (UTC+5).
const NOW = new Date("2026-11-22T20:00:00Z");
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const base = (over: Partial<GroupInput> = {}): GroupInput => ({
  name: "Ересек топ «Айгөлек»",
  birthYearFrom: 2021,
  birthYearTo: 2021,
  language: "KK",
  stayModeId: null,
  roomId: null,
  capacity: 25,
  ...over,
});

// What the form posts (strings; empty selects are "").
const RAW = { name: "Айгөлек", language: "KK", stayModeId: "", roomId: "" };

describe("groups reference book", () => {
  it("creates and edits a group with its stay mode and room, lists educators and children, audits", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const mode = await makeStayMode(db, kg.id);
    const { room } = await makeRoom(db, kg.id);
    const input = groupSchema.parse({
      name: "Кіші топ «Шұғыла»",
      birthYearFrom: "2023",
      birthYearTo: "2023",
      language: "MIXED",
      stayModeId: mode.id,
      roomId: room.id,
      capacity: "20",
    });
    const g = await saveGroup(ctx, input, NOW);
    await saveGroup(ctx, { ...input, id: g.id, capacity: 22, roomId: null }, NOW);
    const educator = await db.person.create({ data: { lastName: "Серікбаева", firstName: "Гүлнар" } });
    await db.groupEducator.create({ data: { groupId: g.id, personId: educator.id } });
    await enrolChild(db, g, "2026-09-01");
    await enrolChild(db, g, "2026-09-01", "2026-11-22"); // left yesterday (Almaty)
    await enrolChild(db, g, "2026-11-24"); // starts tomorrow
    const [listed] = await listGroups(kg.id, NOW);
    expect(listed).toMatchObject({
      name: "Кіші топ «Шұғыла»",
      language: "MIXED",
      capacity: 22,
      roomId: null,
      stayModeId: mode.id,
      _count: { enrolments: 1 },
    });
    expect(listed!.educators.map((e) => e.person.lastName)).toEqual(["Серікбаева"]);
    const log = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(log.map((a) => a.action)).toEqual(["group.create", "group.update"]);
    expect(log[1]).toMatchObject({
      before: expect.objectContaining({ capacity: 20, roomId: room.id }),
      after: expect.objectContaining({ capacity: 22, roomId: null }),
    });
  });

  it("refuses another kindergarten's group, room and stay mode, changing nothing", async () => {
    const mine = await makeKindergarten(db);
    const theirs = await makeKindergarten(db);
    const ctx = await makeManager(db, mine.id);
    const foreignGroup = await makeGroup(db, theirs.id, { name: "Бөгде", from: 2021, to: 2021 });
    const foreignMode = await makeStayMode(db, theirs.id);
    const { room: foreignRoom } = await makeRoom(db, theirs.id);
    await expect(saveGroup(ctx, base({ id: foreignGroup.id }), NOW)).rejects.toEqual(
      new AppError("not_found"),
    );
    await expect(setGroupArchived(ctx, foreignGroup.id, true, NOW)).rejects.toEqual(
      new AppError("not_found"),
    );
    await expect(saveGroup(ctx, base({ stayModeId: foreignMode.id }), NOW)).rejects.toMatchObject({
      key: "validation.chooseFromList",
      field: "stayModeId",
    });
    await expect(saveGroup(ctx, base({ roomId: foreignRoom.id }), NOW)).rejects.toMatchObject({
      key: "validation.chooseFromList",
      field: "roomId",
    });
    await expect(saveGroup(ctx, base({ roomId: "no-such-room" }), NOW)).rejects.toMatchObject({
      field: "roomId",
    });
    expect(await db.group.count({ where: { organizationId: mine.id } })).toBe(0);
    expect(await db.group.findUniqueOrThrow({ where: { id: foreignGroup.id } })).toMatchObject({
      name: "Бөгде",
      archivedAt: null,
    });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses archived rooms and stay modes for a new choice, but keeps a group's current ones", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const mode = await makeStayMode(db, kg.id);
    const { room } = await makeRoom(db, kg.id);
    const g = await saveGroup(ctx, base({ stayModeId: mode.id, roomId: room.id }), NOW);
    await db.stayMode.update({ where: { id: mode.id }, data: { archivedAt: NOW } });
    await db.room.update({ where: { id: room.id }, data: { archivedAt: NOW } });
    await expect(saveGroup(ctx, base({ name: "Жаңа", stayModeId: mode.id }), NOW)).rejects.toMatchObject({
      key: "validation.stayModeArchived",
    });
    await expect(saveGroup(ctx, base({ name: "Жаңа", roomId: room.id }), NOW)).rejects.toMatchObject({
      key: "validation.roomArchived",
    });
    const { room: inArchivedBuilding } = await makeRoom(db, kg.id, { buildingArchived: true });
    await expect(
      saveGroup(ctx, base({ id: g.id, roomId: inArchivedBuilding.id }), NOW),
    ).rejects.toMatchObject({ key: "validation.roomArchived" });
    const renamed = await saveGroup(
      ctx,
      base({ id: g.id, name: "Айгөлек", stayModeId: mode.id, roomId: room.id }),
      NOW,
    );
    expect(renamed).toMatchObject({ name: "Айгөлек", stayModeId: mode.id, roomId: room.id });
  });

  it("keeps the capacity at or above the children enrolled today (in the kindergarten's zone)", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const g = await saveGroup(ctx, base({ capacity: 25 }), NOW);
    for (let i = 0; i < 3; i++) await enrolChild(db, g, "2026-09-01");
    await enrolChild(db, g, "2026-09-01", "2026-11-22"); // ended yesterday in Almaty, today in UTC
    await enrolChild(db, g, "2026-12-01"); // not yet
    await expect(saveGroup(ctx, base({ id: g.id, capacity: 2 }), NOW)).rejects.toMatchObject({
      key: "validation.capacityBelowEnrolled",
      field: "capacity",
      values: { count: 3 },
    });
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).capacity).toBe(25);
    expect((await saveGroup(ctx, base({ id: g.id, capacity: 3 }), NOW)).capacity).toBe(3);
  });

  it("accepts birth years from current year − 8 to the current year only", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    await expect(saveGroup(ctx, base({ birthYearFrom: 2017, birthYearTo: 2019 }), NOW)).rejects.toMatchObject(
      { key: "validation.cohortRange", values: { min: 2018, max: 2026 } },
    );
    await expect(saveGroup(ctx, base({ birthYearFrom: 2026, birthYearTo: 2027 }), NOW)).rejects.toMatchObject(
      { key: "validation.cohortRange" },
    );
    // on 1 January (Almaty) the range moves on, although it is still 31 December in UTC
    const newYear = new Date("2026-12-31T20:00:00Z");
    await expect(
      saveGroup(ctx, base({ birthYearFrom: 2018, birthYearTo: 2018 }), newYear),
    ).rejects.toMatchObject({ key: "validation.cohortRange", values: { min: 2019, max: 2027 } });
    expect((await saveGroup(ctx, base({ birthYearFrom: 2018, birthYearTo: 2020 }), NOW)).birthYearFrom).toBe(
      2018,
    );
    expect(
      groupSchema.safeParse({ ...RAW, birthYearFrom: "2022", birthYearTo: "2021", capacity: "10" }).error
        ?.issues[0],
    ).toMatchObject({ message: "validation.cohortOrder", path: ["birthYearTo"] });
    expect(
      groupSchema.safeParse({ ...RAW, birthYearFrom: "2021", birthYearTo: "2021", capacity: "0" }).error
        ?.issues[0]?.message,
    ).toBe("validation.groupCapacity");
    expect(
      groupSchema.safeParse({
        ...RAW,
        language: "EN",
        birthYearFrom: "2021",
        birthYearTo: "2021",
        capacity: "10",
      }).success,
    ).toBe(false);
  });

  it("refuses a duplicate name and archiving a group with children", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const g = await saveGroup(ctx, base(), NOW);
    await expect(saveGroup(ctx, base({ name: "ересек топ «айгөлек»" }), NOW)).rejects.toMatchObject({
      key: "validation.groupNameTaken",
      field: "name",
    });
    await enrolChild(db, g, "2026-12-01"); // enrolled from a later date still counts
    await expect(setGroupArchived(ctx, g.id, true, NOW)).rejects.toMatchObject({
      key: "validation.groupHasChildren",
      values: { count: 1 },
    });
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).archivedAt).toBeNull();
    await db.enrolment.updateMany({
      where: { groupId: g.id },
      data: { startsOn: new Date("2026-09-01"), endsOn: new Date("2026-11-20") },
    });
    await setGroupArchived(ctx, g.id, true, NOW);
    const twin = await saveGroup(ctx, base(), NOW); // the name is free again among active groups
    await expect(setGroupArchived(ctx, g.id, false, NOW)).rejects.toMatchObject({
      key: "validation.groupNameTaken",
    });
    expect(twin.id).not.toBe(g.id);
    expect((await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "group.create",
      "group.archive",
      "group.create",
    ]);
  });
});
