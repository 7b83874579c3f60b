import {
  type Actor,
  type ActorMembership,
  isKindergartenEducator,
  isKindergartenManager,
} from "@/lib/auth/actor";

// The kindergarten a staff member works in (a manager membership first). Staff of several
// kindergartens work in the first; switching between them is not needed by any seed yet.
export function currentKindergarten(actor: Actor): ActorMembership | null {
  return (
    actor.memberships.find(isKindergartenManager) ?? actor.memberships.find(isKindergartenEducator) ?? null
  );
}
