import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import type { SubordinationInput } from "./schemas";

// Excludes the ticked subordinate organisations from the authority (seed 002: tick, "Исключить") or includes
// them again. The link (parentId) stays, so the history stays: excluding stamps subordinationExcludedAt —
// the authority then loses its scope over the organisation (lib/auth/load-actor.ts orgPathOf) — and
// including clears it. Each organisation whose state changes gets its own audit record (its history on the
// list); one already in the asked state is left as it is. Every id must be the authority's own
// subordinate, checked again inside the transaction with the rows locked: otherwise nothing changes.
export async function changeSubordination(actor: Actor, input: SubordinationInput, now: Date) {
  const { authorityId, op } = input;
  authorize(actor, "org.subordinates.manage", { organizationId: authorityId });
  const ids = [...new Set(input.ids)];
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; subordinationExcludedAt: Date | null }[]>`
      SELECT id, "subordinationExcludedAt" FROM "Organization"
      WHERE id = ANY(${ids}) AND "parentId" = ${authorityId} FOR UPDATE`;
    if (rows.length !== ids.length) throw new AppError("not_found");
    const changing = rows.filter((r) => (op === "exclude") === !r.subordinationExcludedAt);
    for (const row of changing) {
      const excludedAt = op === "exclude" ? now : null;
      await tx.organization.update({ where: { id: row.id }, data: { subordinationExcludedAt: excludedAt } });
      await audit(tx, {
        actorPersonId: actor.personId,
        action: op === "exclude" ? "org.subordinate_exclude" : "org.subordinate_include",
        entityType: "Organization",
        entityId: row.id,
        organizationId: authorityId,
        before: { parentId: authorityId, subordinationExcludedAt: row.subordinationExcludedAt },
        after: { parentId: authorityId, subordinationExcludedAt: excludedAt },
      });
    }
    return { changed: changing.length, unchanged: rows.length - changing.length };
  });
}
