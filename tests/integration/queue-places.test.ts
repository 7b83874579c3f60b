import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeApplication, makeKgManager, makePlace, makeQueueDistrict } from "./fixtures/queue-places";
import { releasePlaces, withdrawPlace } from "@/lib/queue/places/release-place";
import { releasePlacesSchema } from "@/lib/queue/places/schemas";
import { moveDuePlacesToGeneral, runPlacesGeneralAccess } from "@/lib/queue/places/general-access";
import { offerPriorityPlaces } from "@/lib/queue/places/offer-priority";
import { returnPlaceToPool } from "@/lib/queue/places/return-place";
import { AppError } from "@/lib/errors/app-error";
import { openPlaces } from "@/lib/queue/public-places";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const MONDAY = new Date("2026-11-23T10:00:00+05:00");
const release = (input: Record<string, string>) => releasePlacesSchema.parse(input);

describe("a kindergarten releases and withdraws places", () => {
  it("releases places of a group into priority access, with the protocol and audit records", async () => {
    const {
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "rel", [
      { name: "Балапан", birthYears: [2022, 2023], language: "RU", capacity: 5 },
    ]);
    const ctx = await makeKgManager(db, kg!.id);
    const out = await releasePlaces(
      ctx,
      release({ groupId: kg!.group.id, birthYear: "2023", count: "2" }),
      MONDAY,
    );
    expect(out.ok).toBe(true);
    const places = await db.place.findMany({ orderBy: { id: "asc" } });
    expect(places.map((p) => [p.status, p.birthYear, p.language, p.groupId])).toEqual([
      ["PRIORITY", 2023, "RU", kg!.group.id],
      ["PRIORITY", 2023, "RU", kg!.group.id],
    ]);
    const events = await db.protocolEvent.findMany();
    expect(events.map((e) => [e.kind, e.at.toISOString(), (e.details as { group: string }).group])).toEqual([
      ["RELEASED", MONDAY.toISOString(), "Балапан тобы"],
      ["RELEASED", MONDAY.toISOString(), "Балапан тобы"],
    ]);
    expect((await db.auditLog.findMany()).map((a) => a.action)).toEqual(["place.release", "place.release"]);
    // The protocol records the window: offered at once, general access from Thursday 18:00.
    expect(events[0]!.details).toMatchObject({
      offeredFrom: null,
      generalFrom: "2026-11-26T13:00:00.000Z",
      pause: null,
      shift: null,
    });
  });

  it("refuses more places than the group can take, a year outside its cohort, and another kindergarten's group — writing nothing", async () => {
    const {
      kindergartens: [kg, other],
    } = await makeQueueDistrict(db, "rel", [{ name: "А", capacity: 3 }, { name: "Б" }]);
    const ctx = await makeKgManager(db, kg!.id);
    const child = await db.person.create({ data: { lastName: "Қалушы", firstName: "Бала" } });
    await db.enrolment.create({
      data: {
        childId: child.id,
        organizationId: kg!.id,
        groupId: kg!.group.id,
        orderNumber: "1",
        orderDate: new Date("2026-09-01"),
        startsOn: new Date("2026-09-01"),
      },
    });
    await makePlace(db, kg!, { birthYear: 2023, status: "TAKEN" });
    const over = await releasePlaces(
      ctx,
      release({ groupId: kg!.group.id, birthYear: "2023", count: "2" }),
      MONDAY,
    );
    expect(over).toMatchObject({
      ok: false,
      message: "validation.places.overCapacity",
      messageValues: { free: 1, capacity: 3 },
    });
    expect(
      await releasePlaces(ctx, release({ groupId: kg!.group.id, birthYear: "2021", count: "1" }), MONDAY),
    ).toMatchObject({ ok: false, message: "validation.places.cohort" });
    await expect(
      releasePlaces(ctx, release({ groupId: other!.group.id, birthYear: "2023", count: "1" }), MONDAY),
    ).rejects.toEqual(new AppError("not_found"));
    expect(
      releasePlacesSchema.safeParse({ groupId: kg!.group.id, birthYear: "2023", count: "0" }).success,
    ).toBe(false);
    expect(
      releasePlacesSchema.safeParse({ groupId: kg!.group.id, birthYear: "2023", count: "21" }).success,
    ).toBe(false);
    expect(await db.place.count()).toBe(1);
    expect(await db.protocolEvent.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("withdraws an open place with its reason, but not a taken one nor another kindergarten's", async () => {
    const {
      kindergartens: [kg, other],
    } = await makeQueueDistrict(db, "wd", [{ name: "А" }, { name: "Б" }]);
    const ctx = await makeKgManager(db, kg!.id);
    const open = await makePlace(db, kg!, { birthYear: 2023, status: "GENERAL" });
    const taken = await makePlace(db, kg!, { birthYear: 2023, status: "TAKEN" });
    const theirs = await makePlace(db, other!, { birthYear: 2023, status: "GENERAL" });
    expect(await withdrawPlace(ctx, { id: open.id, reason: "Топтарды біріктіру" }, MONDAY)).toEqual({
      ok: true,
      value: null,
    });
    expect(await withdrawPlace(ctx, { id: taken.id, reason: "Қате" }, MONDAY)).toMatchObject({
      ok: false,
      message: "kgPlaces.notOpen",
    });
    await expect(withdrawPlace(ctx, { id: theirs.id, reason: "Қате" }, MONDAY)).rejects.toEqual(
      new AppError("not_found"),
    );
    const after = await db.place.findMany({ orderBy: { id: "asc" } });
    expect(Object.fromEntries(after.map((p) => [p.id, p.status]))).toEqual({
      [open.id]: "WITHDRAWN",
      [taken.id]: "TAKEN",
      [theirs.id]: "GENERAL",
    });
    const [event] = await db.protocolEvent.findMany();
    expect([event!.kind, (event!.details as { reason: string }).reason]).toEqual([
      "WITHDRAWN",
      "Топтарды біріктіру",
    ]);
    expect((await db.auditLog.findMany()).map((a) => a.action)).toEqual(["place.withdraw"]);
  });
});

describe("the priority window and the general-access job", () => {
  it("moves a place to general access at 18:00 of the 3rd working day, with the protocol event at that moment, once", async () => {
    const {
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "job", [{ name: "А" }]);
    const place = await makePlace(db, kg!, { birthYear: 2023, status: "PRIORITY", releasedAt: MONDAY });
    expect(await moveDuePlacesToGeneral(new Date("2026-11-26T17:59:59+05:00"))).toBe(0);
    expect(await moveDuePlacesToGeneral(new Date("2026-11-26T18:05:00+05:00"))).toBe(1);
    expect(await moveDuePlacesToGeneral(new Date("2026-11-27T18:05:00+05:00"))).toBe(0);
    const moved = await db.place.findUniqueOrThrow({ where: { id: place.id } });
    expect([moved.status, moved.generalFrom?.toISOString(), moved.version]).toEqual([
      "GENERAL",
      "2026-11-26T13:00:00.000Z",
      1,
    ]);
    const events = await db.protocolEvent.findMany();
    expect(events.map((e) => [e.kind, e.at.toISOString()])).toEqual([
      ["MOVED_TO_GENERAL", "2026-11-26T13:00:00.000Z"],
    ]);
    expect((await db.auditLog.findMany()).map((a) => a.action)).toEqual(["place.general_access"]);
  });

  it("follows the Holiday table: a day off inside the window pushes it by a working day", async () => {
    const {
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "hol", [{ name: "А" }]);
    await db.holiday.create({
      data: {
        date: new Date("2026-11-25T00:00:00Z"),
        kind: "HOLIDAY",
        nameKk: "Тест",
        nameRu: "Тест",
        nameEn: "Test",
      },
    });
    await makePlace(db, kg!, { birthYear: 2023, status: "PRIORITY", releasedAt: MONDAY });
    expect(await moveDuePlacesToGeneral(new Date("2026-11-26T18:05:00+05:00"))).toBe(0);
    expect(await moveDuePlacesToGeneral(new Date("2026-11-27T18:00:00+05:00"))).toBe(1);
  });

  it("a department's own window setting applies to its kindergartens", async () => {
    const {
      authority,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "set", [{ name: "А" }]);
    await db.organizationSettings.create({
      data: { organizationId: authority.id, priorityWindowWorkDays: 1 },
    });
    await makePlace(db, kg!, { birthYear: 2023, status: "PRIORITY", releasedAt: MONDAY });
    expect(await moveDuePlacesToGeneral(new Date("2026-11-24T18:00:00+05:00"))).toBe(1);
  });
});

describe("priority access: the place is offered automatically", () => {
  it("goes to the out-of-turn applicant who chose the kindergarten, ahead of an earlier first-priority one", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "off", [{ name: "А" }]);
    const orphan = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      priority: "ORPHAN",
      choices: [kg!.id],
      submittedAt: new Date("2025-01-01T05:00:00Z"),
    });
    const military = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      priority: "OUT_OF_TURN",
      choices: [kg!.id],
      submittedAt: new Date("2026-06-01T05:00:00Z"),
    });
    await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      priority: "OUT_OF_TURN",
      choices: [],
      submittedAt: new Date("2024-01-01T05:00:00Z"),
    }); // didn't choose it
    await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      priority: "OUT_OF_TURN",
      language: "RU",
      choices: [kg!.id],
      submittedAt: new Date("2024-01-01T05:00:00Z"),
    }); // wants Russian
    const ctx = await makeKgManager(db, kg!.id);
    const out = await releasePlaces(
      ctx,
      release({ groupId: kg!.group.id, birthYear: "2023", count: "2" }),
      MONDAY,
    );
    expect(await offerPriorityPlaces(MONDAY, { placeIds: out.ok ? out.value : [] })).toBe(2);
    const referrals = await db.referral.findMany({ orderBy: { number: "asc" }, include: { place: true } });
    expect(
      referrals.map((r) => [r.number, r.applicationId, r.status, r.place.status, r.expiresAt.toISOString()]),
    ).toEqual([
      ["N-2026-000001", military.app.id, "ISSUED", "TAKEN", "2026-11-30T13:00:00.000Z"],
      ["N-2026-000002", orphan.app.id, "ISSUED", "TAKEN", "2026-11-30T13:00:00.000Z"],
    ]);
    const taken = await db.protocolEvent.findMany({ where: { kind: "TAKEN" }, orderBy: { id: "asc" } });
    expect(taken.map((e) => (e.details as { access: string; category: string }).category)).toEqual([
      "OUT_OF_TURN",
      "ORPHAN",
    ]);
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: military.app.id } })).status).toBe(
      "REFERRED",
    );
    expect(
      (await db.queueHistoryEntry.findMany({ where: { applicationId: military.app.id } })).map(
        (h) => h.event,
      ),
    ).toEqual(["referral_issued"]);
  });

  it("follows the queue for everyone: a first-priority applicant, then the applicant without a category (1 : 3), and a category again three general referrals later", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "ratio", [{ name: "А" }]);
    const first = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      priority: "LARGE_FAMILY",
      choices: [kg!.id],
    });
    const second = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      priority: "SPECIAL_NEEDS",
      choices: [kg!.id],
    });
    const plain = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      choices: [kg!.id],
    });
    const plainLater = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      choices: [kg!.id],
    });
    await makePlace(db, kg!, { birthYear: 2023, status: "PRIORITY", releasedAt: MONDAY });
    await makePlace(db, kg!, { birthYear: 2023, status: "PRIORITY", releasedAt: MONDAY });
    expect(await runPlacesGeneralAccess(new Date("2026-11-23T10:10:00+05:00"))).toEqual({
      moved: 0,
      offered: 2,
    });
    // The first category holder, then — the ratio used up — the first applicant without a category.
    expect((await db.referral.findMany({ orderBy: { number: "asc" } })).map((r) => r.applicationId)).toEqual([
      first.app.id,
      plain.app.id,
    ]);
    // Two more general referrals in the cohort (three in all): the next category holder comes before
    // the waiting applicant without one.
    for (let i = 0; i < 2; i++) {
      const g = await makeApplication(db, { territoryId: territory.id, birthYear: 2023 });
      const p = await makePlace(db, kg!, { birthYear: 2023, status: "TAKEN" });
      await db.referral.create({
        data: {
          number: `N-2026-9${i}`,
          placeId: p.id,
          applicationId: g.app.id,
          issuedAt: new Date("2026-11-23T06:00:00Z"),
          expiresAt: new Date("2026-11-30T13:00:00Z"),
        },
      });
    }
    const c = await makePlace(db, kg!, { birthYear: 2023, status: "PRIORITY", releasedAt: MONDAY });
    expect(await offerPriorityPlaces(new Date("2026-11-23T10:20:00+05:00"))).toBe(1);
    expect((await db.referral.findFirstOrThrow({ where: { placeId: c.id } })).applicationId).toBe(
      second.app.id,
    );
    expect(await db.referral.count({ where: { applicationId: plainLater.app.id } })).toBe(0);
  });

  it("offers a released place to the first applicant without a category when no category holder waits", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "plain", [{ name: "Б" }]);
    const later = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      choices: [kg!.id],
      submittedAt: new Date("2026-03-01T09:00:00+05:00"),
    });
    const earlier = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      choices: [kg!.id],
      submittedAt: new Date("2026-02-01T09:00:00+05:00"),
    });
    const place = await makePlace(db, kg!, { birthYear: 2023, status: "PRIORITY", releasedAt: MONDAY });
    expect(await offerPriorityPlaces(new Date("2026-11-23T10:20:00+05:00"))).toBe(1);
    expect((await db.referral.findFirstOrThrow({ where: { placeId: place.id } })).applicationId).toBe(
      earlier.app.id,
    );
    expect(await db.referral.count({ where: { applicationId: later.app.id } })).toBe(0);
  });
});

