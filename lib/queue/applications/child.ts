import "server-only";
import type { Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/audit";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { localDate } from "@/lib/calendar/zone";
import { validateIin } from "@/lib/iin/iin";
import { Refusal } from "@/lib/action/refusal";
import type { BirthRecordView } from "@/lib/registry/births";
import { iinFitsChild, representativeClaim } from "./representative-rules";
import type { ApplyInput } from "./schemas";

/** The one answer to every failed claim on a child (no oracle for who a child's parents are). */
export const CHILD_RECORD_REFUSAL = "validation.queue.childRecord" as const;

// The child of an application, locked (FOR UPDATE) for the rest of the transaction, and the applicant's
// link to them as legal representative (SPEC §1.5: only a legal representative applies; the rule is
// representative-rules.ts):
// - a link already verified (the kindergarten's contingent, an earlier check) stands;
// - a mother or father named in the civil registry's birth record is recorded VERIFIED at once;
// - anyone else with the document that makes them the representative is recorded PENDING — the link
//   grants nothing until the district officer verifies it (lib/queue/representatives/review.ts);
// - everyone else gets the same refusal, and nothing is written.
// `record`: the civil registry's birth record of the child's IIN, asked before the transaction.
// A new child is created from the birth record (or, without one, from the form); concurrent first
// applications for the same new IIN end up with one person (INSERT … ON CONFLICT).
export async function lockApplicationChild(
  tx: Tx,
  actor: Actor,
  input: ApplyInput,
  at: Date,
  representativeDocumentId: string | null,
  record: BirthRecordView | null,
) {
  if (!iinFitsChild(input.childIin, input.childBirthDate, localDate(at)))
    throw new Refusal(CHILD_RECORD_REFUSAL, "childIin");
  const applicant = await tx.person.findUniqueOrThrow({
    where: { id: actor.personId },
    select: { iin: true },
  });

  const hints = validateIin(input.childIin);
  const sex = hints.ok && hints.sex ? (hints.sex === "male" ? ("MALE" as const) : ("FEMALE" as const)) : null;
  const names = record ?? {
    lastName: input.childLastName,
    firstName: input.childFirstName,
    middleName: input.childMiddleName ?? null,
  };
  const { count } = await tx.person.createMany({
    data: [
      {
        iin: input.childIin,
        lastName: names.lastName,
        firstName: names.firstName,
        middleName: names.middleName ?? null,
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

  const key = { childId_representativeId: { childId: child.id, representativeId: actor.personId } };
  const existing = await tx.legalRepresentative.findUnique({ where: key });
  let link = existing;
  if (existing?.status !== "VERIFIED") {
    const claim = representativeClaim({
      record,
      birthYmd: input.childBirthDate,
      applicantIin: applicant.iin,
      hasDocument: !!representativeDocumentId || (existing?.status === "PENDING" && !!existing.documentId),
    });
    if (claim.kind === "refused") throw new Refusal(CHILD_RECORD_REFUSAL, "childIin");
    const data =
      claim.kind === "registry"
        ? { relation: claim.relation, source: "registry", status: "VERIFIED" as const, reviewedAt: at }
        : {
            relation: input.relation,
            source: "queue",
            status: "PENDING" as const,
            documentId: representativeDocumentId ?? existing?.documentId ?? null,
            reviewedAt: null,
            reviewedById: null,
            refusalReason: null,
          };
    link = await tx.legalRepresentative.upsert({
      where: key,
      create: { childId: child.id, representativeId: actor.personId, createdAt: at, ...data },
      update: data,
    });
    await audit(tx, {
      ...base,
      action: claim.kind === "registry" ? "queue.representative_add" : "queue.representative_claim",
      before: existing,
      after: {
        representativeId: actor.personId,
        relation: link.relation,
        source: link.source,
        status: link.status,
        documentId: link.documentId,
      },
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
  return { child, link: link! };
}
