// "Online now": a signed-in request notes the user as seen, at most once a minute.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { touchLastSeen } from "@/lib/auth/last-seen";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

describe("last seen", () => {
  it("is written on the first request and then at most once a minute, also under concurrent requests", async () => {
    const person = await db.person.create({ data: { lastName: "Көрінген", firstName: "Адам" } });
    const user = await db.user.create({ data: { personId: person.id } });
    const t0 = new Date("2026-11-30T10:00:00Z");
    await Promise.all([touchLastSeen(user.id, t0), touchLastSeen(user.id, t0)]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSeenAt).toEqual(t0);
    await touchLastSeen(user.id, new Date(t0.getTime() + 30_000));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSeenAt).toEqual(t0);
    const later = new Date(t0.getTime() + 90_000);
    await touchLastSeen(user.id, later);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSeenAt).toEqual(later);
  });
});