describe("the public registry", () => {
  it("shows a page of the open places with the count of all, in its order", async () => {
    const {
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "pg", [{ name: "П" }]);
    for (let i = 0; i < 3; i++)
      await makePlace(db, kg!, {
        birthYear: 2023,
        status: "PRIORITY",
        releasedAt: new Date(MONDAY.getTime() + i * 60_000),
      });
    await makePlace(db, kg!, { birthYear: 2023, status: "WITHDRAWN", releasedAt: MONDAY });
    const first = await openPlaces({}, MONDAY, { skip: 0, take: 2 });
    const second = await openPlaces({}, MONDAY, { skip: 2, take: 2 });
    expect([first.total, first.rows.length, second.total, second.rows.length]).toEqual([3, 2, 3, 1]);
    expect(new Set([...first.rows, ...second.rows].map((p) => p.id)).size).toBe(3);
  });
});

describe("August: publication pauses until 1 September", () => {
  it("a place released in August is recorded in the protocol with the day it is offered", async () => {
    const {
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "augp", [{ name: "Ж" }]);
    const out = await releasePlaces(
      await makeKgManager(db, kg!.id),
      release({ groupId: kg!.group.id, birthYear: "2023", count: "1" }),
      new Date("2026-08-14T11:00:00+05:00"),
    );
    expect(out.ok).toBe(true);
    expect((await db.protocolEvent.findFirstOrThrow()).details).toMatchObject({
      offeredFrom: "2026-08-31T19:00:00.000Z",
      generalFrom: "2026-09-03T13:00:00.000Z",
      pause: "august",
    });
  });

  it("a place released in August is listed as waiting, offered to the queue from 1 September, and in general access after its three working days", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "aug", [{ name: "Т" }]);
    const place = await makePlace(db, kg!, {
      birthYear: 2023,
      status: "PRIORITY",
      releasedAt: new Date("2026-08-14T11:00:00+05:00"),
    });
    const listed = (await openPlaces({}, new Date("2026-08-20T12:00:00+05:00"))).rows.find(
      (p) => p.id === place.id,
    )!;
    expect([listed.paused, listed.waitsUntil?.toISOString(), listed.priorityUntil?.toISOString()]).toEqual([
      true,
      "2026-08-31T19:00:00.000Z", // 1 September 00:00 in Astana
      "2026-09-03T13:00:00.000Z", // Thursday 3 September 18:00
    ]);
    const { app } = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      choices: [kg!.id],
      submittedAt: new Date("2026-02-01T09:00:00+05:00"),
    });
    expect(await offerPriorityPlaces(new Date("2026-08-31T23:59:00+05:00"))).toBe(0);
    expect(await moveDuePlacesToGeneral(new Date("2026-08-31T23:59:00+05:00"))).toBe(0);
    expect(await db.referral.count()).toBe(0);
    expect(await offerPriorityPlaces(new Date("2026-09-01T00:10:00+05:00"))).toBe(1);
    expect((await db.referral.findFirstOrThrow({ where: { placeId: place.id } })).applicationId).toBe(app.id);
    const after = (await openPlaces({}, new Date("2026-09-01T00:10:00+05:00"))).rows.find(
      (p) => p.id === place.id,
    );
    expect(after).toBeUndefined(); // taken by the offer
  });
});

