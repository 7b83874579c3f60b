// The appeals e-mail and electronic appeals (issue 11, seed 002 §3.2.5 and §3.3): appeals are refused until
// the e-mail is confirmed by its code; an appeal lands in the inbox and in the outbox; taking and answering
// it; limits; another organisation's administrator sees and answers nothing; every change audited.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeFeedbackWorld, type FeedbackWorld } from "./fixtures/feedback-world";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/policy";
import { registeredActions } from "@/lib/action/registry";
import "@/lib/feedback/actions";
import { sendAppeal } from "@/lib/feedback/send-appeal";
import { confirmAppealsEmail, requestAppealsEmailCode } from "@/lib/feedback/appeals-email";
import { answerAppeal, appealCounts, getAppeal, listAppeals, takeAppeal } from "@/lib/feedback/appeals";
import { appealSchema } from "@/lib/feedback/schemas";
import { fieldErrorsOf } from "@/lib/form-state";

const db = getPrisma();
const NOW = new Date();
const later = (ms: number) => new Date(NOW.getTime() + ms);
let w: FeedbackWorld;
beforeEach(async () => {
  await resetDatabase();
  w = await makeFeedbackWorld(db, NOW);
});
afterAll(disconnectPrisma);

const input = (over: Partial<Record<string, string>> = {}) =>
  appealSchema.parse({
    slug: "x",
    authorName: "Айгерім Сәрсенова",
    email: "Citizen@Example.kz",
    phone: "+7 701 555 43 21",
    subject: "Кезек туралы",
    body: "Балам кезекте тұр, орын қашан берілетінін білгім келеді.",
    ...over,
  });
const send = (organizationId: string, o: { email?: string; ip?: string | null; now?: Date } = {}) =>
  sendAppeal({
    actor: null,
    organizationId,
    input: input(o.email ? { email: o.email } : {}),
    ip: o.ip === undefined ? "203.0.113.7" : o.ip,
    now: o.now ?? NOW,
  });
const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(Refusal);
  return (e as Refusal).key;
};
const outbox = () =>
  db.outboxMessage.findMany({ where: { channel: "EMAIL" }, orderBy: { createdAt: "asc" } });
const codeIn = (body: string) => /\b(\d{6})\b/.exec(body)![1]!;
const admin = () => ({ actor: w.actors.districtAdmin, organizationId: w.district.id });

