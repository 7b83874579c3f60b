// Questions and answers and the feedback block's contacts (issue 11, seed 002 §3.3): a citizen's question is
// public only once answered and published; the first answer goes to the asker's e-mail; publishing and
// withdrawing; another organisation's administrator can't answer; contacts and reception saved and audited.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeFeedbackWorld, type FeedbackWorld } from "./fixtures/feedback-world";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import { registeredActions } from "@/lib/action/registry";
import "@/lib/feedback/actions";
import { askQuestion } from "@/lib/feedback/ask-question";
import {
  adminQuestions,
  answerQuestion,
  publicQuestions,
  setQuestionPublished,
} from "@/lib/feedback/questions";
import { saveFeedbackContacts } from "@/lib/feedback/contacts";
import { contactsSchema, questionSchema } from "@/lib/feedback/schemas";
import { fieldErrorsOf } from "@/lib/form-state";

const db = getPrisma();
const NOW = new Date();
let w: FeedbackWorld;
beforeEach(async () => {
  await resetDatabase();
  w = await makeFeedbackWorld(db, NOW);
});
afterAll(disconnectPrisma);

const ask = (organizationId: string, o: { email?: string; ip?: string | null } = {}) =>
  askQuestion({
    actor: null,
    organizationId,
    input: questionSchema.parse({
      slug: "x",
      authorName: "Ерлан",
      email: o.email ?? "erlan@example.kz",
      question: "Жазғы жинақтау қашан басталады?",
    }),
    ip: o.ip === undefined ? "203.0.113.5" : o.ip,
    now: NOW,
  });
const admin = () => ({ actor: w.actors.districtAdmin, organizationId: w.district.id });
const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(Refusal);
  return (e as Refusal).key;
};

describe("questions and answers", () => {
  it("appear publicly only once answered and published; every change audited", async () => {
    const { id } = await ask(w.district.id);
    expect(await db.qaItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      published: false,
      answer: null,
      email: "erlan@example.kz",
    });
    expect(await publicQuestions(w.district.id)).toEqual([]);
    expect((await adminQuestions(w.district.id)).map((q) => q.id)).toEqual([id]);
    // Unanswered: can't be published.
    expect(await refusal(setQuestionPublished(admin(), id, true))).toBe("feedback.questions.needsAnswer");

    // Answered but kept private: still not public; the asker gets the answer by e-mail.
    expect(await answerQuestion(admin(), id, { answer: "Маусымның 1-інде.", publish: false }, NOW)).toEqual({
      mailed: true,
    });
    expect(await publicQuestions(w.district.id)).toEqual([]);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { channel: "EMAIL" } });
    expect(mail.destination).toBe("erlan@example.kz");
    expect(mail.body).toContain("Маусымның 1-інде.");

    await setQuestionPublished(admin(), id, true);
    const shown = await publicQuestions(w.district.id);
    expect(shown).toMatchObject([
      { id, question: "Жазғы жинақтау қашан басталады?", answer: "Маусымның 1-інде." },
    ]);
    // The public list never carries the asker's e-mail.
    expect(Object.keys(shown[0]!)).not.toContain("email");

    // A corrected answer is not mailed again.
    expect(await answerQuestion(admin(), id, { answer: "Маусымның 2-сінде.", publish: true }, NOW)).toEqual({
      mailed: null,
    });
    await setQuestionPublished(admin(), id, false);
    expect(await publicQuestions(w.district.id)).toEqual([]);
    // Unchanged: nothing to audit.
    await setQuestionPublished(admin(), id, false);

    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual([
      "qa.ask",
      "qa.answer",
      "qa.publish",
      "qa.answer",
      "qa.unpublish",
    ]);
    expect(audits[0]).toMatchObject({ ip: "203.0.113.5", actorPersonId: null });
    expect(audits[1]!.actorPersonId).toBe(w.actors.districtAdmin.personId);
  });

  it("the public list is the organisation's own, newest first", async () => {
    const a = await ask(w.district.id, { email: "a@example.kz" });
    await db.qaItem.update({
      where: { id: a.id },
      data: { createdAt: new Date(NOW.getTime() - 86_400_000) },
    });
    const b = await ask(w.district.id, { email: "b@example.kz" });
    const c = await ask(w.otherDistrict.id, { email: "c@example.kz" });
    for (const id of [a.id, b.id])
      await answerQuestion(admin(), id, { answer: "Жауап берілді.", publish: true }, NOW);
    await answerQuestion(
      { actor: w.actors.otherAdmin, organizationId: w.otherDistrict.id },
      c.id,
      { answer: "Басқа ұйымның жауабы.", publish: true },
      NOW,
    );
    expect((await publicQuestions(w.district.id)).map((q) => q.id)).toEqual([b.id, a.id]);
    expect((await publicQuestions(w.otherDistrict.id)).map((q) => q.id)).toEqual([c.id]);
  });

  it("another organisation's administrator can't answer or publish; nothing changes", async () => {
    const { id } = await ask(w.district.id);
    const before = await db.qaItem.findUniqueOrThrow({ where: { id } });
    const actions = new Map(registeredActions().map((a) => [a.name, a]));
    const answerInput = { questionId: id, answer: "Жауап берілді", publish: "on" };
    expect(await actions.get("question.answer")!.check(w.actors.otherAdmin, answerInput)).toBe("not_found");
    expect(await actions.get("question.answer")!.check(w.actors.districtEmployee, answerInput)).toBe(
      "not_found",
    );
    expect(await actions.get("question.answer")!.check(null, answerInput)).toBe("unauthenticated");
    expect(await actions.get("question.answer")!.check(w.actors.districtAdmin, answerInput)).toBe("allowed");
    expect(
      await actions.get("question.publish")!.check(w.actors.otherAdmin, { questionId: id, published: "1" }),
    ).toBe("not_found");
    await expect(
      answerQuestion(
        { actor: w.actors.otherAdmin, organizationId: w.district.id },
        id,
        { answer: "x", publish: true },
        NOW,
      ),
    ).rejects.toEqual(new AppError("forbidden"));
    await expect(
      answerQuestion(
        { actor: w.actors.otherAdmin, organizationId: w.otherDistrict.id },
        id,
        { answer: "Жауап", publish: true },
        NOW,
      ),
    ).rejects.toEqual(new AppError("not_found"));
    await expect(
      setQuestionPublished({ actor: w.actors.otherAdmin, organizationId: w.otherDistrict.id }, id, true),
    ).rejects.toEqual(new AppError("not_found"));
    expect(await adminQuestions(w.otherDistrict.id)).toEqual([]);
    expect(await db.qaItem.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { action: { not: "qa.ask" } } })).toBe(0);
  });

  it("asking is limited per e-mail and per address, and refused while the feedback is hidden", async () => {
    for (let i = 0; i < 5; i++) await ask(w.district.id, { ip: `198.51.100.${i}` });
    expect(await refusal(ask(w.district.id, { ip: "198.51.100.50" }))).toBe("feedback.tooMany");
    await db.organizationSettings.update({
      where: { organizationId: w.district.id },
      data: { featureFeedback: false },
    });
    await expect(ask(w.district.id, { email: "new@example.kz" })).rejects.toEqual(new AppError("not_found"));
    expect(await db.qaItem.count()).toBe(5);
    // Questions need no appeals e-mail: the unconfirmed district takes them.
    await ask(w.otherDistrict.id);
    expect(await db.qaItem.count({ where: { organizationId: w.otherDistrict.id } })).toBe(1);
  });

  it("bad input is refused per field", () => {
    const r = questionSchema.safeParse({ slug: "x", authorName: "Е", email: "", question: "Қашан?" });
    expect(fieldErrorsOf(r.error!)).toEqual({
      authorName: "validation.feedback.name",
      email: "validation.required",
      question: "validation.feedback.question",
    });
  });
});

