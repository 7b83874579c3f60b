import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { validateIin } from "@/lib/iin/iin";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { AddStaffInput } from "./schemas";
import { Refusal } from "@/lib/action/refusal";
import { isActive } from "./scope";
import { sameNames } from "./rules";
import { newStaffSubject, parentCabinetOf, refuseUnlessKeeper } from "./subject";

// Adds a staff member to the manager's kindergarten. A person already on record with this IIN
// is reused (their missing data filled in, nothing overwritten; a person with a parent's cabinet keeps
// even an empty phone and e-mail, which are theirs to give) if the names agree; otherwise refused.
// Birth date and sex default to what the IIN hints. Adding a manager (or a new role to a person who
// manages the kindergarten) is the director's or the authority's.
export async function addStaffMember(ctx: ManagerContext, input: AddStaffInput) {
  const hints = validateIin(input.iin);
  const birthDate = input.birthDate ? ymdToDbDate(input.birthDate) : hints.ok ? hints.birthDate : null;
  const sex = input.sex ?? (hints.ok && hints.sex ? (hints.sex === "male" ? "MALE" : "FEMALE") : null);
  return prisma.$transaction(async (tx) => {
    refuseUnlessKeeper(ctx, "staff.manage", await newStaffSubject(ctx.organizationId, input, tx));
    let person = await tx.person.findUnique({ where: { iin: input.iin } });
    if (person) {
      if (!sameNames(person, input)) throw new Refusal("kgStaff.rule.iinNameMismatch", "iin");
      const same = await tx.membership.findUnique({
        where: {
          personId_organizationId_role: {
            personId: person.id,
            organizationId: ctx.organizationId,
            role: input.role,
          },
        },
      });
      if (same)
        throw new Refusal(isActive(same) ? "kgStaff.rule.alreadyOnStaff" : "kgStaff.rule.inArchive", "role");
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
        qualification: input.qualification ?? null,
        isAdministrator: input.isAdministrator,
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
    return membership;
  });
}