describe("the appeals e-mail", () => {
  it("unconfirmed: no appeal is accepted and nothing is written", async () => {
    expect(await refusal(send(w.otherDistrict.id))).toBe("feedback.appeal.closed");
    // Without any address at all, the same.
    expect(await refusal(send(w.kg.id))).toBe("feedback.appeal.closed");
    expect(await db.appeal.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    expect(await outbox()).toEqual([]);
  });

  it("is confirmed by the code sent to it; a wrong code is refused, and attempts are limited", async () => {
    const ctx = { actor: w.actors.otherAdmin, organizationId: w.otherDistrict.id };
    expect(await requestAppealsEmailCode(ctx, "appeals@other.kz", { ip: "198.51.100.1", now: NOW })).toEqual({
      sent: true,
    });
    const [mail] = await outbox();
    expect(mail).toMatchObject({ destination: "appeals@other.kz", provider: "outbox" });
    expect(mail!.subject).toBeTruthy();
    const code = codeIn(mail!.body);
    // The code is stored hashed, bound to the organisation and the address.
    const stored = await db.oneTimeCode.findFirstOrThrow({ where: { purpose: "EMAIL_CONFIRM" } });
    expect(stored).toMatchObject({ destination: "appeals@other.kz", subject: w.otherDistrict.id });
    expect(stored.codeHash).not.toContain(code);
    // The same address: no change to audit.
    expect(await db.auditLog.count({ where: { action: "feedback.appeals_email_set" } })).toBe(0);

    const wrong = code === "000000" ? "111111" : "000000";
    expect(await refusal(confirmAppealsEmail(ctx, wrong, NOW))).toBe("errors.code_invalid");
    const settings = () =>
      db.organizationSettings.findUniqueOrThrow({ where: { organizationId: w.otherDistrict.id } });
    expect((await settings()).appealsEmailConfirmedAt).toBeNull();
    for (let i = 0; i < 3; i++) await refusal(confirmAppealsEmail(ctx, wrong, NOW));
    expect(await refusal(confirmAppealsEmail(ctx, wrong, NOW))).toBe("errors.code_attempts_exceeded");
    // Five wrong tries killed the code: even the right one is refused now.
    expect(await refusal(confirmAppealsEmail(ctx, code, NOW))).toBe("errors.code_attempts_exceeded");
    expect((await settings()).appealsEmailConfirmedAt).toBeNull();
    expect(await refusal(send(w.otherDistrict.id))).toBe("feedback.appeal.closed");

    // Another code at once is refused (one a minute), a minute later it is sent.
    await expect(
      requestAppealsEmailCode(ctx, "appeals@other.kz", { ip: "198.51.100.1", now: later(10_000) }),
    ).rejects.toEqual(new AppError("rate_limited", { seconds: 50 }));
    await requestAppealsEmailCode(ctx, "appeals@other.kz", { ip: "198.51.100.1", now: later(61_000) });
    const fresh = codeIn((await outbox())[1]!.body);
    await confirmAppealsEmail(ctx, fresh, later(62_000));
    expect((await settings()).appealsEmailConfirmedAt).toEqual(later(62_000));
    const audits = await db.auditLog.findMany({ where: { organizationId: w.otherDistrict.id } });
    expect(audits.map((a) => a.action)).toEqual(["feedback.appeals_email_confirm"]);
    expect(audits[0]!.actorPersonId).toBe(w.actors.otherAdmin.personId);
    // Appeals open.
    await send(w.otherDistrict.id);
    expect(await db.appeal.count({ where: { organizationId: w.otherDistrict.id } })).toBe(1);
  });

  it("an expired code is refused", async () => {
    const ctx = { actor: w.actors.otherAdmin, organizationId: w.otherDistrict.id };
    await requestAppealsEmailCode(ctx, "appeals@other.kz", { ip: null, now: NOW });
    const code = codeIn((await outbox())[0]!.body);
    expect(await refusal(confirmAppealsEmail(ctx, code, later(5 * 60_000 + 1)))).toBe("errors.code_expired");
  });

  it("changing the address clears the confirmation: appeals stop until the new one is confirmed", async () => {
    await send(w.district.id);
    await requestAppealsEmailCode(admin(), "new.appeals@district.kz", { ip: null, now: NOW });
    const s = await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: w.district.id } });
    expect(s).toMatchObject({ appealsEmail: "new.appeals@district.kz", appealsEmailConfirmedAt: null });
    const set = await db.auditLog.findFirstOrThrow({ where: { action: "feedback.appeals_email_set" } });
    expect(set.before).toMatchObject({ appealsEmail: "appeals@district.kz" });
    expect(set.after).toMatchObject({
      appealsEmail: "new.appeals@district.kz",
      appealsEmailConfirmedAt: null,
    });
    expect(await refusal(send(w.district.id, { email: "second@example.kz" }))).toBe("feedback.appeal.closed");
    // Confirmed with its code; asking a code for the confirmed address again is refused.
    const code = codeIn((await outbox()).find((m) => m.destination === "new.appeals@district.kz")!.body);
    await confirmAppealsEmail(admin(), code, later(1000));
    expect(
      await refusal(
        requestAppealsEmailCode(admin(), "new.appeals@district.kz", {
          ip: null,
          now: later(90_000),
        }),
      ),
    ).toBe("feedback.email.alreadyConfirmed");
    await send(w.district.id, { email: "second@example.kz" });
    const mails = await outbox();
    expect(mails.at(-1)!.destination).toBe("new.appeals@district.kz");
  });

  it("only the organisation's administrators set and confirm it", async () => {
    for (const actor of [w.actors.otherAdmin, w.actors.districtEmployee, w.actors.kgDirector]) {
      const ctx = { actor, organizationId: w.district.id };
      await expect(requestAppealsEmailCode(ctx, "x@example.kz", { ip: null, now: NOW })).rejects.toEqual(
        new AppError("forbidden"),
      );
      await expect(confirmAppealsEmail(ctx, "123456", NOW)).rejects.toEqual(new AppError("forbidden"));
    }
    expect(await db.oneTimeCode.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    // A kindergarten's director administers the kindergarten's own feedback.
    await requestAppealsEmailCode({ actor: w.actors.kgDirector, organizationId: w.kg.id }, "kg@example.kz", {
      ip: null,
      now: NOW,
    });
    expect(await db.auditLog.count({ where: { organizationId: w.kg.id } })).toBe(1);
  });
});

