import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { validateIin } from "@/lib/iin/iin";
import type { ManagerContext } from "@/lib/auth/audiences";
import { personUpdates, type PersonFacts } from "./person-merge";
import type { RepresentativeInput } from "./schemas";

// Locks a person's row until the transaction ends: every change to a child's enrolments or
// representatives takes this lock first, so two administrators can't interleave their checks.
export async function lockPerson(tx: Tx, personId: string): Promise<void> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Person" WHERE id = ${personId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("not_found");
}

// The person with this IIN — reused if on record (empty fields filled in, see personUpdates), created
// otherwise — with their row locked. Creation is INSERT … ON CONFLICT DO NOTHING, so two administrators
// entering the same new IIN at once end up with one person, the second waiting for the first.
export async function lockPersonByIin(tx: Tx, ctx: ManagerContext, iin: string, entered: PersonFacts) {
  const hints = validateIin(iin);
  const facts: PersonFacts = {
    ...entered,
    birthDate: entered.birthDate ?? (hints.ok ? hints.birthDate : null),
    sex: entered.sex ?? (hints.ok && hints.sex ? (hints.sex === "male" ? "MALE" : "FEMALE") : null),
  };
  const { count } = await tx.person.createMany({ data: [{ iin, ...facts }], skipDuplicates: true });
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Person" WHERE iin = ${iin} FOR UPDATE`;
  if (!row) throw new Error(`person with IIN not found after insert`);
  const person = await tx.person.findUniqueOrThrow({ where: { id: row.id } });
  const base = {
    actorPersonId: ctx.actor.personId,
    entityType: "Person",
    entityId: person.id,
    organizationId: ctx.organizationId,
  };
  if (count === 1) {
    await audit(tx, { ...base, action: "contingent.person_create", after: person });
    return person;
  }
  const changes = personUpdates(person, facts);
  if (Object.keys(changes).length === 0) return person;
  const after = await tx.person.update({ where: { id: person.id }, data: changes });
  await audit(tx, { ...base, action: "contingent.person_update", before: person, after });
  return after;
}

// Records a legal representative of the child (reusing the person by IIN), or corrects the relation or the
// kindergarten's contact phone of one on record; audited on the child's record so it shows in the child's
// history. The phone entered is the link's contactPhone (what the kindergarten was given for this
// representative): a person already on record keeps their own phone (personUpdates never changes it), so a
// kindergarten form can't redirect the codes and messages the portal sends them. A link the kindergarten
// makes is verified: the kindergarten checks the birth certificate.
export async function linkRepresentative(
  tx: Tx,
  ctx: ManagerContext,
  childId: string,
  rep: RepresentativeInput,
) {
  const person = await lockPersonByIin(tx, ctx, rep.iin, {
    lastName: rep.lastName,
    firstName: rep.firstName,
    middleName: rep.middleName ?? null,
    phone: rep.phone,
  });
  const where = { childId_representativeId: { childId, representativeId: person.id } };
  const before = await tx.legalRepresentative.findUnique({ where });
  const base = {
    actorPersonId: ctx.actor.personId,
    entityType: "Person",
    entityId: childId,
    organizationId: ctx.organizationId,
  };
  const summary = { representativeId: person.id, lastName: person.lastName, firstName: person.firstName };
  const state = (l: { relation: string; contactPhone: string | null; status: string }) => ({
    ...summary,
    relation: l.relation,
    contactPhone: l.contactPhone,
    status: l.status,
  });
  if (!before) {
    const link = await tx.legalRepresentative.create({
      data: {
        childId,
        representativeId: person.id,
        relation: rep.relation,
        source: "contingent",
        status: "VERIFIED",
        contactPhone: rep.phone,
      },
    });
    await audit(tx, { ...base, action: "contingent.representative_add", after: state(link) });
    return link;
  }
  if (before.relation === rep.relation && before.contactPhone === rep.phone && before.status === "VERIFIED")
    return before;
  // The kindergarten records a representative from the documents it checked at enrolment: a claim that
  // waited for the district officer (or was refused there) is verified by this.
  const link = await tx.legalRepresentative.update({
    where,
    data: { relation: rep.relation, contactPhone: rep.phone, status: "VERIFIED" },
  });
  await audit(tx, {
    ...base,
    action: "contingent.representative_update",
    before: state(before),
    after: state(link),
  });
  return link;
}
