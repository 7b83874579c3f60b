// H1: who may apply for a child. A mother or father named in the civil registry's birth record is
// verified at once; a guardian (trustee, adoptive or foster parent) applies with the document and is
// PENDING — granted nothing — until the district officer verifies it; everyone else gets one answer.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import {
  actorOf,
  makeAuthorityAdmin,
  makeBirthRecord,
  makeChild,
  makeQueueDistrict,
  makeQueueParent,
  memoryStorage,
  PDF_BYTES,
} from "./fixtures/queue-parent";
import { applyToQueue } from "@/lib/queue/applications/apply";
import { applySchema, type ApplyInput } from "@/lib/queue/applications/schemas";
import { myApplications } from "@/lib/queue/applications/my-applications";
import { applicationDocumentFor } from "@/lib/queue/applications/document";
import { pendingRepresentativeReviews, reviewRepresentative } from "@/lib/queue/representatives/review";
import { issueReferral, ReferralBlocked } from "@/lib/queue/places/issue-referral";
import { bindChild } from "@/lib/timesheet/binding";
import { setFileStorage } from "@/lib/storage/storage";
import { makeIin } from "@/lib/iin/iin";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(async () => {
  await resetDatabase();
  setFileStorage(memoryStorage());
});
afterEach(() => setFileStorage(null));
afterAll(disconnectPrisma);

const NOW = new Date("2026-11-22T10:00:00+05:00");
const LATER = new Date("2026-11-23T10:00:00+05:00");
let serial = 0;
const iinBorn = (birth: string) => makeIin(new Date(`${birth}T00:00:00Z`), "male", 5000 + ++serial);
const ask = (territoryId: string, choice1: string, over: Partial<Record<keyof ApplyInput, string>> = {}) =>
  applySchema.parse({
    childIin: iinBorn(over.childBirthDate ?? "2023-04-04"),
    childLastName: "Қамқор",
    childFirstName: "Ерлан",
    childBirthDate: "2023-04-04",
    relation: "guardian",
    territoryId,
    choice1,
    language: "KK",
    priority: "NONE",
    phone: "+7 702 555 00 12",
    ...over,
  });
const withDocument = { priority: null, representative: { bytes: PDF_BYTES, fileName: "қорғаншылық.pdf" } };
const none = { priority: null, representative: null };
const sameAnswer = expect.objectContaining({
  name: "Refusal",
  key: "validation.queue.childRecord",
  field: "childIin",
});

// A general-access place of the kindergarten, as the registry reads it before issuing a referral.
async function openPlace(kg: { id: string; groupId: string }) {
  return db.place.create({
    data: {
      organizationId: kg.id,
      groupId: kg.groupId,
      birthYear: 2023,
      language: "KK",
      status: "GENERAL",
      releasedAt: new Date("2026-11-01T00:00:00Z"),
      generalFrom: new Date("2026-11-05T00:00:00Z"),
    },
  });
}

