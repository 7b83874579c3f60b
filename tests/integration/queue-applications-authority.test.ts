import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import {
  actorOf,
  makeApplication,
  makeAuthorityAdmin,
  makeChild,
  makeQueueDistrict,
  makeQueueParent,
  memoryStorage,
  PDF_BYTES,
  makeBirthRecord,
} from "./fixtures/queue-parent";
import { makeIin } from "@/lib/iin/iin";
import { pendingPriorityReviews, reviewPriority } from "@/lib/queue/applications/priority-review";
import { lapseUnconfirmedPriorities } from "@/lib/queue/applications/priority-lapse";
import { priorityDocumentFor } from "@/lib/queue/applications/document";
import { applyToQueue } from "@/lib/queue/applications/apply";
import { applySchema } from "@/lib/queue/applications/schemas";
import { setFileStorage } from "@/lib/storage/storage";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(async () => {
  await resetDatabase();
  setFileStorage(memoryStorage());
});
afterEach(() => setFileStorage(null));
afterAll(disconnectPrisma);

const refusal = (key: string) => expect.objectContaining({ name: "Refusal", key });
// Submitted Friday 20 Nov 2026: the 5th working day after it is Friday 27 Nov (no holidays in between).
const SUBMITTED = new Date("2026-11-20T11:00:00+05:00");

async function world() {
  const district = await makeQueueDistrict(db);
  const parent = await makeQueueParent(db);
  const child = await makeChild(db, "2023-04-04", [parent.person.id]);
  const app = await makeApplication(db, {
    territoryId: district.territory.id,
    kgIds: [district.kgs[0]!.id],
    childId: child.id,
    applicantId: parent.person.id,
    submittedAt: SUBMITTED,
    priority: "OUT_OF_TURN",
  });
  return { ...district, parent, child, app };
}

describe("the authority checks priority documents", () => {
  it("lists the unconfirmed claims of its own kindergartens only, and confirms one (history, audit)", async () => {
    const w = await world();
    const other = await makeQueueDistrict(db);
    const mine = await makeAuthorityAdmin(db, w.authority.id);
    const foreign = await makeAuthorityAdmin(db, other.authority.id);
    expect((await pendingPriorityReviews(mine)).map((a) => a.id)).toEqual([w.app.id]);
    expect(await pendingPriorityReviews(foreign)).toEqual([]);
    await expect(
      reviewPriority(foreign, { applicationId: w.app.id, decision: "confirm", reason: undefined }, SUBMITTED),
    ).rejects.toEqual(new AppError("not_found"));
    const at = new Date("2026-11-24T10:00:00+05:00");
    await reviewPriority(mine, { applicationId: w.app.id, decision: "confirm", reason: undefined }, at);
    expect(
      (await db.queueApplication.findUniqueOrThrow({ where: { id: w.app.id } })).priorityConfirmedAt,
    ).toEqual(at);
    expect((await db.queueHistoryEntry.findFirstOrThrow({ where: { applicationId: w.app.id } })).event).toBe(
      "priority_confirmed",
    );
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { action: "queue.priority_confirm" } })).organizationId,
    ).toBe(w.authority.id);
    await expect(
      reviewPriority(mine, { applicationId: w.app.id, decision: "confirm", reason: undefined }, at),
    ).rejects.toEqual(refusal("validation.queue.reviewClosed"));
  });

  it("rejects with a reason (the child returns to the general queue) and refuses to confirm after the 5 working days", async () => {
    const w = await world();
    const admin = await makeAuthorityAdmin(db, w.authority.id);
    await expect(
      reviewPriority(
        admin,
        { applicationId: w.app.id, decision: "confirm", reason: undefined },
        new Date("2026-11-28T00:00:00+05:00"),
      ),
    ).rejects.toEqual(refusal("validation.queue.reviewLapsed"));
    await reviewPriority(
      admin,
      { applicationId: w.app.id, decision: "reject", reason: "Анықтама жарамсыз" },
      new Date("2026-11-24T10:00:00+05:00"),
    );
    const after = await db.queueApplication.findUniqueOrThrow({ where: { id: w.app.id } });
    expect(after.priority).toBe("NONE");
    expect(
      (await db.queueHistoryEntry.findFirstOrThrow({ where: { applicationId: w.app.id } })).details,
    ).toEqual({ priority: "OUT_OF_TURN", reason: "Анықтама жарамсыз" });
  });
});

