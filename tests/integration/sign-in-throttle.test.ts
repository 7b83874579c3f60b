// M4 and M5 of the security issue against Postgres: staff sign-in is throttled per login (known or not)
// and per address with a back-off and a lock an administrator lifts, an unknown login costs a password
// check; the parent's code look-up in the mobile-citizens registry is rate-limited before it answers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { authenticateByPassword } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/load-actor";
import { sendSignInCode } from "@/lib/auth/otp/sign-in-code";
import { signInLockOf, unlockSignIn } from "@/lib/auth/unlock";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
const t0 = new Date("2026-11-30T05:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const SEC = 1000;
const MIN = 60 * SEC;
const office: { ip: string | null; userAgent: string | null } = { ip: "10.1.2.3", userAgent: "vitest" };

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

async function staffUser(login = "kg.admin") {
  const person = await db.person.create({ data: { lastName: "Омарова", firstName: "Айгүл" } });
  return db.user.create({
    data: { personId: person.id, login, passwordHash: await hashPassword("demo12345") },
  });
}

const signIn = (login: string, password: string, when: Date, client = office) =>
  codeOf(authenticateByPassword({ login, password }, client, when));

beforeAll(() => getPrisma());
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

describe("staff sign-in is throttled per login", () => {
  it("after 5 failures each attempt waits a growing back-off; the 10th failure locks the login", async () => {
    await staffUser();
    let now = 0;
    for (let i = 0; i < 5; i++)
      expect(await signIn("kg.admin", "wrong", at((now += SEC)))).toBe("invalid_credentials");
    // Back-off: 2 s after the 5th failure — even the right password waits.
    expect(await signIn("kg.admin", "demo12345", at(now + 1 * SEC))).toBe("sign_in_throttled");
    expect(await signIn("kg.admin", "wrong", at((now += 2 * SEC)))).toBe("invalid_credentials");
    // 4 s after the 6th, then 8, 16, 32.
    expect(await signIn("kg.admin", "wrong", at(now + 3 * SEC))).toBe("sign_in_throttled");
    for (const wait of [4, 8, 16])
      expect(await signIn("kg.admin", "wrong", at((now += wait * SEC)))).toBe("invalid_credentials");
    // The 10th failure locks the login for 15 minutes: the right password is refused as "locked".
    expect(await signIn("kg.admin", "wrong", at((now += 32 * SEC)))).toBe("invalid_credentials");
    expect(await signIn("kg.admin", "demo12345", at(now + 14 * MIN))).toBe("sign_in_locked");
    // Once the lock is over the login starts afresh.
    expect(await signIn("kg.admin", "demo12345", at(now + 15 * MIN))).toBe("ok");
    const reasons = await db.signInEvent.findMany({ orderBy: { id: "asc" }, select: { reason: true } });
    expect(reasons.map((r) => r.reason).filter((r) => r !== "invalid_credentials")).toEqual([
      "sign_in_throttled",
      "sign_in_throttled",
      "sign_in_locked",
      null,
    ]);
  });

  it("an unknown login is throttled and locked exactly like a known one (the answer tells nothing)", async () => {
    await staffUser();
    const run = async (login: string) => {
      const out: string[] = [];
      let now = 0;
      for (let i = 0; i < 12; i++) out.push(await signIn(login, "wrong", at((now += MIN))));
      return out;
    };
    const known = await run("kg.admin");
    const unknown = await run("no.such.login");
    expect(unknown).toEqual(known);
    expect(known.slice(-2)).toEqual(["sign_in_locked", "sign_in_locked"]);
  });

  it("a right password clears the login's failures", async () => {
    await staffUser();
    for (let i = 0; i < 4; i++) await signIn("kg.admin", "wrong", at(i * SEC));
    expect(await signIn("kg.admin", "demo12345", at(5 * SEC))).toBe("ok");
    for (let i = 0; i < 5; i++)
      expect(await signIn("kg.admin", "wrong", at(6 * SEC + i))).toBe("invalid_credentials");
  });

  it("parallel attempts are all counted: a burst can't slip past the back-off", async () => {
    await staffUser();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => signIn("kg.admin", "wrong", at(10 * SEC))),
    );
    expect(results.filter((r) => r === "invalid_credentials")).toHaveLength(5);
    expect(results.filter((r) => r === "sign_in_throttled")).toHaveLength(7);
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: "login:kg.admin" } })).failures).toBe(
      5,
    );
  });

  it("an unknown login costs a password check, like a wrong password", async () => {
    await staffUser();
    const time = async (login: string) => {
      const start = performance.now();
      expect(await signIn(login, "wrong-password", at(0), { ip: null, userAgent: null })).toBe(
        "invalid_credentials",
      );
      return performance.now() - start;
    };
    await time("warm.up");
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      wrong.push(await time("kg.admin"));
      unknown.push(await time(`nobody.${i}`));
    }
    // Without the dummy check an unknown login answered in a few ms against scrypt's tens.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
  });
});

