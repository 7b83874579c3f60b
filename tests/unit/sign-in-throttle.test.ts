import { describe, expect, it } from "vitest";
import {
  THROTTLE_RULES,
  backoffAfter,
  decideAttempt,
  lockStateOf,
  throttleKey,
  type ThrottleRow,
} from "@/lib/auth/throttle-rules";
import { can } from "@/lib/auth/policy";
import type { Actor, ActorMembership } from "@/lib/auth/actor";

const t0 = new Date("2026-11-30T05:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const rule = THROTTLE_RULES.staffLogin;

// Counts attempts at the given times; returns each answer.
function run(times: number[], start: ThrottleRow | null = null) {
  let row = start;
  return times.map((ms) => {
    const d = decideAttempt(row, rule, at(ms));
    if (d.ok) row = d.next;
    return d.ok ? "ok" : d.reason;
  });
}

describe("sign-in throttle rules (M4)", () => {
  it("five free attempts, then a back-off doubling from 2 s, capped at a minute", () => {
    expect([4, 5, 6, 9, 30].map((f) => backoffAfter(f, rule))).toEqual([0, 2000, 4000, 32000, 60000]);
    expect(run([0, 1, 2, 3, 4, 5])).toEqual(["ok", "ok", "ok", "ok", "ok", "wait"]);
    expect(run([0, 1, 2, 3, 4, 2004])).toEqual(["ok", "ok", "ok", "ok", "ok", "ok"]);
  });

  it("the 10th counted attempt locks the key for 15 minutes; after the lock it starts afresh", () => {
    const times = [0, 1, 2, 3, 4, 2_004, 6_004, 14_004, 30_004, 62_004];
    expect(run(times)).toEqual(Array(10).fill("ok"));
    const last = run([...times, 62_005 + 14 * 60_000, 62_004 + 15 * 60_000]);
    expect(last.slice(-2)).toEqual(["locked", "ok"]);
  });

  it("a counter is forgotten after an hour without attempts", () => {
    const row = { failures: 9, lastFailureAt: t0, lockedUntil: null };
    expect(decideAttempt(row, rule, at(59 * 60_000))).toMatchObject({ ok: true, next: { failures: 10 } });
    expect(decideAttempt(row, rule, at(60 * 60_000))).toMatchObject({ ok: true, next: { failures: 1 } });
  });

  it("a refusal says how long to wait and counts nothing", () => {
    const row = { failures: 5, lastFailureAt: t0, lockedUntil: null };
    expect(decideAttempt(row, rule, at(500))).toEqual({
      ok: false,
      reason: "wait",
      until: at(2000),
      retryAfterSec: 2,
    });
  });

  it("without a back-off (the code look-up) a clock that moved back does not refuse", () => {
    const row = { failures: 3, lastFailureAt: at(60_000), lockedUntil: null };
    expect(decideAttempt(row, THROTTLE_RULES.codePhone, t0).ok).toBe(true);
  });

  it("the administrator's view: free, slowed or locked", () => {
    expect(lockStateOf(null, rule, t0)).toEqual({ state: "free" });
    expect(lockStateOf({ failures: 3, lastFailureAt: t0, lockedUntil: null }, rule, t0)).toEqual({
      state: "free",
    });
    expect(lockStateOf({ failures: 6, lastFailureAt: t0, lockedUntil: null }, rule, t0)).toEqual({
      state: "slowed",
      failures: 6,
    });
    expect(lockStateOf({ failures: 10, lastFailureAt: t0, lockedUntil: at(1000) }, rule, t0)).toEqual({
      state: "locked",
      until: at(1000),
      failures: 10,
    });
  });

  it("keys a login case-insensitively", () => {
    expect(throttleKey.login(" KG.Admin ")).toBe("login:kg.admin");
  });
});

describe("policy: staff.unlock_sign_in", () => {
  const member = (
    organizationId: string,
    orgKind: ActorMembership["orgKind"],
    role: ActorMembership["role"],
  ) => ({
    membershipId: `${organizationId}-${role}`,
    organizationId,
    orgKind,
    role,
    isAdministrator: role !== "EDUCATOR",
    orgPath: [organizationId, "district"],
  });
  const actor = (memberships: ActorMembership[], extra: Partial<Actor> = {}): Actor => ({
    userId: "u",
    personId: "p",
    audience: "staff",
    displayName: "X",
    mustChangePassword: false,
    memberships,
    educatorGroupIds: [],
    representedChildIds: [],
    ...extra,
  });
  const kgAdmin = actor([member("kg", "KINDERGARTEN", "KG_ADMIN")]);
  const educator = actor([member("kg", "KINDERGARTEN", "EDUCATOR")]);
  const districtAdmin = actor([member("district", "DISTRICT_AUTHORITY", "AUTHORITY_ADMIN")]);

  it("the kindergarten's managers for its staff, an authority's administrators for theirs", () => {
    expect(can(kgAdmin, "staff.unlock_sign_in", { organizationId: "kg" })).toBe(true);
    expect(can(kgAdmin, "staff.unlock_sign_in", { organizationId: "kg-2" })).toBe(false);
    expect(can(educator, "staff.unlock_sign_in", { organizationId: "kg" })).toBe(false);
    expect(can(districtAdmin, "staff.unlock_sign_in", { organizationId: "district" })).toBe(true);
    expect(can(districtAdmin, "staff.unlock_sign_in", { organizationId: "kg" })).toBe(false);
    expect(can(null, "staff.unlock_sign_in", { organizationId: "kg" })).toBe(false);
  });
});
