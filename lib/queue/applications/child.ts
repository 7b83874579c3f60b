import "server-only";
import type { Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/audit";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { validateIin } from "@/lib/iin/iin";
import { Refusal } from "@/lib/action/refusal";
import type { ApplyInput } from "./schemas";

// The child of an application, locked (FOR UPDATE) for the rest of the transaction, and the applicant
// recorded as their legal representative. The rule (SPEC §1.5: only a legal representative applies):
// - a child on record with representatives: the applicant must be one of them, else refused;
// - a child on record without any representative, or not on record at all (created from the form):
//   the application itself records the applicant as representative, source "queue", with the relation
//   they declared. The kindergarten checks the birth certificate at enrolment.
// Concurrent first applications for the same new IIN end up with one person (INSERT … ON CONFLICT).
export async function lockApplicationChild(tx: Tx, actor: Actor, input: ApplyInput, at: Date) {
  const hints = validateIin(input.childIin);
  const sex = hints.ok && hints.sex ? (hints.sex === "male" ? ("MALE" as const) : ("FEMALE" as const)) : null;
  const { count } = await tx.person.createMany({
    data: [
      {
        iin: input.childIin,
        lastName: input.childLastName,
        firstName: input.childFirstName,
        middleName: input.childMiddleName ?? null,
        birthDate: ymdToDbDate(input.childBirthDate),
        sex,
      },
    ],
    skipDuplicates: true,
  });
  const [row] = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Person" WHERE iin = ${input.childIin} FOR UPDATE`;
  if (!row) throw new Error("child not found after insert");
  let child = await tx.person.findUniqueOrThrow({ where: { id: row.id } });
  const base = { actorPersonId: actor.personId, entityType: "Person", entityId: child.id };
  if (count === 1) await audit(tx, { ...base, action: "queue.child_create", after: child });
  if (child.id === actor.personId) throw new Refusal("validation.queue.ownIin", "childIin");

  const reps = await tx.legalRepresentative.findMany({ where: { childId: child.id } });
  if (reps.length > 0 && !reps.some((r) => r.representativeId === actor.personId))
    throw new Refusal("validation.queue.notRepresentative", "childIin");
  if (reps.length === 0) {
    const link = await tx.legalRepresentative.create({
      data: {
        childId: child.id,
        representativeId: actor.personId,
        relation: input.relation,
        source: "queue",
        createdAt: at,
      },
    });
    await audit(tx, {
      ...base,
      action: "queue.representative_add",
      after: { representativeId: actor.personId, relation: link.relation, source: "queue" },
    });
  }
  if (!child.birthDate) {
    const before = child;
    child = await tx.person.update({
      where: { id: child.id },
      data: { birthDate: ymdToDbDate(input.childBirthDate) },
    });
    await audit(tx, { ...base, action: "queue.child_update", before, after: child });
  }
  return { child, birthYmd: dbDateToYmd(child.birthDate!) };
}
