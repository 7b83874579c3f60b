import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { decideAttempt, type ThrottleDecision, type ThrottleRow, type ThrottleRule } from "./throttle-rules";

// The counters of lib/auth/throttle-rules.ts in SignInThrottle rows. Counting is a compare-and-swap on
// the row as read (or an insert that does nothing when another request inserted first), retried on a
// lost race, so parallel attempts are all counted and none slips past a limit.

const select = { failures: true, lastFailureAt: true, lockedUntil: true } as const;

// Counts one attempt of a key if the rule allows it now; otherwise says why not (nothing is counted).
export async function reserveAttempt(key: string, rule: ThrottleRule, now: Date): Promise<ThrottleDecision> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const row: ThrottleRow | null = await prisma.signInThrottle.findUnique({ where: { key }, select });
    const decision = decideAttempt(row, rule, now);
    if (!decision.ok) return decision;
    const { count } = row
      ? await prisma.signInThrottle.updateMany({
          where: {
            key,
            failures: row.failures,
            lastFailureAt: row.lastFailureAt,
            lockedUntil: row.lockedUntil,
          },
          data: decision.next,
        })
      : await prisma.signInThrottle.createMany({ data: [{ key, ...decision.next }], skipDuplicates: true });
    if (count === 1) return decision;
  }
  // Twenty lost races in a row: a flood on this key; the caller refuses like any throttled attempt.
  return { ok: false, reason: "wait", until: new Date(now.getTime() + 1000), retryAfterSec: 1 };
}

// Takes back one counted attempt (it succeeded): the key's other attempts still count.
export async function releaseAttempt(key: string): Promise<void> {
  await prisma.signInThrottle.updateMany({
    where: { key, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}

// Forgets a key's counter and lock (a successful sign-in of the login, or an administrator's unlock);
// returns what it was.
export async function clearThrottle(
  key: string,
  db: Tx | typeof prisma = prisma,
): Promise<ThrottleRow | null> {
  const [row] = await db.$queryRaw<ThrottleRow[]>`
    DELETE FROM "SignInThrottle" WHERE "key" = ${key}
    RETURNING "failures", "lastFailureAt", "lockedUntil"`;
  return row ?? null;
}

// The stored counter of a key (for the staff page).
export async function throttleRowOf(key: string): Promise<ThrottleRow | null> {
  return prisma.signInThrottle.findUnique({ where: { key }, select });
}
