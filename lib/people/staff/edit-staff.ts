import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import type { EmploymentInput, PersonDataInput } from "./schemas";
import { Refusal } from "@/lib/action/refusal";
import { managesOrganization, canKeepGroups } from "./roles";
import {
  assertActive,
  assertRoleOffered,
  dropBindingsIfNoEducatorRole,
  orgKindOf,
  staffMembershipOf,
  worksElsewhere,
  type PeopleContext,
} from "./scope";
import { assertUnitOf } from "./units";
import { parentCabinetOf, refuseUnlessKeeper, staffSubject } from "./subject";

// Edits a current member's personal data. Refused when the person also works in another organisation
// (their data is not this organisation's alone to change), or has a parent's cabinet (their data and
// phone — where the portal sends their codes — are theirs).
export async function updateStaffPerson(ctx: PeopleContext, membershipId: string, input: PersonDataInput) {
  return prisma.$transaction(async (tx) => {
    const m = await staffMembershipOf(tx, ctx.organizationId, membershipId);
    assertActive(m);
    if (await worksElsewhere(tx, m.personId, ctx.organizationId))
      throw new Refusal("people.rule.sharedPerson");
    if (await parentCabinetOf(tx, m.personId)) throw new Refusal("people.rule.parentPerson");
    const data = {
      lastName: input.lastName,
      firstName: input.firstName,
      middleName: input.middleName ?? null,
      birthDate: input.birthDate ? ymdToDbDate(input.birthDate) : null,
      sex: input.sex ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
    };
    const after = await tx.person.update({ where: { id: m.personId }, data });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "staff.person_update",
      entityType: "Person",
      entityId: m.personId,
      organizationId: ctx.organizationId,
      before: m.person,
      after,
    });
    return after;
  });
}

/** An employment change; the moderator and editor rights and the unit stay as they are when not given. */
export type EmploymentChange = Omit<EmploymentInput, "isModerator" | "isEditor"> &
  Partial<Pick<EmploymentInput, "isModerator" | "isEditor">>;

// Edits a current employment: role (one the organisation's kind offers), public position title, unit,
// qualification, the extra rights on the profile (administrator, moderator, editor), arrival. A manager
// can't take their own managing rights away; leaving the educator roles unbinds groups. A manager's
// employment, or a change that makes someone a manager (administrator rights too), is the leader's
// (director, head) or a higher authority's.
export async function updateEmployment(ctx: PeopleContext, membershipId: string, input: EmploymentChange) {
  return prisma.$transaction(async (tx) => {
    const before = await staffMembershipOf(tx, ctx.organizationId, membershipId);
    assertActive(before);
    assertRoleOffered(await orgKindOf(tx, ctx.organizationId), input.role);
    const next = { role: input.role, isAdministrator: input.isAdministrator };
    if (before.personId === ctx.actor.personId && managesOrganization(before) && !managesOrganization(next)) {
      throw new Refusal("people.rule.selfLockout", "isAdministrator");
    }
    refuseUnlessKeeper(ctx, "staff.manage", await staffSubject(before.id, next, tx));
    if (input.role !== before.role) {
      const taken = await tx.membership.findFirst({
        where: { personId: before.personId, organizationId: ctx.organizationId, role: input.role },
      });
      if (taken) throw new Refusal("people.rule.roleTaken", "role");
    }
    if (input.unitId) await assertUnitOf(tx, ctx.organizationId, input.unitId);
    const after = await tx.membership.update({
      where: { id: before.id },
      data: {
        ...next,
        isModerator: input.isModerator ?? before.isModerator,
        isEditor: input.isEditor ?? before.isEditor,
        positionTitle: input.positionTitle ?? null,
        unitId: input.unitId ?? null,
        qualification: input.qualification ?? null,
        arrivedAt: ymdToDbDate(input.arrivedAt),
      },
    });
    const unbound =
      canKeepGroups(before.role) && !canKeepGroups(after.role)
        ? await dropBindingsIfNoEducatorRole(tx, before.personId, ctx.organizationId)
        : [];
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "staff.employment_update",
      entityType: "Membership",
      entityId: before.id,
      organizationId: ctx.organizationId,
      before: { ...before, person: undefined },
      after: { ...after, unboundGroupIds: unbound },
    });
    return after;
  });
}
