import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { sendSignInCode } from "@/lib/auth/otp/sign-in-code";
import { authenticateByCode, authenticateByPassword } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
const PHONE = "+77010000001";
const IIN = "950815350123";
const client = { ip: "127.0.0.1", userAgent: "vitest" };
const t0 = new Date("2026-11-22T05:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

async function sendAndRead(now: Date, phone = PHONE, iin = IIN): Promise<string> {
  await sendSignInCode({ phone, iin, ip: client.ip, now, text: (code) => `code ${code}` });
  const msg = await db.outboxMessage.findFirstOrThrow({
    where: { destination: phone },
    orderBy: { createdAt: "desc" },
  });
  return msg.body.replace("code ", "");
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

beforeAll(() => getPrisma());
beforeEach(async () => {
  await resetDatabase();
  await db.mobileCitizen.create({ data: { phone: PHONE, iin: IIN } });
});
afterAll(disconnectPrisma);

describe("parent sign-in by one-time code", () => {
  it("refuses a phone and IIN not linked in the mobile-citizens registry, sending nothing", async () => {
    expect(
      await codeOf(sendSignInCode({ phone: "+77010000009", iin: IIN, ip: null, now: t0, text: (c) => c })),
    ).toBe("not_linked_in_bmg");
    expect(await db.outboxMessage.count()).toBe(0);
    expect(await db.oneTimeCode.count()).toBe(0);
  });

  it("sends a code that is stored only hashed, signs in once, and creates the parent's account", async () => {
    const code = await sendAndRead(t0);
    const stored = await db.oneTimeCode.findFirstOrThrow();
    expect(stored.codeHash).not.toContain(code);
    const user = await authenticateByCode({ phone: PHONE, iin: IIN, code }, client, at(1000));
    expect(user.audience).toBe("parent");
    const person = await db.person.findUniqueOrThrow({ where: { iin: IIN }, include: { user: true } });
    expect(person.user?.id).toBe(user.id);
    // The same code cannot be used twice.
    expect(await codeOf(authenticateByCode({ phone: PHONE, iin: IIN, code }, client, at(2000)))).toBe(
      "code_invalid",
    );
    const events = await db.signInEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((e) => e.success)).toEqual([true, false]);
  });

  it("makes the phone proved by the code the person's own, replacing one a kindergarten typed (audited)", async () => {
    const person = await db.person.create({
      data: { iin: IIN, lastName: "Ата", firstName: "Ана", phone: "+77019999999" },
    });
    const code = await sendAndRead(t0);
    await authenticateByCode({ phone: PHONE, iin: IIN, code }, client, at(1000));
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).phone).toBe(PHONE);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "person.phone_verified" } });
    expect(entry).toMatchObject({ entityId: person.id, before: { phone: "+77019999999" } });
  });

  it("a code for one IIN does not sign in another IIN on the same phone", async () => {
    await db.mobileCitizen.create({ data: { phone: PHONE, iin: "210315601231" } });
    const code = await sendAndRead(t0);
    expect(
      await codeOf(authenticateByCode({ phone: PHONE, iin: "210315601231", code }, client, at(1000))),
    ).toBe("code_invalid");
  });

  it("expires after 5 minutes", async () => {
    const code = await sendAndRead(t0);
    expect(await codeOf(authenticateByCode({ phone: PHONE, iin: IIN, code }, client, at(5 * 60_000)))).toBe(
      "code_expired",
    );
  });

  it("dies after 5 wrong attempts, even for the right code", async () => {
    const code = await sendAndRead(t0);
    const wrong = code === "000000" ? "111111" : "000000";
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(
        await codeOf(authenticateByCode({ phone: PHONE, iin: IIN, code: wrong }, client, at(1000))),
      );
    expect(results).toEqual([
      "code_invalid",
      "code_invalid",
      "code_invalid",
      "code_invalid",
      "code_attempts_exceeded",
    ]);
    expect(await codeOf(authenticateByCode({ phone: PHONE, iin: IIN, code }, client, at(2000)))).toBe(
      "code_attempts_exceeded",
    );
  });

  it("rate-limits sending: one code a minute and five an hour per phone", async () => {
    await sendAndRead(t0);
    expect(await codeOf(sendAndRead(at(30_000)))).toBe("rate_limited");
    for (let i = 1; i <= 4; i++) await sendAndRead(at(i * 61_000));
    expect(await codeOf(sendAndRead(at(6 * 61_000)))).toBe("rate_limited");
    expect(await codeOf(sendAndRead(at(3_700_000)))).toBe("ok");
  });

  it("refuses a blocked cabinet", async () => {
    const person = await db.person.create({ data: { iin: IIN, lastName: "A", firstName: "B" } });
    await db.user.create({ data: { personId: person.id, blockedUntil: at(180 * 24 * 3600_000) } });
    const code = await sendAndRead(t0);
    expect(await codeOf(authenticateByCode({ phone: PHONE, iin: IIN, code }, client, at(1000)))).toBe(
      "account_blocked",
    );
  });
});

describe("staff sign-in by password", () => {
  async function staffUser(extra: object = {}) {
    const person = await db.person.create({ data: { lastName: "Омарова", firstName: "Айгүл" } });
    return db.user.create({
      data: {
        personId: person.id,
        login: "kg.admin",
        passwordHash: await hashPassword("demo12345"),
        ...extra,
      },
    });
  }

  it("accepts the right password (login case-insensitive) and refuses a wrong one", async () => {
    const user = await staffUser();
    expect((await authenticateByPassword({ login: "KG.Admin", password: "demo12345" }, client, t0)).id).toBe(
      user.id,
    );
    expect(await codeOf(authenticateByPassword({ login: "kg.admin", password: "nope" }, client, t0))).toBe(
      "invalid_credentials",
    );
    expect(await codeOf(authenticateByPassword({ login: "nobody", password: "demo12345" }, client, t0))).toBe(
      "invalid_credentials",
    );
    expect(await db.signInEvent.count({ where: { success: false } })).toBe(2);
  });

  it("refuses a blocked account", async () => {
    await staffUser({ blockedUntil: at(1000) });
    expect(
      await codeOf(authenticateByPassword({ login: "kg.admin", password: "demo12345" }, client, t0)),
    ).toBe("account_blocked");
  });

  it("sessions die when the session version changes (sign out everywhere)", async () => {
    const user = await staffUser();
    expect(await loadActor(user.id, "staff", 0, t0)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(user.id, "staff", 0, t0)).toBeNull();
    expect(await loadActor(user.id, "staff", 1, t0)).not.toBeNull();
  });
});
