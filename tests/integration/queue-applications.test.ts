import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import {
  actorOf,
  makeApplication,
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
import { withdrawApplication } from "@/lib/queue/applications/withdraw";
import { setFileStorage } from "@/lib/storage/storage";
import { makeIin } from "@/lib/iin/iin";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
let storage = memoryStorage();
beforeEach(async () => {
  await resetDatabase();
  storage = memoryStorage();
  setFileStorage(storage);
});
afterEach(() => setFileStorage(null));
afterAll(disconnectPrisma);

const NOW = new Date("2026-11-22T10:00:00+05:00");
let serial = 0;
const childIin = (birth = "2023-05-10") => makeIin(new Date(`${birth}T00:00:00Z`), "female", 3000 + ++serial);
const input = (
  over: Partial<Record<keyof ApplyInput, string>> & { territoryId: string; choice1: string },
): ApplyInput =>
  applySchema.parse({
    childIin: childIin(over.childBirthDate),
    childLastName: "Сейтқали",
    childFirstName: "Айша",
    childBirthDate: "2023-05-10",
    relation: "mother",
    language: "KK",
    priority: "NONE",
    phone: "+7 702 555 00 11",
    wantsVoucher: "on",
    ...over,
  });
const refusal = (key: string, field?: string) =>
  expect.objectContaining({ name: "Refusal", key, ...(field ? { field } : {}) });
const none = { priority: null, representative: null };
// The child's birth record naming the parent as mother (so the application verifies them at once).
const born = (ask: ApplyInput, motherIin: string) =>
  makeBirthRecord(db, ask.childIin, ask.childBirthDate, { motherIin });

describe("registering a child in the queue", () => {
  it("records a new child from the birth record, the mother named in it as verified representative, the application with its choices and history, all audited", async () => {
    const { territory, kgs } = await makeQueueDistrict(db, 3);
    const { actor, person } = await makeQueueParent(db);
    const ask = input({ territoryId: territory.id, choice1: kgs[2]!.id, choice2: kgs[0]!.id });
    await born(ask, person.iin!);
    const app = await applyToQueue(actor, { ...ask, relation: "guardian" }, none, NOW);
    expect(app).toMatchObject({
      number: "Q-2026-000001",
      birthYear: 2023,
      status: "WAITING",
      phone: "+77025550011",
      priority: "NONE",
      submittedAt: NOW,
    });
    const choices = await db.queueApplicationChoice.findMany({
      where: { applicationId: app.id },
      orderBy: { rank: "asc" },
    });
    expect(choices.map((c) => c.organizationId)).toEqual([kgs[2]!.id, kgs[0]!.id]);
    const rep = await db.legalRepresentative.findFirstOrThrow({ where: { childId: app.childId } });
    // The registry decides the relation, and the child's names come from the birth record.
    expect(rep).toMatchObject({
      representativeId: person.id,
      relation: "mother",
      source: "registry",
      status: "VERIFIED",
    });
    expect(await db.person.findUniqueOrThrow({ where: { id: app.childId } })).toMatchObject({
      lastName: "Тізілімов",
      firstName: "Бала",
    });
    expect(
      (await db.queueHistoryEntry.findMany({ where: { applicationId: app.id } })).map((h) => h.event),
    ).toEqual(["submitted"]);
    const actions = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["queue.child_create", "queue.representative_add", "queue.apply"]);
    const ask2 = input({ territoryId: territory.id, choice1: kgs[1]!.id });
    await born(ask2, person.iin!);
    const second = await applyToQueue(actor, ask2, none, new Date(NOW.getTime() + 1000));
    expect(second.number).toBe("Q-2026-000002");
  });

  it("lets a representative on record apply, and refuses anyone else without writing anything", async () => {
    const { territory, kgs } = await makeQueueDistrict(db);
    const mother = await makeQueueParent(db);
    const stranger = await makeQueueParent(db);
    const child = await makeChild(db, "2022-03-03", [mother.person.id]);
    const ask = input({
      territoryId: territory.id,
      choice1: kgs[0]!.id,
      childIin: child.iin!,
      childBirthDate: "2022-03-03",
    });
    await expect(applyToQueue(stranger.actor, ask, none, NOW)).rejects.toEqual(
      refusal("validation.queue.childRecord", "childIin"),
    );
    expect(await db.queueApplication.count()).toBe(0);
    expect(await db.legalRepresentative.count({ where: { representativeId: stranger.person.id } })).toBe(0);
    const app = await applyToQueue(mother.actor, ask, none, NOW);
    expect(app.birthYear).toBe(2022);
  });

  it("keeps one active application per child: a second one is refused, and of simultaneous ones exactly one wins", async () => {
    const { territory, kgs } = await makeQueueDistrict(db);
    const { actor, person } = await makeQueueParent(db);
    const ask = input({ territoryId: territory.id, choice1: kgs[0]!.id });
    await born(ask, person.iin!);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => applyToQueue(actor, ask, none, NOW)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(Refusal);
    expect(await db.queueApplication.count()).toBe(1);
    expect(await db.person.count({ where: { iin: ask.childIin } })).toBe(1);
    await expect(applyToQueue(actor, ask, none, NOW)).rejects.toEqual(
      refusal("validation.queue.alreadyQueued", "childIin"),
    );
    // Once the application is withdrawn the child may apply again, with a new date.
    const app = await db.queueApplication.findFirstOrThrow();
    await withdrawApplication(await actorOf(db, actor.personId), app.id, NOW);
    const again = await applyToQueue(actor, ask, none, new Date(NOW.getTime() + 60_000));
    expect(again.submittedAt.getTime()).toBeGreaterThan(app.submittedAt.getTime());
  });

  it("refuses kindergartens outside the chosen district, a child of 6, a birth date ahead, an adult's IIN (the parent's own), and staff", async () => {
    const { territory, kgs } = await makeQueueDistrict(db);
    const other = await makeQueueDistrict(db);
    const { actor, person } = await makeQueueParent(db);
    const base = { territoryId: territory.id, choice1: kgs[0]!.id };
    await expect(
      applyToQueue(actor, input({ ...base, choice2: other.kgs[0]!.id }), none, NOW),
    ).rejects.toEqual(refusal("validation.queue.choiceDistrict", "choice2"));
    await expect(
      applyToQueue(actor, input({ ...base, childBirthDate: "2020-11-22" }), none, NOW),
    ).rejects.toEqual(refusal("validation.queue.tooOld", "childBirthDate"));
    await expect(
      applyToQueue(actor, input({ ...base, childBirthDate: "2026-12-01" }), none, NOW),
    ).rejects.toEqual(refusal("validation.queue.birthFuture", "childBirthDate"));
    await expect(applyToQueue(actor, input({ ...base, childIin: person.iin! }), none, NOW)).rejects.toEqual(
      refusal("validation.queue.childRecord", "childIin"),
    );
    await expect(applyToQueue({ ...actor, audience: "staff" }, input(base), none, NOW)).rejects.toEqual(
      new AppError("forbidden"),
    );
    expect(await db.queueApplication.count()).toBe(0);
    expect(await db.legalRepresentative.count()).toBe(0);
  });

  it("needs a PDF/JPG/PNG document for a priority category, stores it with its hash, and keeps nothing of a refused one", async () => {
    const { territory, kgs } = await makeQueueDistrict(db);
    const { actor, person } = await makeQueueParent(db);
    const ask = input({ territoryId: territory.id, choice1: kgs[0]!.id, priority: "LARGE_FAMILY" });
    await born(ask, person.iin!);
    await expect(applyToQueue(actor, ask, none, NOW)).rejects.toEqual(
      refusal("validation.queue.documentRequired", "document"),
    );
    await expect(
      applyToQueue(
        actor,
        ask,
        {
          priority: { bytes: new TextEncoder().encode("<script>"), fileName: "x.pdf" },
          representative: null,
        },
        NOW,
      ),
    ).rejects.toEqual(refusal("validation.upload.type", "document"));
    expect(storage.files.size).toBe(0);
    // A valid file but a refused application: the staged bytes are removed again.
    await expect(
      applyToQueue(
        actor,
        { ...ask, childBirthDate: "2019-01-01" },
        { priority: { bytes: PDF_BYTES, fileName: "a.pdf" }, representative: null },
        NOW,
      ),
    ).rejects.toEqual(refusal("validation.queue.tooOld", "childBirthDate"));
    expect(storage.files.size).toBe(0);
    expect(await db.storedFile.count()).toBe(0);
    const app = await applyToQueue(
      actor,
      ask,
      { priority: { bytes: PDF_BYTES, fileName: "C:\\docs\\көпбалалы.pdf" }, representative: null },
      NOW,
    );
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: app.priorityDocumentId! } });
    expect(file).toMatchObject({
      fileName: "көпбалалы.pdf",
      mimeType: "application/pdf",
      size: PDF_BYTES.length,
      sha256: createHash("sha256").update(PDF_BYTES).digest("hex"),
    });
    expect(storage.files.get(file.storageKey)).toEqual(PDF_BYTES);
  });
});

