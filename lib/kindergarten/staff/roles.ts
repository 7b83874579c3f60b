import type { MemberRole, QualificationCategory } from "@/lib/generated/prisma/enums";

// The roles a kindergarten's staff member can have, in the order the forms list them.
export const KG_STAFF_ROLES = [
  "KG_DIRECTOR",
  "KG_DEPUTY",
  "KG_ADMIN",
  "METHODOLOGIST",
  "EDUCATOR",
  "ASSISTANT_EDUCATOR",
  "MUSIC_TEACHER",
  "NURSE",
  "OTHER_STAFF",
] as const satisfies readonly MemberRole[];

export type KgStaffRole = (typeof KG_STAFF_ROLES)[number];

// Qualification categories of pedagogical staff (SPEC §5): the current ones, then the older ones.
export const QUALIFICATIONS = [
  "PEDAGOG_INTERN",
  "PEDAGOG",
  "PEDAGOG_MODERATOR",
  "PEDAGOG_EXPERT",
  "PEDAGOG_RESEARCHER",
  "PEDAGOG_MASTER",
  "HIGHEST",
  "FIRST",
  "SECOND",
  "NONE",
] as const satisfies readonly QualificationCategory[];

const MANAGER_ROLES: readonly MemberRole[] = ["KG_DIRECTOR", "KG_DEPUTY", "KG_ADMIN"];
const EDUCATOR_ROLES: readonly MemberRole[] = ["EDUCATOR", "ASSISTANT_EDUCATOR"];

// True for a role of a kindergarten's staff (not an authority role).
export function isKgStaffRole(role: MemberRole): role is KgStaffRole {
  return (KG_STAFF_ROLES as readonly MemberRole[]).includes(role);
}

// True when a membership manages the kindergarten (same rule as the policy's isKindergartenManager).
export function managesKindergarten(m: { role: MemberRole; isAdministrator: boolean }): boolean {
  return MANAGER_ROLES.includes(m.role) || m.isAdministrator;
}

// True for the roles that may be bound to groups (educator, assistant educator).
export function canKeepGroups(role: MemberRole): boolean {
  return EDUCATOR_ROLES.includes(role);
}

// The roles that may be bound to groups, for queries.
export const GROUP_ROLES = EDUCATOR_ROLES as MemberRole[];
