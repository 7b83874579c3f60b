import "server-only";
import { prisma } from "@/lib/db/prisma";

// "Online now" on the People tab reads this (lib/profile/people-rules.ts ONLINE_WINDOW_MS).
const TOUCH_EVERY_MS = 60_000;

// Records that a signed-in user made a request — at most one write a minute per user (the condition is
// in the UPDATE, so concurrent requests write once at most). `seen` is the time as loaded with the
// session: when it is recent, the request asks the database nothing.
export async function touchLastSeen(userId: string, at: Date, seen?: Date | null): Promise<void> {
  if (seen && seen.getTime() >= at.getTime() - TOUCH_EVERY_MS) return;
  await prisma.user.updateMany({
    where: {
      id: userId,
      OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: new Date(at.getTime() - TOUCH_EVERY_MS) } }],
    },
    data: { lastSeenAt: at },
  });
}
