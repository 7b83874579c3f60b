// M3 of the security issue against Postgres: a password change and a sign-out move the session version
// on, so a copied session cookie dies; the browser that changed the password goes on with a renewed one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { changePassword } from "@/lib/auth/change-password";
import { hashPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/load-actor";
import { authOptions } from "@/lib/auth/options";
import { withSessionVersion } from "@/lib/auth/session-cookie";
import { Refusal } from "@/lib/action/refusal";
import { authSecret } from "@/lib/env";

const db = getPrisma();
const now = new Date("2026-11-30T05:00:00Z");

async function staffUser() {
  const person = await db.person.create({ data: { lastName: "Омарова", firstName: "Айгүл" } });
  return db.user.create({
    data: { personId: person.id, login: "kg.admin", passwordHash: await hashPassword("Old-pass-2026") },
  });
}

// The session cookie as next-auth writes it at sign-in.
const cookieOf = (user: { id: string; sessionVersion: number }) =>
  encode({
    token: { sub: user.id, uid: user.id, aud: "staff", sv: user.sessionVersion },
    secret: authSecret(),
  });

beforeAll(() => getPrisma());
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

describe("a password change ends the other sessions", () => {
  it("a cookie copied before the change dies; this browser's renewed cookie works", async () => {
    const user = await staffUser();
    const copied = await cookieOf(user);
    const actor = (await loadActor(user.id, "staff", 0, now))!;
    const { sessionVersion } = await changePassword(
      actor,
      { current: "Old-pass-2026", next: "New-pass-2026" },
      now,
    );
    expect(sessionVersion).toBe(1);
    // The copied cookie carries the old version: refused.
    const old = (await decode({ token: copied, secret: authSecret() }))!;
    expect(await loadActor(old.uid as string, "staff", old.sv as number, now)).toBeNull();
    // This browser's cookie, renewed with the new version: still signed in, as the same person.
    const renewed = await withSessionVersion(copied, user.id, sessionVersion, authSecret(), 3600);
    const claims = (await decode({ token: renewed!, secret: authSecret() }))!;
    expect(claims).toMatchObject({ uid: user.id, aud: "staff", sv: 1, sub: user.id });
    expect(await loadActor(claims.uid as string, "staff", claims.sv as number, now)).not.toBeNull();
    // A cookie of someone else is never renewed.
    expect(await withSessionVersion(copied, "someone-else", 1, authSecret(), 3600)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.password_changed" } });
    expect(audit.after).toEqual({ sessionVersion: 1 });
  });

  it("a wrong current password changes nothing", async () => {
    const user = await staffUser();
    const actor = (await loadActor(user.id, "staff", 0, now))!;
    await expect(
      changePassword(actor, { current: "wrong", next: "New-pass-2026" }, now),
    ).rejects.toBeInstanceOf(Refusal);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });
});

describe("signing out ends the session for good", () => {
  it("next-auth's sign-out moves the version on, so a copy of the cookie dies", async () => {
    const user = await staffUser();
    const token = (await decode({ token: await cookieOf(user), secret: authSecret() }))!;
    await authOptions().events!.signOut!({ token, session: undefined as never });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect(await loadActor(user.id, "staff", 0, now)).toBeNull();
    // Signing out again with the dead copy changes nothing more.
    await authOptions().events!.signOut!({ token, session: undefined as never });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});
