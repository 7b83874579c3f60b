import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { Refusal } from "@/lib/action/refusal";
import type { AddExistingInput } from "./schemas";
import { assertRoleOffered, orgKindOf, type PeopleContext } from "./scope";
import { sameNames } from "./rules";
import { newStaffSubject, refuseUnlessKeeper } from "./subject";
import { assertNotTwice, type Added } from "./add-staff";

type ExistingInput = Pick<AddExistingInput, "login" | "lastName" | "firstName" | "role" | "arrivedAt">;

// The wizard's "existing user": gives a person who already has an account (a login, e.g. from another
// organisation) a role here. The login must exist and the surname and name must be those on record — one
// refusal for both, so the form does not tell whether a login exists. The person keeps their account and
// data (no invitation); the same person twice in the same role is refused; a manager's role only the
// leader or a higher authority gives.
export async function addExistingUser(ctx: PeopleContext, input: ExistingInput): Promise<Added> {
  const login = input.login.trim().toLowerCase();
  return prisma.$transaction(async (tx): Promise<Added> => {
    assertRoleOffered(await orgKindOf(tx, ctx.organizationId), input.role);
    const user = await tx.user.findUnique({
      where: { login },
      select: {
        id: true,
        person: { select: { id: true, lastName: true, firstName: true, middleName: true } },
      },
    });
    if (!user || !sameNames(user.person, input)) throw new Refusal("people.rule.userNotFound", "login");
    const employment = { role: input.role, isAdministrator: false };
    refuseUnlessKeeper(
      ctx,
      "staff.manage",
      await newStaffSubject(ctx.organizationId, { ...employment, login }, tx),
    );
    await assertNotTwice(tx, user.person.id, ctx.organizationId, input.role);
    const membership = await tx.membership.create({
      data: {
        personId: user.person.id,
        organizationId: ctx.organizationId,
        ...employment,
        arrivedAt: ymdToDbDate(input.arrivedAt),
      },
    });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "staff.add_existing",
      entityType: "Membership",
      entityId: membership.id,
      organizationId: ctx.organizationId,
      after: { membership, personId: user.person.id, userId: user.id },
    });
    return { membership, person: user.person, noInvitation: "people.created.existingUser" };
  });
}
