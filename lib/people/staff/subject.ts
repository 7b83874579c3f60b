import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { orgPathOf } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/actor";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { Refusal } from "@/lib/action/refusal";
import { MANAGER_ROLES, managesOrganization } from "./roles";
import { hasParentCabinet } from "./rules";
import type { PeopleContext } from "./scope";

type Db = Tx | typeof prisma;
type Employment = { role: MemberRole; isAdministrator: boolean };

/** What the policy looks at for an action on an organisation's person ("staff.manage", "staff.issue_credentials"). */
export type StaffSubject = {
  organizationId: string;
  /** The organisation and its authorities up the tree (an administrator of a higher authority may act too). */
  orgPath: string[];
  /** The person manages the organisation in any of their current roles there, or would after the change. */
  subjectIsManager: boolean;
  subjectHasParentCabinet: boolean;
};

// True when the person holds a current manager's membership of the organisation (a kindergarten's director,
// deputy, administrator; an authority's head, administrator; or administrator rights): a login is the
// person's, whichever of their roles is opened.
async function managesHere(db: Db, personId: string, organizationId: string): Promise<boolean> {
  const n = await db.membership.count({
    where: {
      personId,
      organizationId,
      leftAt: null,
      excludedAt: null,
      OR: [{ role: { in: [...MANAGER_ROLES] } }, { isAdministrator: true }],
    },
  });
  return n > 0;
}

// Whether the person has a parent's cabinet (hasParentCabinet), from their account and sign-ins.
export async function parentCabinetOf(db: Db, personId: string): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { personId },
    select: { id: true, registeredAt: true, passwordHash: true },
  });
  if (!user) return false;
  const [parentSignIns, boundChildren] = await Promise.all([
    db.signInEvent.count({ where: { userId: user.id, success: true, method: { in: ["OTP", "EDS"] } } }),
    db.childBinding.count({ where: { parentId: personId } }),
  ]);
  return hasParentCabinet({
    registeredAt: user.registeredAt,
    hasPassword: !!user.passwordHash,
    parentSignIns,
    boundChildren,
  });
}

// The subject of an action on a membership, optionally with the employment it is about to get:
// a manager's membership (even an ended one, for restoring it), a person who manages the organisation in
// another role, or a change that makes them a manager. "Not found" for an unknown id.
export async function staffSubject(
  membershipId: string,
  change?: Employment,
  db: Db = prisma,
): Promise<StaffSubject> {
  const m = await db.membership.findUnique({
    where: { id: membershipId },
    select: { organizationId: true, personId: true, role: true, isAdministrator: true },
  });
  if (!m) throw new AppError("not_found");
  const subjectIsManager =
    managesOrganization(m) ||
    (!!change && managesOrganization(change)) ||
    (await managesHere(db, m.personId, m.organizationId));
  return {
    organizationId: m.organizationId,
    orgPath: await orgPathOf(m.organizationId, db),
    subjectIsManager,
    subjectHasParentCabinet: await parentCabinetOf(db, m.personId),
  };
}

// The subject of adding a person to the organisation: a manager if the new employment makes them one, or
// if the person (found by IIN, or by an existing user's login) already manages it in another role.
export async function newStaffSubject(
  organizationId: string,
  input: Employment & ({ iin: string } | { login: string }),
  db: Db = prisma,
): Promise<StaffSubject> {
  const person =
    "iin" in input
      ? await db.person.findUnique({ where: { iin: input.iin }, select: { id: true } })
      : await db.user
          .findUnique({ where: { login: input.login }, select: { personId: true } })
          .then((u) => (u ? { id: u.personId } : null));
  return {
    organizationId,
    orgPath: await orgPathOf(organizationId, db),
    subjectIsManager:
      managesOrganization(input) || (!!person && (await managesHere(db, person.id, organizationId))),
    subjectHasParentCabinet: !!person && (await parentCabinetOf(db, person.id)),
  };
}

// The policy's answer again inside the operation's transaction (the rows may have changed since the
// action asked), as a refusal that says why: the person's parent cabinet, or that only the leader (director,
// head) or a higher authority looks after a manager.
export function refuseUnlessKeeper(
  ctx: PeopleContext,
  permission: "staff.manage" | "staff.issue_credentials",
  subject: StaffSubject,
): void {
  if (can(ctx.actor, permission, subject)) return;
  if (permission === "staff.issue_credentials" && subject.subjectHasParentCabinet)
    throw new Refusal("people.rule.parentCabinet");
  throw new Refusal("people.rule.managersByLeader");
}

// Whether the actor may look after the organisation's managers (add one, make someone one): the forms
// offer the manager roles and administrator rights only then.
export async function mayKeepManagers(actor: Actor, organizationId: string) {
  const orgPath = await orgPathOf(organizationId);
  return can(actor, "staff.manage", { organizationId, orgPath, subjectIsManager: true });
}