describe("staff sign-in is throttled per address", () => {
  it("failures from one address across many logins are slowed down; successes do not count", async () => {
    await staffUser();
    for (let i = 0; i < 10; i++) expect(await signIn("kg.admin", "demo12345", at(i))).toBe("ok");
    for (let i = 0; i < 20; i++)
      expect(await signIn(`guess.${i}`, "x", at(100 + i))).toBe("invalid_credentials");
    expect(await signIn("guess.next", "x", at(200))).toBe("sign_in_throttled");
    // Another address is not affected.
    expect(await signIn("kg.admin", "demo12345", at(300), { ip: "10.9.9.9", userAgent: null })).toBe("ok");
  });
});

describe("the organisation's administrator lifts a lock", () => {
  async function lockedEducatorOfKg() {
    const territory = await db.territory.create({
      data: { code: "t1", kind: "DISTRICT", nameKk: "Аудан", nameRu: "Район", nameEn: "District" },
    });
    const org = (slug: string, kind: "DISTRICT_AUTHORITY" | "KINDERGARTEN", parentId: string | null) =>
      db.organization.create({
        data: {
          slug,
          kind,
          orgType: kind === "KINDERGARTEN" ? "state_kindergarten" : "education_department",
          shortNameKk: slug,
          shortNameRu: slug,
          fullNameKk: slug,
          fullNameRu: slug,
          territoryId: territory.id,
          parentId,
        },
      });
    const district = await org("district", "DISTRICT_AUTHORITY", null);
    const kg = await org("kg", "KINDERGARTEN", district.id);
    const member = async (organizationId: string, role: "EDUCATOR" | "KG_ADMIN", login: string) => {
      const user = await staffUser(login);
      const m = await db.membership.create({
        data: {
          personId: user.personId,
          organizationId,
          role,
          isAdministrator: role === "KG_ADMIN",
          arrivedAt: new Date("2024-09-01T00:00:00Z"),
        },
      });
      return { user, membership: m };
    };
    const educator = await member(kg.id, "EDUCATOR", "educator");
    const admin = await member(kg.id, "KG_ADMIN", "kg.admin");
    for (let i = 0; i < 10; i++) await signIn("educator", "wrong", at(i * MIN));
    return { kg, educator, admin };
  }

  it("shows the lock on the staff page and lifts it, audited", async () => {
    const { kg, educator, admin } = await lockedEducatorOfKg();
    const now = at(10 * MIN);
    expect(await signIn("educator", "demo12345", now)).toBe("sign_in_locked");
    expect((await signInLockOf("educator", now)).state).toBe("locked");
    const actor = (await loadActor(admin.user.id, "staff", 0, now))!;
    expect(await unlockSignIn({ actor, organizationId: kg.id }, educator.membership.id)).toBe(true);
    expect((await signInLockOf("educator", now)).state).toBe("free");
    expect(await signIn("educator", "demo12345", now)).toBe("ok");
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "user.sign_in_unlocked" } });
    expect(log.entityId).toBe(educator.user.id);
    expect(log.organizationId).toBe(kg.id);
  });

  it("never reaches a membership of another organisation", async () => {
    const { educator, admin } = await lockedEducatorOfKg();
    const actor = (await loadActor(admin.user.id, "staff", 0, at(10 * MIN)))!;
    expect(await codeOf(unlockSignIn({ actor, organizationId: "elsewhere" }, educator.membership.id))).toBe(
      "not_found",
    );
    expect((await signInLockOf("educator", at(10 * MIN))).state).toBe("locked");
  });
});

describe("the parent's code look-up is rate-limited before it answers", () => {
  const IIN = "950815350123";
  const send = (phone: string, ip: string | null, when: Date) =>
    codeOf(sendSignInCode({ phone, iin: IIN, ip, now: when, text: (c) => c }));

  it("per phone: after 10 look-ups the registry is not asked again for an hour", async () => {
    const phone = "+77010000009"; // not linked
    for (let i = 0; i < 10; i++)
      expect(await send(phone, `10.0.0.${i}`, at(i * SEC))).toBe("not_linked_in_bmg");
    expect(await send(phone, "10.0.1.1", at(11 * SEC))).toBe("rate_limited");
    expect(await send(phone, "10.0.1.1", at(11 * SEC + 60 * MIN))).toBe("not_linked_in_bmg");
  });

  it("per address: after 30 look-ups of any phones the address waits", async () => {
    for (let i = 0; i < 30; i++)
      expect(await send(`+7701${String(1000000 + i)}`, "10.7.7.7", at(i * SEC))).toBe("not_linked_in_bmg");
    expect(await send("+77019999999", "10.7.7.7", at(31 * SEC))).toBe("rate_limited");
    // An IPv6 visitor can't escape by changing the low half of the address.
    for (let i = 0; i < 30; i++)
      await send(`+7702${String(1000000 + i)}`, `2001:db8:1:2::${i + 1}`, at(i * SEC));
    expect(await send("+77029999999", "2001:db8:1:2:ffff::9", at(31 * SEC))).toBe("rate_limited");
  });
});
