import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "./actor";
import { clearThrottle, throttleRowOf } from "./throttle";
import { THROTTLE_RULES, lockStateOf, throttleKey, type LockState } from "./throttle-rules";

// Lifts the sign-in lock (and forgets the failed attempts) of the login of a person who works in the
// organisation — what its administrator does when a co-worker, or someone guessing, locked it
// (policy "staff.unlock_sign_in"). Audited; returns whether there was anything to lift.
export async function unlockSignIn(
  ctx: { actor: Actor; organizationId: string },
  membershipId: string,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({
      where: { id: membershipId, organizationId: ctx.organizationId },
      select: { person: { select: { user: { select: { id: true, login: true } } } } },
    });
    if (!m) throw new AppError("not_found");
    const user = m.person.user;
    if (!user?.login) throw new Refusal("signInLock.noLogin");
    const before = await clearThrottle(throttleKey.login(user.login), tx);
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "user.sign_in_unlocked",
      entityType: "User",
      entityId: user.id,
      organizationId: ctx.organizationId,
      before: before ?? undefined,
      after: { failures: 0, lockedUntil: null },
    });
    return !!before;
  });
}

// The state of a login's sign-in counter, for the administrator's page.
export async function signInLockOf(login: string | null, now: Date): Promise<LockState> {
  if (!login) return { state: "free" };
  return lockStateOf(await throttleRowOf(throttleKey.login(login)), THROTTLE_RULES.staffLogin, now);
}
