import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeApplication, makePlace, makeQueueDistrict } from "./fixtures/queue-places";
import { claimPlace } from "@/lib/queue/places/claim-place";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const NOW = new Date("2026-11-27T09:40:00+05:00"); // a Friday

describe("a parent takes a general-access place", () => {
  it("gets a referral valid 5 working days; the application, history, protocol, audit and SMS follow", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "claim", [{ name: "Балапан" }]);
    const { app, actor } = await makeApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      choices: [],
    });
    const place = await makePlace(db, kg!, { birthYear: 2023 });
    const result = await claimPlace(actor, place.id, app.id, NOW);
    expect(result).toMatchObject({
      ok: true,
      referral: { number: "N-2026-000001", expiresAt: new Date("2026-12-04T18:00:00+05:00") },
    });
    expect(await db.place.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
      status: "TAKEN",
      takenAt: NOW,
      version: 1,
    });
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("REFERRED");
    const [history] = await db.queueHistoryEntry.findMany({ where: { applicationId: app.id } });
    expect([history!.event, (history!.details as { access: string }).access]).toEqual([
      "referral_issued",
      "general",
    ]);
    const [event] = await db.protocolEvent.findMany();
    expect([event!.kind, (event!.details as { referral: string }).referral]).toEqual([
      "TAKEN",
      "N-2026-000001",
    ]);
    expect(
      (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => [a.action, a.actorPersonId]),
    ).toEqual([
      ["place.take", actor.personId],
      ["referral.issue", actor.personId],
      ["referral.sms", null],
    ]);
    expect(await db.outboxMessage.count({ where: { destination: app.phone } })).toBe(1);
  });

  it("refuses, changing nothing: priority access, another cohort or district, the stop list, a second referral, a taken place", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "claim", [{ name: "А" }]);
    const { territory: far } = await makeQueueDistrict(db, "far", [{ name: "Б" }]);
    const general = await makePlace(db, kg!, { birthYear: 2023 });
    const priority = await makePlace(db, kg!, {
      birthYear: 2023,
      status: "PRIORITY",
      releasedAt: new Date("2026-11-26T10:00:00+05:00"),
    });
    const mine = await makeApplication(db, { territoryId: territory.id, birthYear: 2023 });
    const cases: [Awaited<ReturnType<typeof makeApplication>>, string, string][] = [
      [mine, priority.id, "priority_access"],
      [await makeApplication(db, { territoryId: territory.id, birthYear: 2022 }), general.id, "wrong_cohort"],
      [await makeApplication(db, { territoryId: far.id, birthYear: 2023 }), general.id, "wrong_district"],
      [
        await makeApplication(db, {
          territoryId: territory.id,
          birthYear: 2023,
          stopListUntil: new Date("2026-12-01T00:00:00+05:00"),
        }),
        general.id,
        "stop_listed",
      ],
      [
        await makeApplication(db, { territoryId: territory.id, birthYear: 2023, status: "REFERRED" }),
        general.id,
        "not_waiting",
      ],
    ];
    for (const [a, placeId, reason] of cases)
      expect(await claimPlace(a.actor, placeId, a.app.id, NOW)).toMatchObject({ ok: false, reason });
    expect(await db.referral.count()).toBe(0);
    expect(await db.protocolEvent.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    expect((await claimPlace(mine.actor, general.id, mine.app.id, NOW)).ok).toBe(true);
    const late = await makeApplication(db, { territoryId: territory.id, birthYear: 2023 });
    expect(await claimPlace(late.actor, general.id, late.app.id, NOW)).toEqual({
      ok: false,
      reason: "place_gone",
    });
    expect(await db.referral.count()).toBe(1);
  });

  it("decides access by the clock, not by the job: a second after the priority window ends the place is taken, with the move to general access in the protocol at the window's end", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "clock", [{ name: "В" }]);
    // Released on Monday 10:00: priority access until 18:00 of the third working day after it (Thursday).
    const place = await makePlace(db, kg!, {
      birthYear: 2023,
      status: "PRIORITY",
      releasedAt: new Date("2026-11-23T10:00:00+05:00"),
    });
    const end = new Date("2026-11-26T18:00:00+05:00");
    const mine = await makeApplication(db, { territoryId: territory.id, birthYear: 2023 });
    expect(await claimPlace(mine.actor, place.id, mine.app.id, new Date(end.getTime() - 1000))).toEqual({
      ok: false,
      reason: "priority_access",
    });
    expect((await claimPlace(mine.actor, place.id, mine.app.id, new Date(end.getTime() + 1000))).ok).toBe(
      true,
    );
    expect((await db.place.findUniqueOrThrow({ where: { id: place.id } })).status).toBe("TAKEN");
    const events = await db.protocolEvent.findMany({ where: { placeId: place.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.kind, e.at.toISOString()])).toEqual([
      ["MOVED_TO_GENERAL", end.toISOString()],
      ["TAKEN", new Date(end.getTime() + 1000).toISOString()],
    ]);
  });

  it("only for an application of a child the parent represents; staff can't claim", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "claim", [{ name: "А" }]);
    const place = await makePlace(db, kg!, { birthYear: 2023 });
    const a = await makeApplication(db, { territoryId: territory.id, birthYear: 2023 });
    const b = await makeApplication(db, { territoryId: territory.id, birthYear: 2023 });
    await expect(claimPlace(b.actor, place.id, a.app.id, NOW)).rejects.toEqual(new AppError("not_found"));
    await expect(claimPlace({ ...a.actor, audience: "staff" }, place.id, a.app.id, NOW)).rejects.toEqual(
      new AppError("forbidden"),
    );
    await expect(claimPlace(a.actor, "no-such-place", a.app.id, NOW)).rejects.toEqual(
      new AppError("not_found"),
    );
    expect((await db.place.findUniqueOrThrow({ where: { id: place.id } })).status).toBe("GENERAL");
  });
});
