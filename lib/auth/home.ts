import { type Actor, isAuthorityMember, isKindergartenEducator, isKindergartenManager } from "./actor";

// Where each audience lands after sign-in (without the locale prefix).
export function homePathFor(actor: Actor): string {
  if (actor.mustChangePassword) return "/change-password";
  if (actor.audience === "parent") return "/cabinet";
  if (actor.memberships.some(isKindergartenManager)) return "/kindergarten";
  if (actor.memberships.some(isKindergartenEducator)) return "/kindergarten";
  if (actor.memberships.some(isAuthorityMember)) return "/authority";
  return "/no-access";
}
