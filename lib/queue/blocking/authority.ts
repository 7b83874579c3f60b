import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { subtreeIds } from "@/lib/org/authority-overview";

/** An education-authority administrator acting on the queue of their department's subtree. */
export type AuthorityContext = { actor: Actor; authorityId: string };

// The organisations under the authority (its whole subtree, excluded subordinates left out): the
// queue operations of an authority touch applications and contracts of these kindergartens only.
export async function kindergartensUnder(authorityId: string): Promise<string[]> {
  return subtreeIds(authorityId);
}
