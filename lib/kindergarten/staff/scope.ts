import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { KG_STAFF_ROLES, GROUP_ROLES } from "./roles";
import { Refusal } from "@/lib/action/refusal";

// A staff membership of this kindergarten, or not_found (another kindergarten's id, an authority role, nonsense).
export async function staffMembershipOf(tx: Tx, organizationId: string, membershipId: string) {
  const m = await tx.membership.findFirst({
    where: { id: membershipId, organizationId, role: { in: [...KG_STAFF_ROLES] } },
    include: { person: true },
  });
  if (!m) throw new AppError("not_found");
  return m;
}

// True while the employment lasts (neither ended nor excluded).
export function isActive(m: { leftAt: Date | null; excludedAt: Date | null }): boolean {
  return !m.leftAt && !m.excludedAt;
}

// Refuses changes to an ended employment (restore it first).
export function assertActive(m: { leftAt: Date | null; excludedAt: Date | null }): void {
  if (!isActive(m)) throw new Refusal("kgStaff.rule.notActive");
}

// True when the person also works in another organisation now: their person data and sign-in
// are then not this kindergarten's to change.
export async function worksElsewhere(tx: Tx, personId: string, organizationId: string): Promise<boolean> {
  const n = await tx.membership.count({
    where: { personId, organizationId: { not: organizationId }, leftAt: null, excludedAt: null },
  });
  return n > 0;
}

// Removes the person's bindings to this kindergarten's groups unless they still hold an active
// educator role here; returns the group ids unbound.
export async function dropBindingsIfNoEducatorRole(
  tx: Tx,
  personId: string,
  organizationId: string,
): Promise<string[]> {
  const still = await tx.membership.count({
    where: { personId, organizationId, role: { in: GROUP_ROLES }, leftAt: null, excludedAt: null },
  });
  if (still > 0) return [];
  const bound = await tx.groupEducator.findMany({
    where: { personId, group: { organizationId } },
    select: { groupId: true },
  });
  if (bound.length === 0) return [];
  await tx.groupEducator.deleteMany({ where: { personId, groupId: { in: bound.map((b) => b.groupId) } } });
  return bound.map((b) => b.groupId);
}
