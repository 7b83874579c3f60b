// Throttling of sign-in attempts and of the sign-in code look-up (pure rules; lib/auth/throttle.ts keeps
// the counters in SignInThrottle rows). A counter counts attempts of one key — a login, an address, a
// phone — and is forgotten after a quiet period or when its lock ends. Past `free` attempts each next one
// must wait a back-off that doubles from `backoffMs` (up to `maxBackoffMs`); the attempt that reaches
// `lockAfter` locks the key for `lockMs`.

export type ThrottleRule = {
  /** Attempts allowed without waiting. */
  free: number;
  /** The first wait once `free` is used up (doubling with each further attempt); 0: no back-off. */
  backoffMs: number;
  maxBackoffMs: number;
  /** The attempt that reaches this count locks the key… */
  lockAfter: number;
  /** … for this long. */
  lockMs: number;
  /** A counter untouched this long starts again from zero. */
  forgetAfterMs: number;
};

const MINUTE = 60_000;

export const THROTTLE_RULES = {
  /** Staff sign-in, per login (known or not, so a refusal tells nothing about the login): after 5
   *  failures each attempt waits 2, 4, 8, 16, 32 s; the 10th failure locks the login for 15 minutes
   *  (the organisation's administrator may lift it: staff.unlock_sign_in). */
  staffLogin: {
    free: 5,
    backoffMs: 2000,
    maxBackoffMs: MINUTE,
    lockAfter: 10,
    lockMs: 15 * MINUTE,
    forgetAfterMs: 60 * MINUTE,
  },
  /** Staff sign-in, per client address (many staff may share an office's address: only failures count). */
  staffIp: {
    free: 20,
    backoffMs: 1000,
    maxBackoffMs: MINUTE,
    lockAfter: 100,
    lockMs: 15 * MINUTE,
    forgetAfterMs: 60 * MINUTE,
  },
  /** The parent's "send me a code" look-up in the mobile-citizens registry, per phone. */
  codePhone: {
    free: 10,
    backoffMs: 0,
    maxBackoffMs: 0,
    lockAfter: 10,
    lockMs: 60 * MINUTE,
    forgetAfterMs: 60 * MINUTE,
  },
  /** The same look-up per client address. */
  codeIp: {
    free: 30,
    backoffMs: 0,
    maxBackoffMs: 0,
    lockAfter: 30,
    lockMs: 60 * MINUTE,
    forgetAfterMs: 60 * MINUTE,
  },
} satisfies Record<string, ThrottleRule>;

/** A stored counter. */
export type ThrottleRow = { failures: number; lastFailureAt: Date; lockedUntil: Date | null };

export type ThrottleDecision =
  | { ok: true; next: ThrottleRow }
  | { ok: false; reason: "locked" | "wait"; until: Date; retryAfterSec: number };

// The counter as it stands now: null when forgotten (never used, quiet for long enough, or its lock over).
export function liveCounter(row: ThrottleRow | null, rule: ThrottleRule, now: Date): ThrottleRow | null {
  if (!row) return null;
  if (row.lockedUntil && row.lockedUntil.getTime() <= now.getTime()) return null;
  if (!row.lockedUntil && row.lastFailureAt.getTime() + rule.forgetAfterMs <= now.getTime()) return null;
  return row;
}

// The wait required after `failures` counted attempts (0 while still free).
export function backoffAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free || rule.backoffMs <= 0) return 0;
  return Math.min(rule.backoffMs * 2 ** (failures - rule.free), rule.maxBackoffMs);
}

const refusal = (reason: "locked" | "wait", until: Date, now: Date): ThrottleDecision => ({
  ok: false,
  reason,
  until,
  retryAfterSec: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
});

// May one more attempt be made now? If so, the counter after counting it (the attempt counts before
// its outcome is known, so parallel attempts can't slip past the limit; a success takes it back).
export function decideAttempt(row: ThrottleRow | null, rule: ThrottleRule, now: Date): ThrottleDecision {
  const live = liveCounter(row, rule, now);
  if (live?.lockedUntil) return refusal("locked", live.lockedUntil, now);
  const failures = live?.failures ?? 0;
  const backoff = backoffAfter(failures, rule);
  if (live && backoff > 0) {
    const waitUntil = new Date(live.lastFailureAt.getTime() + backoff);
    if (waitUntil.getTime() > now.getTime()) return refusal("wait", waitUntil, now);
  }
  const counted = failures + 1;
  return {
    ok: true,
    next: {
      failures: counted,
      lastFailureAt: now,
      lockedUntil: counted >= rule.lockAfter ? new Date(now.getTime() + rule.lockMs) : null,
    },
  };
}

/** What an administrator sees of a login's counter. */
export type LockState =
  | { state: "free" }
  | { state: "slowed"; failures: number }
  | { state: "locked"; until: Date; failures: number };

// The state of a login's counter for the staff page.
export function lockStateOf(row: ThrottleRow | null, rule: ThrottleRule, now: Date): LockState {
  const live = liveCounter(row, rule, now);
  if (!live) return { state: "free" };
  if (live.lockedUntil) return { state: "locked", until: live.lockedUntil, failures: live.failures };
  return live.failures >= rule.free ? { state: "slowed", failures: live.failures } : { state: "free" };
}

// The keys of the counters (one table for all of them).
export const throttleKey = {
  login: (login: string) => `login:${login.trim().toLowerCase()}`,
  staffIp: (ipBucket: string) => `ip:${ipBucket}`,
  codePhone: (phone: string) => `otp-phone:${phone}`,
  codeIp: (ipBucket: string) => `otp-ip:${ipBucket}`,
};
