import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { unknownTypes } from "./catalogue";
import type { SubordinateTypesInput } from "./schemas";

// Replaces the types of organisations subordinate to the authority (SubordinateType rows) with the ticked
// ones; a type the catalogue does not offer to this authority is refused and nothing changes. Audited with
// the list before and after.
export async function saveSubordinateTypes(actor: Actor, input: SubordinateTypesInput) {
  const { authorityId } = input;
  authorize(actor, "org.subordinates.manage", { organizationId: authorityId });
  const types = [...new Set(input.types)].sort();
  await prisma.$transaction(async (tx) => {
    const authority = await tx.organization.findUniqueOrThrow({
      where: { id: authorityId },
      select: { kind: true },
    });
    if (unknownTypes(authority.kind, types).length)
      throw new Refusal("validation.orgAdmin.typeUnknown", "types");
    // Serialise two administrators saving at once (the audit's "before" must be true).
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE id = ${authorityId} FOR UPDATE`;
    const before = (await tx.subordinateType.findMany({ where: { authorityId }, select: { orgType: true } }))
      .map((r) => r.orgType)
      .sort();
    await tx.subordinateType.deleteMany({ where: { authorityId } });
    if (types.length)
      await tx.subordinateType.createMany({ data: types.map((orgType) => ({ authorityId, orgType })) });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "org.subordinate_types_update",
      entityType: "Organization",
      entityId: authorityId,
      organizationId: authorityId,
      before: { types: before },
      after: { types },
    });
  });
}
