import type { MemberRole, OrgKind } from "@/lib/generated/prisma/enums";

// The audience a session belongs to: parents sign in by code/EDS, staff by login/password.
export type Audience = "parent" | "staff";

export type ActorMembership = {
  membershipId: string;
  organizationId: string;
  orgKind: OrgKind;
  role: MemberRole;
  isAdministrator: boolean;
  /** May hide forum posts on the organisation's profile (Membership.isModerator). */
  isModerator?: boolean;
  /** Publishes and deletes the organisation's announcements (Membership.isEditor). */
  isEditor?: boolean;
  /** The organisation and its authorities up the tree, nearest first. */
  orgPath: string[];
};

// Who is acting, with everything the policy needs to decide without I/O.
export type Actor = {
  userId: string;
  personId: string;
  audience: Audience;
  displayName: string;
  mustChangePassword: boolean;
  memberships: ActorMembership[];
  /** Groups an educator is bound to (no binding, no access). */
  educatorGroupIds: string[];
  /** Children this person is a verified legal representative of, on record (a pending claim grants nothing). */
  representedChildIds: string[];
  /** When the user was last seen (as loaded with the session), so a request writes it at most once a minute. */
  lastSeenAt?: Date | null;
};

const KG_MANAGER_ROLES: MemberRole[] = ["KG_DIRECTOR", "KG_DEPUTY", "KG_ADMIN"];
const AUTHORITY_KINDS: OrgKind[] = ["REGION_AUTHORITY", "DISTRICT_AUTHORITY"];

// True for a kindergarten's director, deputy, administrator, or anyone given administrator rights there.
export function isKindergartenManager(m: ActorMembership): boolean {
  return m.orgKind === "KINDERGARTEN" && (KG_MANAGER_ROLES.includes(m.role) || m.isAdministrator);
}

// True for staff of an education authority (region or district department).
export function isAuthorityMember(m: ActorMembership): boolean {
  return AUTHORITY_KINDS.includes(m.orgKind);
}

// True for an educator-type role in a kindergarten.
export function isKindergartenEducator(m: ActorMembership): boolean {
  return m.orgKind === "KINDERGARTEN" && (m.role === "EDUCATOR" || m.role === "ASSISTANT_EDUCATOR");
}
