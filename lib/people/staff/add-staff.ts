import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { validateIin } from "@/lib/iin/iin";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import type { MessageKey } from "@/lib/action/message-key";
import type { Membership } from "@/lib/generated/prisma/client";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import type { NewPersonInput } from "./schemas";
import { Refusal } from "@/lib/action/refusal";
import { assertRoleOffered, isActive, orgKindOf, type PeopleContext } from "./scope";
import { sameNames } from "./rules";
import { newStaffSubject, parentCabinetOf, refuseUnlessKeeper } from "./subject";
import { assertCredentialsAllowed, withNewPassword, writeCredentials, type Invitation } from "./credentials";
import { assertUnitOf } from "./units";

/** What the wizard's "Create" made: the membership, and the invitation (or why none was made). */
export type Added = {
  membership: Membership;
  person: { lastName: string; firstName: string; middleName: string | null };
  invitation?: Invitation;
  /** Why no invitation was made (the person has a login already, a parent's cabinet, …). */
  noInvitation?: MessageKey;
};

// Refuses the person's second membership in the same role here (a current one, or one in the archive).
export async function assertNotTwice(tx: Tx, personId: string, organizationId: string, role: MemberRole) {
  const same = await tx.membership.findFirst({ where: { personId, organizationId, role } });
  if (same)
    throw new Refusal(isActive(same) ? "people.rule.alreadyOnStaff" : "people.rule.inArchive", "role");
}

// Adds a new person to the organisation (in a role its kind offers). A person already on record with this
// IIN is reused (their missing data filled in, nothing overwritten; a person with a parent's cabinet keeps
// even an empty phone and e-mail, which are theirs to give) if the names agree; otherwise refused. Birth
// date and sex default to what the IIN hints. Adding a manager (or a new role to a person who manages the
// organisation) is the leader's (director, head) or a higher authority's.
export async function addStaffMemberIn(tx: Tx, ctx: PeopleContext, input: NewPersonInput) {
  const hints = validateIin(input.iin);
  const birthDate = input.birthDate ? ymdToDbDate(input.birthDate) : hints.ok ? hints.birthDate : null;
  const sex = input.sex ?? (hints.ok && hints.sex ? (hints.sex === "male" ? "MALE" : "FEMALE") : null);
  assertRoleOffered(await orgKindOf(tx, ctx.organizationId), input.role);
  refuseUnlessKeeper(ctx, "staff.manage", await newStaffSubject(ctx.organizationId, input, tx));
  if (input.unitId) await assertUnitOf(tx, ctx.organizationId, input.unitId);
  let person = await tx.person.findUnique({ where: { iin: input.iin } });
  if (person) {
    if (!sameNames(person, input)) throw new Refusal("people.rule.iinNameMismatch", "iin");
    await assertNotTwice(tx, person.id, ctx.organizationId, input.role);
    const own = await parentCabinetOf(tx, person.id);
    const fill = {
      middleName: person.middleName ?? input.middleName ?? null,
      birthDate: person.birthDate ?? birthDate,
      sex: person.sex ?? sex,
      phone: own ? person.phone : (person.phone ?? input.phone ?? null),
      email: own ? person.email : (person.email ?? input.email ?? null),
    };
    person = await tx.person.update({ where: { id: person.id }, data: fill });
  } else {
    person = await tx.person.create({
      data: {
        iin: input.iin,
        lastName: input.lastName,
        firstName: input.firstName,
        middleName: input.middleName ?? null,
        birthDate,
        sex,
        phone: input.phone ?? null,
        email: input.email ?? null,
      },
    });
  }
  const membership = await tx.membership.create({
    data: {
      personId: person.id,
      organizationId: ctx.organizationId,
      role: input.role,
      positionTitle: input.positionTitle ?? null,
      unitId: input.unitId ?? null,
      qualification: input.qualification ?? null,
      isAdministrator: input.isAdministrator,
      isModerator: input.isModerator ?? false,
      isEditor: input.isEditor ?? false,
      arrivedAt: ymdToDbDate(input.arrivedAt),
    },
  });
  await audit(tx, {
    actorPersonId: ctx.actor.personId,
    action: "staff.add",
    entityType: "Membership",
    entityId: membership.id,
    organizationId: ctx.organizationId,
    after: { membership, personId: person.id },
  });
  return { membership, person };
}

// Adds a person (see addStaffMemberIn) without an invitation; returns the membership.
export async function addStaffMember(ctx: PeopleContext, input: NewPersonInput): Promise<Membership> {
  return prisma.$transaction(async (tx) => (await addStaffMemberIn(tx, ctx, input)).membership);
}

// The wizard's "new person": adds them (addStaffMemberIn) and, in the same transaction, generates their
// invitation — a login and a one-time password, the password only hashed in the database and returned
// once for the slip. No invitation (and why) when the person already has a login (it stays theirs), has a
// parent's cabinet, also works elsewhere, is the actor, or is a manager the actor may not issue for.
export async function addNewPerson(ctx: PeopleContext, input: NewPersonInput): Promise<Added> {
  return withNewPassword(async (passwordHash, password) =>
    prisma.$transaction(async (tx): Promise<Added> => {
      const { membership, person } = await addStaffMemberIn(tx, ctx, input);
      const user = await tx.user.findUnique({ where: { personId: person.id }, select: { login: true } });
      if (user?.login) return { membership, person, noInvitation: "people.created.hasLogin" };
      try {
        await assertCredentialsAllowed(tx, ctx, membership);
      } catch (e) {
        if (e instanceof Refusal) return { membership, person, noInvitation: e.key };
        throw e;
      }
      const login = await writeCredentials(tx, ctx, person, passwordHash);
      return { membership, person, invitation: { login, password } };
    }),
  );
}
