import { AppError } from "@/lib/errors/app-error";
import { type Actor, isAuthorityMember, isKindergartenEducator, isKindergartenManager } from "./actor";

// What an action is about. Each action names the fields it needs; missing fields deny.
export type Resource = {
  organizationId?: string;
  /** The organisation and its authorities up the tree (for authority scope). */
  orgPath?: string[];
  groupId?: string;
  childId?: string;
};

type Rule = (actor: Actor, r: Resource) => boolean;

const staff = (a: Actor) => a.audience === "staff" && !a.mustChangePassword;
const managerOf = (a: Actor, orgId?: string) =>
  !!orgId && a.memberships.some((m) => m.organizationId === orgId && isKindergartenManager(m));
const educatorOfGroup = (a: Actor, r: Resource) =>
  !!r.groupId &&
  !!r.organizationId &&
  a.educatorGroupIds.includes(r.groupId) &&
  a.memberships.some((m) => m.organizationId === r.organizationId && isKindergartenEducator(m));
const authorityOver = (a: Actor, path?: string[]) =>
  !!path && a.memberships.some((m) => isAuthorityMember(m) && path.includes(m.organizationId));
const authorityAdminOf = (a: Actor, orgId?: string) =>
  !!orgId &&
  a.memberships.some(
    (m) =>
      m.organizationId === orgId &&
      isAuthorityMember(m) &&
      (m.isAdministrator || m.role === "AUTHORITY_ADMIN"),
  );

// The one table of named actions and the rules that grant them (SPEC §6: role and scope).
export const POLICY = {
  "cabinet.use": (a) => a.audience === "parent",
  "child.read": (a, r) =>
    (a.audience === "parent" && !!r.childId && a.representedChildIds.includes(r.childId)) ||
    (staff(a) && (managerOf(a, r.organizationId) || educatorOfGroup(a, r) || authorityOver(a, r.orgPath))),
  "kindergarten.enter": (a) =>
    staff(a) && a.memberships.some((m) => isKindergartenManager(m) || isKindergartenEducator(m)),
  "kindergarten.manage": (a, r) => staff(a) && managerOf(a, r.organizationId),
  "group.read": (a, r) => staff(a) && (managerOf(a, r.organizationId) || educatorOfGroup(a, r)),
  "attendance.mark": (a, r) => staff(a) && (managerOf(a, r.organizationId) || educatorOfGroup(a, r)),
  "authority.enter": (a) => staff(a) && a.memberships.some(isAuthorityMember),
  "org.read": (a, r) => staff(a) && (authorityOver(a, r.orgPath) || managerOf(a, r.organizationId)),
  "org.manage": (a, r) => staff(a) && authorityAdminOf(a, r.organizationId),
  "report.read": (a, r) => staff(a) && authorityOver(a, r.orgPath),
  "announcement.manage": (a, r) => staff(a) && authorityAdminOf(a, r.organizationId),
} satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

// Can this actor do this action on this resource? Every action and route handler asks.
export function can(actor: Actor | null, action: Action, resource: Resource = {}): boolean {
  if (!actor) return false;
  return POLICY[action](actor, resource);
}

// Throws a coded "forbidden" error unless the policy allows the action.
export function authorize(
  actor: Actor | null,
  action: Action,
  resource: Resource = {},
): asserts actor is Actor {
  if (!actor) throw new AppError("unauthenticated");
  if (!can(actor, action, resource)) throw new AppError("forbidden");
}