describe("the job returning unconfirmed claims to the general queue", () => {
  it("lapses a claim only after its 5th working day, leaves confirmed ones, and does nothing the second time", async () => {
    const w = await world();
    const child2 = await makeChild(db, "2023-05-05", [w.parent.person.id]);
    const confirmed = await makeApplication(db, {
      territoryId: w.territory.id,
      kgIds: [w.kgs[0]!.id],
      childId: child2.id,
      applicantId: w.parent.person.id,
      submittedAt: SUBMITTED,
      priority: "ORPHAN",
      confirmed: new Date("2026-11-21T10:00:00+05:00"),
    });
    expect(await lapseUnconfirmedPriorities(new Date("2026-11-27T23:59:00+05:00"))).toMatchObject({
      lapsed: 0,
    });
    expect(await lapseUnconfirmedPriorities(new Date("2026-11-28T00:10:00+05:00"))).toMatchObject({
      lapsed: 1,
    });
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: w.app.id } })).priority).toBe("NONE");
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: confirmed.id } })).priority).toBe(
      "ORPHAN",
    );
    const history = await db.queueHistoryEntry.findMany({ where: { applicationId: w.app.id } });
    expect(history.map((h) => [h.event, h.details])).toEqual([
      ["priority_lapsed", { priority: "OUT_OF_TURN", reason: "not_confirmed" }],
    ]);
    expect(await db.auditLog.count({ where: { action: "queue.priority_lapse", actorPersonId: null } })).toBe(
      1,
    );
    expect(await lapseUnconfirmedPriorities(new Date("2026-11-29T00:10:00+05:00"))).toMatchObject({
      lapsed: 0,
    });
  });
});

describe("who may open a priority document", () => {
  it("the parent and an authority over a chosen kindergarten; another parent or authority gets nothing", async () => {
    const { territory, kgs, authority } = await makeQueueDistrict(db);
    const other = await makeQueueDistrict(db);
    const parent = await makeQueueParent(db);
    const stranger = await makeQueueParent(db);
    const ask = applySchema.parse({
      childIin: makeIin(new Date("2023-03-15T00:00:00Z"), "female", 1231),
      childLastName: "А",
      childFirstName: "Б",
      childBirthDate: "2023-03-15",
      relation: "father",
      territoryId: territory.id,
      choice1: kgs[0]!.id,
      language: "RU",
      priority: "SPECIAL_NEEDS",
      phone: "87025550011",
    });
    await makeBirthRecord(db, ask.childIin, ask.childBirthDate, { fatherIin: parent.person.iin });
    const app = await applyToQueue(
      parent.actor,
      ask,
      { priority: { bytes: PDF_BYTES, fileName: "ПМПК.pdf" }, representative: null },
      new Date("2026-11-22T10:00:00+05:00"),
    );
    const own = await priorityDocumentFor(await actorOf(db, parent.person.id), app.id);
    expect(own?.bytes).toEqual(PDF_BYTES);
    expect(await priorityDocumentFor(stranger.actor, app.id)).toBeNull();
    expect(
      (await priorityDocumentFor((await makeAuthorityAdmin(db, authority.id)).actor, app.id))?.row.fileName,
    ).toBe("ПМПК.pdf");
    expect(
      await priorityDocumentFor((await makeAuthorityAdmin(db, other.authority.id)).actor, app.id),
    ).toBeNull();
    expect(await priorityDocumentFor(null, app.id)).toBeNull();
  });
});
