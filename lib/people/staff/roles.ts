import type { MemberRole, OrgKind, QualificationCategory } from "@/lib/generated/prisma/enums";

// The roles of an organisation's people, in the order the forms list them. The organisation's kind decides
// which are offered: an education authority's (head, deputy, administrator, employee) or a kindergarten's.
export const AUTHORITY_ROLES = [
  "AUTHORITY_HEAD",
  "AUTHORITY_DEPUTY",
  "AUTHORITY_ADMIN",
  "AUTHORITY_EMPLOYEE",
] as const satisfies readonly MemberRole[];

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

/** Every role a person can have in an organisation (the schemas accept these; the kind narrows them). */
export const STAFF_ROLES = [...AUTHORITY_ROLES, ...KG_STAFF_ROLES] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const AUTHORITY_KINDS: readonly OrgKind[] = ["REGION_AUTHORITY", "DISTRICT_AUTHORITY"];

// The roles offered for an organisation of this kind (none for a kind without a people module).
export function rolesFor(kind: OrgKind): readonly StaffRole[] {
  if (AUTHORITY_KINDS.includes(kind)) return AUTHORITY_ROLES;
  if (kind === "KINDERGARTEN") return KG_STAFF_ROLES;
  return [];
}

// True for a kindergarten (qualification categories and group bindings are a kindergarten's).
export const isKindergartenKind = (kind: OrgKind) => kind === "KINDERGARTEN";

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

/** The roles that manage (administer) their organisation: a kindergarten's director, deputies and
 * administrators, an authority's head and administrators (as the policy's org.administer). */
export const MANAGER_ROLES: readonly MemberRole[] = [
  "KG_DIRECTOR",
  "KG_DEPUTY",
  "KG_ADMIN",
  "AUTHORITY_HEAD",
  "AUTHORITY_ADMIN",
];
const EDUCATOR_ROLES: readonly MemberRole[] = ["EDUCATOR", "ASSISTANT_EDUCATOR"];

// True when a membership manages its organisation: a manager's role, or administrator rights. Only the
// organisation's leader (director, head) or an administrator of a higher authority looks after such people.
export function managesOrganization(m: { role: MemberRole; isAdministrator: boolean }): boolean {
  return MANAGER_ROLES.includes(m.role) || m.isAdministrator;
}

// True for the roles that may be bound to groups (educator, assistant educator).
export function canKeepGroups(role: MemberRole): boolean {
  return EDUCATOR_ROLES.includes(role);
}

// The roles that may be bound to groups, for queries.
export const GROUP_ROLES = EDUCATOR_ROLES as MemberRole[];