describe("electronic appeals", () => {
  it("an appeal lands in the inbox as new and in the outbox for the confirmed address", async () => {
    const { id, mailed } = await send(w.district.id);
    expect(mailed).toBe(true);
    const appeal = await db.appeal.findUniqueOrThrow({ where: { id } });
    expect(appeal).toMatchObject({
      organizationId: w.district.id,
      status: "NEW",
      email: "citizen@example.kz",
      phone: "+7 701 555 43 21",
      createdAt: NOW,
    });
    const [mail] = await outbox();
    expect(mail!.destination).toBe("appeals@district.kz");
    expect(mail!.subject).toContain("Кезек туралы");
    expect(mail!.body).toContain("Балам кезекте тұр");
    expect(mail!.body).toContain("citizen@example.kz");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "appeal.create" } });
    expect(audit).toMatchObject({
      entityId: id,
      organizationId: w.district.id,
      ip: "203.0.113.7",
      actorPersonId: null,
    });
    // The audit names no personal data.
    expect(JSON.stringify(audit.after)).not.toContain("citizen");
    expect((await listAppeals(w.district.id, "NEW")).map((a) => a.id)).toEqual([id]);
    expect(await appealCounts(w.district.id)).toEqual({ NEW: 1, IN_PROGRESS: 0, ANSWERED: 0 });
  });

  it("a signed-in parent's appeal records who sent it", async () => {
    const { id } = await sendAppeal({
      actor: w.actors.parent,
      organizationId: w.district.id,
      input: input(),
      ip: null,
      now: NOW,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit.actorPersonId).toBe(w.actors.parent.personId);
  });

  it("is limited per e-mail (5 an hour) and per client address (10 an hour); a refusal writes nothing", async () => {
    for (let i = 0; i < 5; i++) await send(w.district.id, { ip: `203.0.113.${i}` });
    expect(await refusal(send(w.district.id, { ip: "203.0.113.99" }))).toBe("feedback.tooMany");
    expect(await db.appeal.count()).toBe(5);
    // An hour later the e-mail may write again.
    await send(w.district.id, { ip: "203.0.113.99", now: later(3600_001) });
    // From one address: ten an hour, whatever e-mails it gives.
    for (let i = 0; i < 10; i++) await send(w.district.id, { email: `bot${i}@example.kz`, ip: "192.0.2.1" });
    expect(await refusal(send(w.district.id, { email: "bot99@example.kz", ip: "192.0.2.1" }))).toBe(
      "feedback.tooMany",
    );
    expect(await db.appeal.count()).toBe(16);
    expect(await db.auditLog.count({ where: { action: "appeal.create" } })).toBe(16);
    expect(await db.outboxMessage.count()).toBe(16);
  });

  it("is not accepted while the organisation hides its feedback", async () => {
    await db.organizationSettings.update({
      where: { organizationId: w.district.id },
      data: { featureFeedback: false },
    });
    await expect(send(w.district.id)).rejects.toEqual(new AppError("not_found"));
    // With the site off only its members see the feedback: the public can't write.
    await db.organizationSettings.update({
      where: { organizationId: w.district.id },
      data: { featureFeedback: true, featureSite: false },
    });
    await expect(send(w.district.id)).rejects.toEqual(new AppError("not_found"));
    expect(await db.appeal.count()).toBe(0);
    // Switched back on, everything is as it was (appeals e-mail still confirmed).
    await db.organizationSettings.update({
      where: { organizationId: w.district.id },
      data: { featureSite: true },
    });
    await send(w.district.id);
    expect(await db.appeal.count()).toBe(1);
  });

  it("bad input is refused per field", () => {
    const r = appealSchema.safeParse({
      slug: "x",
      authorName: "",
      email: "not-an-email",
      subject: "a",
      body: "short",
      phone: "12",
    });
    expect(r.success).toBe(false);
    const fields = fieldErrorsOf(r.error!);
    expect(fields).toMatchObject({
      authorName: "validation.required",
      email: "validation.feedback.email",
      subject: "validation.feedback.subject",
      body: "validation.feedback.body",
      phone: "validation.feedback.phone",
    });
  });
});

