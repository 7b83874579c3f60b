import "server-only";
import { subtreeIds } from "@/lib/org/authority-overview";

// The organisations under the authority (its whole subtree, excluded subordinates left out): the
// queue operations of an authority touch applications and contracts of these kindergartens only.
export async function kindergartensUnder(
  authorityId: string,
  db?: Parameters<typeof subtreeIds>[1],
): Promise<string[]> {
  return subtreeIds(authorityId, db);
}
