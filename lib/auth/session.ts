import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { now } from "@/lib/clock/clock";
import { authOptions } from "./options";
import { loadActor } from "./load-actor";
import type { Actor } from "./actor";
import { touchLastSeen } from "./last-seen";

// The signed-in actor of this request (cached per request), or null; notes the user as seen ("online now").
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.uid) return null;
  const at = now();
  const actor = await loadActor(session.uid, session.aud, session.sv, at);
  if (actor) await touchLastSeen(actor.userId, at, actor.lastSeenAt);
  return actor;
});