describe("the appeals inbox", () => {
  it("takes an appeal into work and answers it: the answer is e-mailed to the citizen; audited", async () => {
    const { id } = await send(w.district.id);
    await takeAppeal(admin(), id);
    expect((await db.appeal.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
    expect(await refusal(takeAppeal(admin(), id))).toBe("feedback.inbox.notNew");

    const { mailed } = await answerAppeal(admin(), id, "Сіздің балаңыздың кезегі 12-орында.", later(1000));
    expect(mailed).toBe(true);
    const answered = await getAppeal(w.district.id, id);
    expect(answered).toMatchObject({
      status: "ANSWERED",
      answer: "Сіздің балаңыздың кезегі 12-орында.",
      answeredAt: later(1000),
      answeredById: w.actors.districtAdmin.personId,
    });
    expect(answered!.answeredBy?.lastName).toBe(w.districtAdminPerson.lastName);
    const reply = (await outbox()).at(-1)!;
    expect(reply.destination).toBe("citizen@example.kz");
    expect(reply.subject).toContain("Кезек туралы");
    expect(reply.body).toContain("Сіздің балаңыздың кезегі 12-орында.");

    expect(await refusal(answerAppeal(admin(), id, "Тағы бір жауап", later(2000)))).toBe(
      "feedback.inbox.alreadyAnswered",
    );
    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(
      audits.map((a) => [a.action, a.before, a.after && (a.after as { status: string }).status]),
    ).toEqual([
      ["appeal.create", null, "NEW"],
      ["appeal.take", { status: "NEW" }, "IN_PROGRESS"],
      ["appeal.answer", { status: "IN_PROGRESS" }, "ANSWERED"],
    ]);
    expect(await appealCounts(w.district.id)).toEqual({ NEW: 0, IN_PROGRESS: 0, ANSWERED: 1 });
    expect(await listAppeals(w.district.id, "NEW")).toEqual([]);
  });

  it("a new appeal can be answered straight away", async () => {
    const { id } = await send(w.district.id);
    await answerAppeal(admin(), id, "Жауап: орын берілді.", NOW);
    expect((await db.appeal.findUniqueOrThrow({ where: { id } })).status).toBe("ANSWERED");
  });

  it("another organisation's administrator can't see, take or answer it; nothing changes", async () => {
    const { id } = await send(w.district.id);
    const before = await db.appeal.findUniqueOrThrow({ where: { id } });
    // The policy: not an administrator of that organisation (nor its employee without the right).
    for (const a of [w.actors.otherAdmin, w.actors.districtEmployee, w.actors.kgDirector, w.actors.parent])
      expect(can(a, "org.feedback.manage", { organizationId: w.district.id })).toBe(false);
    expect(can(w.actors.districtAdmin, "org.feedback.manage", { organizationId: w.district.id })).toBe(true);
    // Through the actions: the appeal of another organisation is "not found".
    const actions = new Map(registeredActions().map((a) => [a.name, a]));
    expect(
      await actions.get("appeal.answer")!.check(w.actors.otherAdmin, { appealId: id, answer: "Жауап" }),
    ).toBe("not_found");
    expect(await actions.get("appeal.take")!.check(w.actors.otherAdmin, { appealId: id })).toBe("not_found");
    expect(await actions.get("appeal.take")!.check(w.actors.districtAdmin, { appealId: id })).toBe("allowed");
    // The operations refuse, also when the other administrator names their own organisation.
    const other = { actor: w.actors.otherAdmin, organizationId: w.district.id };
    await expect(takeAppeal(other, id)).rejects.toEqual(new AppError("forbidden"));
    await expect(answerAppeal(other, id, "Жауап", NOW)).rejects.toEqual(new AppError("forbidden"));
    const own = { actor: w.actors.otherAdmin, organizationId: w.otherDistrict.id };
    await expect(takeAppeal(own, id)).rejects.toEqual(new AppError("not_found"));
    await expect(answerAppeal(own, id, "Жауап", NOW)).rejects.toEqual(new AppError("not_found"));
    // Their inbox does not hold it.
    expect(await getAppeal(w.otherDistrict.id, id)).toBeNull();
    expect(await listAppeals(w.otherDistrict.id)).toEqual([]);
    expect(await db.appeal.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { action: { in: ["appeal.take", "appeal.answer"] } } })).toBe(0);
  });
});
