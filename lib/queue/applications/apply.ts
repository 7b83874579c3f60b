import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import { localDate } from "@/lib/calendar/zone";
import { Refusal } from "@/lib/action/refusal";
import {
  discardStaged,
  recordStoredFile,
  stageUpload,
  UploadRefused,
  type PendingFile,
} from "@/lib/storage/stored-file";
import { choicesOf, type ApplyInput } from "./schemas";
import { cohortOf, ACTIVE_STATUSES } from "./cohort";
import { lockApplicationChild } from "./child";
import { birthRegistry } from "@/lib/registry/births";
import { addHistory, nextApplicationNumber } from "./history";

/** An uploaded supporting document as the form sent it. */
export type UploadedDocument = { bytes: Uint8Array; fileName: string } | null;
/** The application's documents: the priority category's, and the one that makes the applicant the representative. */
export type ApplicationDocuments = { priority: UploadedDocument; representative: UploadedDocument };

// The chosen kindergartens, checked: all in the chosen district, open, in the given order.
async function checkedChoices(input: ApplyInput) {
  const territory = await prisma.territory.findFirst({
    where: { id: input.territoryId, kind: { in: ["DISTRICT", "CITY"] } },
  });
  if (!territory) throw new Refusal("validation.queue.district", "territoryId");
  const ids = choicesOf(input);
  const kgs = await prisma.organization.findMany({
    where: { id: { in: ids }, kind: "KINDERGARTEN", archivedAt: null, territoryId: territory.id },
  });
  ids.forEach((id, i) => {
    if (!kgs.some((k) => k.id === id)) throw new Refusal("validation.queue.choiceDistrict", `choice${i + 1}`);
  });
  return ids.map((id) => kgs.find((k) => k.id === id)!);
}

// A parent registers a child in the queue (SPEC §1.5). Refused, with nothing written: a child they
// may not apply for (see child.ts), a child born in the future or 6 or older, a child who already
// has an active (waiting or referred) application, kindergartens outside the district, a priority
// category without its document (PDF/JPG/PNG ≤ 5 MB). The child's row is locked for the check, so
// two simultaneous applications for one child end with exactly one. An applicant whose link to the
// child waits for the district officer's check (child.ts) is in the queue but offered nothing until then.
export async function applyToQueue(
  actor: Actor,
  input: ApplyInput,
  documents: ApplicationDocuments,
  now: Date,
) {
  authorize(actor, "cabinet.use");
  const kgs = await checkedChoices(input);
  const cohort = cohortOf(input.childBirthDate, localDate(now, kgs[0]!.timeZone));
  if (!cohort.ok) throw new Refusal(cohort.key, "childBirthDate");
  const document = documents.priority;
  if (input.priority !== "NONE" && !document)
    throw new Refusal("validation.queue.documentRequired", "document");
  let staged: PendingFile | null = null;
  let stagedRep: PendingFile | null = null;
  try {
    if (input.priority !== "NONE" && document)
      staged = await stageUpload(document.bytes, document.fileName, now);
    try {
      if (documents.representative)
        stagedRep = await stageUpload(documents.representative.bytes, documents.representative.fileName, now);
    } catch (e) {
      if (e instanceof UploadRefused) throw new Refusal(e.key, "representativeDocument");
      throw e;
    }
    // The civil registry is asked before the transaction: it is another system (a call to the state
    // database in a deployment), not to be waited for while a connection is held.
    const record = await birthRegistry().findByChildIin(input.childIin);
    return await prisma.$transaction(
      async (tx) => {
        const repFile = stagedRep ? await recordStoredFile(tx, stagedRep) : null;
        const { child, link } = await lockApplicationChild(
          tx,
          actor,
          input,
          now,
          repFile?.id ?? null,
          record,
        );
        const active = await tx.queueApplication.findFirst({
          where: { childId: child.id, status: { in: [...ACTIVE_STATUSES] } },
        });
        if (active)
          throw new Refusal("validation.queue.alreadyQueued", "childIin", { number: active.number });
        const file = staged ? await recordStoredFile(tx, staged) : null;
        const app = await tx.queueApplication.create({
          data: {
            number: await nextApplicationNumber(tx, now),
            childId: child.id,
            applicantId: actor.personId,
            territoryId: input.territoryId,
            birthYear: cohort.birthYear,
            language: input.language,
            priority: input.priority,
            priorityDocumentId: file?.id ?? null,
            phone: input.phone,
            wantsVoucher: input.wantsVoucher,
            status: "WAITING",
            submittedAt: now,
            createdAt: now,
            choices: { create: kgs.map((k, i) => ({ organizationId: k.id, rank: i + 1 })) },
          },
        });
        await addHistory(
          tx,
          app.id,
          "submitted",
          {
            choices: kgs.map((k) => k.slug),
            language: input.language,
            priority: input.priority,
            ...(link.status === "PENDING" ? { representative: "pending" } : {}),
          },
          now,
        );
        await audit(tx, {
          actorPersonId: actor.personId,
          action: "queue.apply",
          entityType: "QueueApplication",
          entityId: app.id,
          after: { ...app, choices: kgs.map((k) => k.id), document: file?.fileName ?? null },
        });
        return app;
      },
      { timeout: 15_000, maxWait: 10_000 },
    );
  } catch (e) {
    await discardStaged(staged);
    await discardStaged(stagedRep);
    if (e instanceof UploadRefused) throw new Refusal(e.key, "document");
    throw e;
  }
}
