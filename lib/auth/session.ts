import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { now } from "@/lib/clock/clock";
import { authOptions } from "./options";
import { loadActor } from "./load-actor";
import type { Actor } from "./actor";

// The signed-in actor of this request (cached per request), or null.
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.uid) return null;
  return loadActor(session.uid, session.aud, session.sv, now());
});
