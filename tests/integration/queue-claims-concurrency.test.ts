import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { disconnectPrisma, getPrisma, resetDatabase, testDatabaseUrl } from "./helpers/db";
import { makeApplication, makePlace, makeQueueDistrict } from "./fixtures/queue-places";
import { claimPlace, type ClaimResult } from "@/lib/queue/places/claim-place";

const db = getPrisma();
// The app's own client (lib/db/prisma.ts keeps it on globalThis): a pool of 40 connections, so the
// claims really run side by side in separate transactions against Postgres.
const holder = globalThis as unknown as { __prisma?: PrismaClient };
beforeAll(() => {
  holder.__prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: testDatabaseUrl(), max: 40 }),
  });
});
beforeEach(resetDatabase);
afterAll(async () => {
  await holder.__prisma?.$disconnect();
  holder.__prisma = undefined;
  await disconnectPrisma();
});

const NOW = new Date("2026-11-27T09:40:00+05:00");

async function setup(places: number, applications: number) {
  const {
    territory,
    kindergartens: [kg],
  } = await makeQueueDistrict(db, "race", [{ name: "Балапан", capacity: 60 }]);
  const ps = [];
  for (let i = 0; i < places; i++) ps.push(await makePlace(db, kg!, { birthYear: 2023 }));
  const apps = [];
  for (let i = 0; i < applications; i++)
    apps.push(await makeApplication(db, { territoryId: territory.id, birthYear: 2023 }));
  return { places: ps, apps };
}

describe("a place is never given twice", () => {
  it("200 parents pressing at once on 20 general-access places: exactly 20 referrals, one per place, no server error", async () => {
    const { places, apps } = await setup(20, 200);
    const settled = await Promise.allSettled(
      apps.map((a, i) => claimPlace(a.actor, places[i % 20]!.id, a.app.id, NOW)),
    );
    const failures = settled.filter((s) => s.status === "rejected");
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    const results = settled.map((s) => (s as PromiseFulfilledResult<ClaimResult>).value);
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(new Set(results.filter((r) => !r.ok).map((r) => (r as { reason: string }).reason))).toEqual(
      new Set(["place_gone"]),
    );

    const referrals = await db.referral.findMany({ orderBy: { number: "asc" } });
    expect(referrals).toHaveLength(20);
    expect(new Set(referrals.map((r) => r.placeId)).size).toBe(20);
    expect(new Set(referrals.map((r) => r.applicationId)).size).toBe(20);
    expect(referrals.map((r) => r.number)).toEqual(
      Array.from({ length: 20 }, (_, i) => `N-2026-${String(i + 1).padStart(6, "0")}`),
    );
    expect(await db.place.count({ where: { status: "TAKEN", version: 1 } })).toBe(20);
    expect(await db.protocolEvent.count({ where: { kind: "TAKEN" } })).toBe(20);
    expect(await db.queueApplication.count({ where: { status: "REFERRED" } })).toBe(20);
    expect(await db.queueApplication.count({ where: { status: "WAITING" } })).toBe(180);
    // Each winner is the applicant its referral names, and its place was the one it pressed.
    for (const r of referrals) {
      const i = apps.findIndex((a) => a.app.id === r.applicationId);
      expect(places[i % 20]!.id).toBe(r.placeId);
    }
  }, 120_000);

  it("one parent pressing on two places at once gets one referral; the other place stays open", async () => {
    const { places, apps } = await setup(20, 10);
    const settled = await Promise.allSettled(
      apps.flatMap((a, i) => [
        claimPlace(a.actor, places[2 * i]!.id, a.app.id, NOW),
        claimPlace(a.actor, places[2 * i + 1]!.id, a.app.id, NOW),
      ]),
    );
    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
    const referrals = await db.referral.findMany();
    expect(referrals).toHaveLength(10);
    expect(new Set(referrals.map((r) => r.applicationId)).size).toBe(10);
    expect(await db.place.count({ where: { status: "GENERAL", version: 0 } })).toBe(10);
  }, 120_000);
});
