import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import type { Actor } from "./actor";
import { hashPassword, verifyPassword } from "./password";

// Sets a new password after checking the current one. The session version moves on, so every session
// opened with the old password (another browser, a copied cookie) ends; the caller renews this browser's
// session with the returned version (lib/auth/session-cookie.ts).
export async function changePassword(
  actor: Actor,
  input: { current: string; next: string },
  now: Date,
): Promise<{ sessionVersion: number }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!user.passwordHash || !(await verifyPassword(input.current, user.passwordHash)))
    throw new Refusal("errors.invalid_credentials", "current");
  if (input.current === input.next) throw new Refusal("errors.password_reuse", "next");
  const passwordHash = await hashPassword(input.next);
  return prisma.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        mustChangePassword: false,
        registeredAt: user.registeredAt ?? now,
        sessionVersion: { increment: 1 },
      },
      select: { sessionVersion: true },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "user.password_changed",
      entityType: "User",
      entityId: user.id,
      before: { sessionVersion: user.sessionVersion },
      after: { sessionVersion: after.sessionVersion },
    });
    return after;
  });
}
