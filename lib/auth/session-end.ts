import "server-only";
import { prisma } from "@/lib/db/prisma";

// Signing out ends the session for good: the user's session version moves on, so a copy of the cookie
// (taken before the sign-out) is refused from then on (lib/auth/load-actor.ts). Only a current session
// does it — signing out with a stale cookie changes nothing. The version is one per user, so signing out
// in one browser ends the user's sessions in the others too. Called by next-auth's signOut event.
export async function endSession(token: Record<string, unknown> | null | undefined): Promise<boolean> {
  if (typeof token?.uid !== "string" || typeof token.sv !== "number") return false;
  const { count } = await prisma.user.updateMany({
    where: { id: token.uid, sessionVersion: token.sv },
    data: { sessionVersion: { increment: 1 } },
  });
  return count === 1;
}
