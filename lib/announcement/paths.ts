import type { OrgKind } from "@/lib/generated/prisma/enums";
import { type Actor } from "@/lib/auth/actor";
import { homePathFor } from "@/lib/auth/home";

// Where announcements live (paths without the locale): the author's pages in the area of the author
// organisation's kind, and each audience's inbox in its own area.

/** The author's list for an organisation of this kind. */
export function authorBaseFor(kind: OrgKind): string {
  return kind === "KINDERGARTEN" ? "/kindergarten/announcements" : "/authority/announcements";
}

/** The inbox of the actor's area: the parent's cabinet, the kindergarten, the authority (null elsewhere). */
export function inboxPathFor(actor: Actor): string | null {
  if (actor.audience === "parent") return "/cabinet/announcements";
  const home = homePathFor(actor);
  if (home === "/kindergarten") return "/kindergarten/inbox";
  if (home === "/authority") return "/authority/inbox";
  return null;
}