describe("following the applications", () => {
  it("shows the parent's own applications with positions in the cohort, and nobody else's", async () => {
    const { territory, kgs } = await makeQueueDistrict(db);
    const me = await makeQueueParent(db);
    const other = await makeQueueParent(db);
    const mine = await makeChild(db, "2023-01-01", [me.person.id]);
    const theirs = await makeChild(db, "2023-02-02", [other.person.id]);
    const early = await makeChild(db, "2023-03-03", [other.person.id]);
    const base = { territoryId: territory.id, kgIds: [kgs[0]!.id], birthYear: 2023 };
    await makeApplication(db, {
      ...base,
      childId: early.id,
      applicantId: other.person.id,
      submittedAt: new Date("2026-01-05T09:00:00+05:00"),
      priority: "LARGE_FAMILY",
      confirmed: new Date("2026-01-06T09:00:00+05:00"),
    });
    await makeApplication(db, {
      ...base,
      childId: mine.id,
      applicantId: me.person.id,
      submittedAt: new Date("2026-01-10T09:00:00+05:00"),
      priority: "OUT_OF_TURN",
      confirmed: null,
    });
    await makeApplication(db, {
      ...base,
      childId: theirs.id,
      applicantId: other.person.id,
      submittedAt: new Date("2026-01-01T09:00:00+05:00"),
    });
    await makeApplication(db, {
      ...base,
      birthYear: 2022,
      childId: (await makeChild(db, "2022-01-01")).id,
      applicantId: other.person.id,
      submittedAt: new Date("2025-12-01T09:00:00+05:00"),
    });
    const list = await myApplications(await actorOf(db, me.person.id), new Date("2026-01-12T12:00:00+05:00"));
    expect(list).toHaveLength(1);
    expect(list[0]!.position).toEqual({ general: 3, generalTotal: 3, priority: 1, priorityTotal: 2 });
    // For the kindergarten it chose: out of turn, it is first of the three waiting for that kindergarten.
    expect(list[0]!.kindergartenPositions).toEqual([{ organizationId: kgs[0]!.id, position: 1, total: 3 }]);
    // The applicant without a category comes after the first-priority one (the first referral of the 1 : 3).
    const [theirsApp] = (await myApplications(await actorOf(db, other.person.id), NOW)).filter(
      (a) => a.child.id === theirs.id,
    );
    expect(theirsApp!.kindergartenPositions[0]).toMatchObject({ position: 3, total: 3 });
    expect(list[0]!.standing).toBe("pending");
    expect(list[0]!.history).toEqual([]);
    const later = await myApplications(
      await actorOf(db, me.person.id),
      new Date("2026-01-20T12:00:00+05:00"),
    );
    expect(later[0]!.standing).toBe("lapsed");
  });

  it("lets the parent withdraw a waiting application (audited), not another family's, not a referred one", async () => {
    const { territory, kgs } = await makeQueueDistrict(db);
    const me = await makeQueueParent(db);
    const other = await makeQueueParent(db);
    const child = await makeChild(db, "2023-01-01", [me.person.id]);
    const app = await makeApplication(db, {
      territoryId: territory.id,
      kgIds: [kgs[0]!.id],
      childId: child.id,
      applicantId: me.person.id,
    });
    await expect(withdrawApplication(other.actor, app.id, NOW)).rejects.toEqual(new AppError("not_found"));
    await db.queueApplication.update({ where: { id: app.id }, data: { status: "REFERRED" } });
    const actor = await actorOf(db, me.person.id);
    await expect(withdrawApplication(actor, app.id, NOW)).rejects.toEqual(
      refusal("validation.queue.withdrawReferred"),
    );
    await db.queueApplication.update({ where: { id: app.id }, data: { status: "WAITING" } });
    await withdrawApplication(actor, app.id, NOW);
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("REMOVED");
    expect((await db.queueHistoryEntry.findFirstOrThrow({ where: { applicationId: app.id } })).event).toBe(
      "withdrawn",
    );
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "queue.withdraw" } })).entityId).toBe(
      app.id,
    );
  });
});