describe("a place returns to the pool when its referral lapses", () => {
  it("back to priority access inside its original window, to general access after it; only a taken place", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "ret", [{ name: "А" }]);
    const { app } = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      status: "REFERRED",
    });
    const early = await makePlace(db, kg!, { birthYear: 2023, status: "TAKEN", releasedAt: MONDAY });
    const late = await makePlace(db, kg!, { birthYear: 2023, status: "TAKEN", releasedAt: MONDAY });
    const open = await makePlace(db, kg!, { birthYear: 2023, status: "GENERAL", releasedAt: MONDAY });
    const results = await db.$transaction(async (tx) => [
      await returnPlaceToPool(tx, early.id, new Date("2026-11-25T18:00:00+05:00"), {
        referral: "N-1",
        cause: "refused",
      }),
      await returnPlaceToPool(tx, late.id, new Date("2026-12-04T18:00:00+05:00"), { referral: "N-2" }),
      await returnPlaceToPool(tx, open.id, new Date("2026-12-04T18:00:00+05:00")),
    ]);
    expect(results).toEqual(["PRIORITY", "GENERAL", null]);
    void app;
    const events = await db.protocolEvent.findMany({ orderBy: { id: "asc" } });
    expect(
      events.map((e) => [
        e.kind,
        (e.details as { returnedTo: string; cause: string }).returnedTo,
        (e.details as { cause: string }).cause,
      ]),
    ).toEqual([
      ["EXPIRED", "PRIORITY", "refused"],
      ["EXPIRED", "GENERAL", "expired"],
    ]);
    expect((await db.place.findUniqueOrThrow({ where: { id: late.id } })).generalFrom?.toISOString()).toBe(
      "2026-11-05T13:00:00.000Z",
    );
  });
});