describe("contacts for appeals and personal reception", () => {
  const input = (organizationId: string) =>
    contactsSchema.parse({
      organizationId,
      phones: "+7 (7162) 25-00-01, +7 (7162) 25-00-02",
      email: "Qabyldau@Edu.kz",
      actualAddress: "Көкшетау қ., Абай к-сі, 10",
      receptionRulesKk: "Алдын ала жазылу бойынша.",
      receptionRulesRu: "",
      receptionHours: "Сейсенбі 15:00–18:00",
    });

  it("are saved by the organisation's administrator, audited before → after", async () => {
    await saveFeedbackContacts(w.actors.districtAdmin, input(w.district.id));
    const s = await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: w.district.id } });
    expect(s).toMatchObject({
      phones: "+7 (7162) 25-00-01, +7 (7162) 25-00-02",
      email: "Qabyldau@Edu.kz",
      receptionRulesKk: "Алдын ала жазылу бойынша.",
      receptionRulesRu: null,
      receptionHours: "Сейсенбі 15:00–18:00",
      appealsEmail: "appeals@district.kz",
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "feedback.contacts_update" } });
    expect(audit.before).toMatchObject({
      receptionRulesRu: "Приём по записи.",
      phones: "+7 (7162) 25-00-00",
    });
    expect(audit.after).toMatchObject({ receptionRulesRu: null, receptionHours: "Сейсенбі 15:00–18:00" });
    // A kindergarten without a settings row gets one.
    await saveFeedbackContacts(w.actors.kgDirector, input(w.kg.id));
    expect(await db.organizationSettings.count({ where: { organizationId: w.kg.id } })).toBe(1);
  });

  it("are refused to anyone else; nothing changes", async () => {
    const before = await db.organizationSettings.findUniqueOrThrow({
      where: { organizationId: w.district.id },
    });
    for (const actor of [w.actors.otherAdmin, w.actors.districtEmployee, w.actors.kgDirector])
      await expect(saveFeedbackContacts(actor, input(w.district.id))).rejects.toEqual(
        new AppError("forbidden"),
      );
    expect(
      await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: w.district.id } }),
    ).toEqual(before);
    expect(await db.auditLog.count()).toBe(0);
    const bad = contactsSchema.safeParse({
      organizationId: w.district.id,
      email: "no-at-sign",
      receptionHours: "x".repeat(301),
    });
    expect(fieldErrorsOf(bad.error!)).toEqual({
      email: "validation.feedback.email",
      receptionHours: "validation.tooLong",
    });
  });
});
