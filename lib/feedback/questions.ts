import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log";
import { mailProvider } from "@/lib/mail/provider";
import { questionAnswerMail } from "./mail-texts";
import { canPublish } from "./rules";

// Citizens' questions: the public list (answered and published only), the administration's list, answering
// (with publishing, and the answer e-mailed to whoever asked when they left an address) and publishing or
// withdrawing an answered question. Scoped by the organisation the policy admitted.

type Ctx = { actor: Actor; organizationId: string };

// The public questions and answers: answered and published, newest first.
export async function publicQuestions(organizationId: string, take = 100) {
  return prisma.qaItem.findMany({
    where: { organizationId, published: true, answer: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, question: true, answer: true, authorName: true, createdAt: true, answeredAt: true },
  });
}

// Every question of the organisation for its administrators: unanswered first, then newest first.
export async function adminQuestions(organizationId: string, take = 200) {
  const rows = await prisma.qaItem.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return [...rows.filter((q) => !q.answer), ...rows.filter((q) => !!q.answer)];
}

// Answers a question (or corrects the answer) and publishes it or keeps it private; the first answer is
// e-mailed to the citizen when they left an address.
export async function answerQuestion(
  ctx: Ctx,
  questionId: string,
  input: { answer: string; publish: boolean },
  now: Date,
): Promise<{ mailed: boolean | null }> {
  const { actor, organizationId } = ctx;
  authorize(actor, "org.feedback.manage", { organizationId });
  const { before, org } = await prisma.$transaction(async (tx) => {
    const before = await tx.qaItem.findFirst({ where: { id: questionId, organizationId } });
    if (!before) throw new AppError("not_found");
    await tx.qaItem.update({
      where: { id: questionId },
      data: { answer: input.answer, answeredAt: now, answeredById: actor.personId, published: input.publish },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "qa.answer",
      entityType: "QaItem",
      entityId: questionId,
      organizationId,
      before: { answered: !!before.answer, published: before.published },
      after: { answered: true, published: input.publish },
    });
    const org = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { shortNameKk: true, shortNameRu: true, timeZone: true },
    });
    return { before, org };
  });
  if (before.answer || !before.email) return { mailed: null };
  try {
    await mailProvider().send(
      questionAnswerMail(org, { ...before, email: before.email }, input.answer, input.publish),
    );
    return { mailed: true };
  } catch (error) {
    log.error("feedback.question_mail_failed", { organizationId, questionId, error });
    return { mailed: false };
  }
}

// Publishes an answered question or withdraws it from the public list (refused without an answer).
export async function setQuestionPublished(ctx: Ctx, questionId: string, published: boolean): Promise<void> {
  const { actor, organizationId } = ctx;
  authorize(actor, "org.feedback.manage", { organizationId });
  await prisma.$transaction(async (tx) => {
    const before = await tx.qaItem.findFirst({ where: { id: questionId, organizationId } });
    if (!before) throw new AppError("not_found");
    if (published && !canPublish(before)) throw new Refusal("feedback.questions.needsAnswer");
    if (before.published === published) return;
    await tx.qaItem.update({ where: { id: questionId }, data: { published } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: published ? "qa.publish" : "qa.unpublish",
      entityType: "QaItem",
      entityId: questionId,
      organizationId,
      before: { published: before.published },
      after: { published },
    });
  });
}
