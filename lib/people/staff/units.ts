import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { Refusal } from "@/lib/action/refusal";

// The structural units (departments) of an organisation, for the employment's "unit" choice.
export async function listUnits(organizationId: string) {
  return prisma.structuralUnit.findMany({
    where: { organizationId },
    select: { id: true, nameKk: true, nameRu: true },
    orderBy: [{ sortOrder: "asc" }, { nameRu: "asc" }],
  });
}

// Refuses a unit that is not one of this organisation's (another organisation's id, nonsense).
export async function assertUnitOf(tx: Tx, organizationId: string, unitId: string): Promise<void> {
  const unit = await tx.structuralUnit.findFirst({
    where: { id: unitId, organizationId },
    select: { id: true },
  });
  if (!unit) throw new Refusal("people.rule.unitNotFound", "unitId");
}
