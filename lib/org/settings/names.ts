import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import type { NamesInput } from "./schemas";

// The organisation's short and full names in Kazakh and Russian (shown on its profile and everywhere it is
// listed); its administrators only; audited with the names before and after.
export async function saveNames(actor: Actor, input: NamesInput) {
  const { organizationId } = input;
  authorize(actor, "org.administer", { organizationId });
  await prisma.$transaction(async (tx) => {
    const select = { shortNameKk: true, shortNameRu: true, fullNameKk: true, fullNameRu: true };
    const before = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select });
    const after = await tx.organization.update({
      where: { id: organizationId },
      data: {
        shortNameKk: input.shortNameKk,
        shortNameRu: input.shortNameRu,
        fullNameKk: input.fullNameKk,
        fullNameRu: input.fullNameRu,
      },
      select,
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "org.names_update",
      entityType: "Organization",
      entityId: organizationId,
      organizationId,
      before,
      after,
    });
  });
}