describe("a guardian applying with the document", () => {
  it("is pending and gets nothing — no binding, no referral, no claim — until the district officer verifies it", async () => {
    const { territory, authority, kgs } = await makeQueueDistrict(db);
    const guardian = await makeQueueParent(db);
    const input = ask(territory.id, kgs[0]!.id);
    // The birth record names other parents (e.g. deprived of their rights): the guardian needs the document.
    await makeBirthRecord(db, input.childIin, input.childBirthDate, {
      motherIin: makeIin(new Date("1995-05-05T00:00:00Z"), "female", 11),
    });
    await expect(applyToQueue(guardian.actor, input, none, NOW)).rejects.toEqual(sameAnswer);
    const app = await applyToQueue(guardian.actor, input, withDocument, NOW);
    expect(app.status).toBe("WAITING");
    const link = await db.legalRepresentative.findFirstOrThrow({ where: { childId: app.childId } });
    expect(link).toMatchObject({ status: "PENDING", relation: "guardian", source: "queue" });
    expect(link.documentId).not.toBeNull();
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { action: "queue.representative_claim" } })).after,
    ).toMatchObject({
      status: "PENDING",
    });

    // Nothing is granted while pending.
    const pending = await actorOf(db, guardian.person.id);
    expect(pending.representedChildIds).toEqual([]);
    await expect(bindChild(pending, input.childIin, NOW)).rejects.toEqual(new AppError("binding_refused"));
    const place = await openPlace(kgs[0]!);
    await expect(
      db.$transaction((tx) =>
        issueReferral(tx, {
          place,
          application: app,
          access: "general",
          at: NOW,
          expiresAt: LATER,
          actorPersonId: guardian.person.id,
        }),
      ),
    ).rejects.toBeInstanceOf(ReferralBlocked);
    expect(await db.referral.count()).toBe(0);
    // The applicant follows the application and reads their own document; the card says it is being checked.
    const [mine] = await myApplications(pending, NOW);
    expect(mine?.myLink?.status).toBe("PENDING");
    expect((await applicationDocumentFor(pending, app.id, "representative"))?.bytes).toEqual(PDF_BYTES);

    // The district officer sees it (another district's does not) and verifies it.
    const officer = await makeAuthorityAdmin(db, authority.id);
    const stranger = await makeAuthorityAdmin(db, (await makeQueueDistrict(db)).authority.id);
    expect((await pendingRepresentativeReviews(officer)).map((r) => r.number)).toEqual([app.number]);
    expect(await pendingRepresentativeReviews(stranger)).toEqual([]);
    await expect(
      reviewRepresentative(
        stranger,
        { applicationId: app.id, decision: "confirm", reason: undefined },
        LATER,
      ),
    ).rejects.toEqual(new AppError("not_found"));
    expect((await applicationDocumentFor(officer.actor, app.id, "representative"))?.row.fileName).toBe(
      "қорғаншылық.pdf",
    );
    await reviewRepresentative(
      officer,
      { applicationId: app.id, decision: "confirm", reason: undefined },
      LATER,
    );
    expect(await db.legalRepresentative.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      status: "VERIFIED",
      reviewedAt: LATER,
      reviewedById: officer.actor.personId,
    });
    await expect(
      reviewRepresentative(
        officer,
        { applicationId: app.id, decision: "reject", reason: "екінші рет" },
        LATER,
      ),
    ).rejects.toEqual(expect.objectContaining({ key: "validation.queue.reviewClosed" }));
    expect(
      (await db.queueHistoryEntry.findMany({ where: { applicationId: app.id }, orderBy: { id: "asc" } })).map(
        (h) => h.event,
      ),
    ).toEqual(["submitted", "representative_verified"]);
    expect(await db.auditLog.count({ where: { action: "queue.representative_verify" } })).toBe(1);

    // Verified: the child binds and a referral can be issued.
    const verified = await actorOf(db, guardian.person.id);
    expect(verified.representedChildIds).toEqual([app.childId]);
    await bindChild(verified, input.childIin, LATER);
    const referral = await db.$transaction((tx) =>
      issueReferral(tx, {
        place,
        application: app,
        access: "general",
        at: LATER,
        expiresAt: new Date("2026-11-30T00:00:00Z"),
        actorPersonId: guardian.person.id,
      }),
    );
    expect(referral.status).toBe("ISSUED");
  });

  it("refused with a reason: the link grants nothing, the application leaves the queue, the applicant sees why", async () => {
    const { territory, authority, kgs } = await makeQueueDistrict(db);
    const guardian = await makeQueueParent(db);
    const input = ask(territory.id, kgs[0]!.id, { relation: "foster_parent" });
    const app = await applyToQueue(guardian.actor, input, withDocument, NOW);
    const officer = await makeAuthorityAdmin(db, authority.id);
    await reviewRepresentative(
      officer,
      { applicationId: app.id, decision: "reject", reason: "Шарттың мерзімі өткен" },
      LATER,
    );
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("REMOVED");
    const actor = await actorOf(db, guardian.person.id);
    expect(actor.representedChildIds).toEqual([]);
    const [mine] = await myApplications(actor, LATER);
    expect(mine?.myLink).toMatchObject({ status: "REFUSED", refusalReason: "Шарттың мерзімі өткен" });
    expect(mine?.history[0]).toMatchObject({
      event: "representative_refused",
      details: { reason: "Шарттың мерзімі өткен" },
    });
    expect(await pendingRepresentativeReviews(officer)).toEqual([]);
    // Applying again without a new document is refused like any other claim; with one it is pending again.
    await expect(applyToQueue(guardian.actor, input, none, LATER)).rejects.toEqual(sameAnswer);
    const again = await applyToQueue(guardian.actor, input, withDocument, LATER);
    expect(
      (await db.legalRepresentative.findFirstOrThrow({ where: { childId: again.childId } })).status,
    ).toBe("PENDING");
  });
});

describe("the parents named in the birth record", () => {
  it("are verified at once, even when the kindergarten recorded only the other parent", async () => {
    const { territory, kgs } = await makeQueueDistrict(db);
    const father = await makeQueueParent(db);
    const mother = await makeQueueParent(db);
    const child = await makeChild(db, "2022-06-06", [father.person.id]);
    await makeBirthRecord(db, child.iin!, "2022-06-06", {
      motherIin: mother.person.iin,
      fatherIin: father.person.iin,
    });
    const app = await applyToQueue(
      mother.actor,
      ask(territory.id, kgs[0]!.id, {
        childIin: child.iin!,
        childBirthDate: "2022-06-06",
        relation: "mother",
      }),
      none,
      NOW,
    );
    expect(
      await db.legalRepresentative.findUniqueOrThrow({
        where: { childId_representativeId: { childId: child.id, representativeId: mother.person.id } },
      }),
    ).toMatchObject({ status: "VERIFIED", relation: "mother", source: "registry" });
    expect((await actorOf(db, mother.person.id)).representedChildIds).toEqual([app.childId]);
  });
});

describe("every failed claim", () => {
  it("gets the same answer and writes nothing: not named, no record, a birth date the IIN disagrees with, an adult's IIN", async () => {
    const { territory, kgs } = await makeQueueDistrict(db);
    const stranger = await makeQueueParent(db);
    const mother = await makeQueueParent(db);
    const recorded = ask(territory.id, kgs[0]!.id);
    await makeBirthRecord(db, recorded.childIin, recorded.childBirthDate, { motherIin: mother.person.iin });
    const people = await db.person.count();
    const attempts: ApplyInput[] = [
      recorded, // the child exists in the registry, the applicant is not named
      ask(territory.id, kgs[0]!.id), // no birth record at all
      { ...recorded, childBirthDate: "2023-04-05" }, // the IIN carries another birth date
      { ...recorded, childIin: makeIin(new Date("1988-04-04T00:00:00Z"), "male", 9) }, // an adult
    ];
    for (const a of attempts)
      await expect(applyToQueue(stranger.actor, a, none, NOW)).rejects.toEqual(sameAnswer);
    expect(await db.person.count()).toBe(people);
    expect(await db.legalRepresentative.count()).toBe(0);
    expect(await db.queueApplication.count()).toBe(0);
    // A birth date the IIN disagrees with is refused even for the mother, and even with a document.
    await expect(
      applyToQueue(mother.actor, { ...recorded, childBirthDate: "2023-04-05" }, withDocument, NOW),
    ).rejects.toEqual(sameAnswer);
    expect(await db.storedFile.count()).toBe(0);
  });
});
