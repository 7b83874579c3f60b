import "server-only";
import type { Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { Refusal } from "@/lib/action/refusal";
import { GROUP_ROLES, rolesFor, type StaffRole } from "./roles";

/** Who acts on an organisation's people, and which organisation (an authority or a kindergarten). */
export type PeopleContext = { actor: Actor; organizationId: string };

// The kind of the organisation whose people are changed (archived or unknown: not found).
export async function orgKindOf(tx: Tx, organizationId: string): Promise<OrgKind> {
  const org = await tx.organization.findFirst({
    where: { id: organizationId, archivedAt: null },
    select: { kind: true },
  });
  if (!org) throw new AppError("not_found");
  return org.kind;
}

// Refuses a role the organisation's kind does not offer (an authority's role in a kindergarten, or back).
export function assertRoleOffered(kind: OrgKind, role: StaffRole): void {
  if (!rolesFor(kind).includes(role)) throw new Refusal("validation.staff.role", "role");
}

// A membership of this organisation in one of its kind's roles, or not_found (another organisation's id,
// nonsense).
export async function staffMembershipOf(tx: Tx, organizationId: string, membershipId: string) {
  const kind = await orgKindOf(tx, organizationId);
  const m = await tx.membership.findFirst({
    where: { id: membershipId, organizationId, role: { in: [...rolesFor(kind)] } },
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
  if (!isActive(m)) throw new Refusal("people.rule.notActive");
}

// True when the person also works in another organisation now: their person data and sign-in
// are then not this organisation's to change.
export async function worksElsewhere(tx: Tx, personId: string, organizationId: string): Promise<boolean> {
  const n = await tx.membership.count({
    where: { personId, organizationId: { not: organizationId }, leftAt: null, excludedAt: null },
  });
  return n > 0;
}

// Removes the person's bindings to this kindergarten's groups unless they still hold an active
// educator role here; returns the group ids unbound (none for an authority, which has no groups).
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
