import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import type { AppealStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/log";
import { mailProvider } from "@/lib/mail/provider";
import { appealAnswerMail } from "./mail-texts";
import { canAnswer, canTake } from "./rules";

// The appeals inbox of an organisation's administration: the list by status, one appeal, taking it into
// work and answering it (the answer is e-mailed to the citizen after the change commits). Every query is
// scoped by the organisation the policy admitted; another organisation's appeal is "not found".

type Ctx = { actor: Actor; organizationId: string };

// The organisation's appeals, newest first, optionally of one status (at most `take`).
export async function listAppeals(organizationId: string, status?: AppealStatus, take = 200) {
  return prisma.appeal.findMany({
    where: { organizationId, ...(status ? { status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, authorName: true, subject: true, status: true, createdAt: true, answeredAt: true },
  });
}

// How many appeals of each status the organisation has.
export async function appealCounts(organizationId: string): Promise<Record<AppealStatus, number>> {
  const rows = await prisma.appeal.groupBy({ by: ["status"], where: { organizationId }, _count: true });
  const out: Record<AppealStatus, number> = { NEW: 0, IN_PROGRESS: 0, ANSWERED: 0 };
  for (const r of rows) out[r.status] = r._count;
  return out;
}

// One appeal of the organisation with who answered it, or null.
export async function getAppeal(organizationId: string, appealId: string) {
  const appeal = await prisma.appeal.findFirst({ where: { id: appealId, organizationId } });
  if (!appeal) return null;
  const answeredBy = appeal.answeredById
    ? await prisma.person.findUnique({
        where: { id: appeal.answeredById },
        select: { lastName: true, firstName: true, middleName: true },
      })
    : null;
  return { ...appeal, answeredBy };
}

// Takes a new appeal into work (NEW → IN_PROGRESS); refused for one already in work or answered.
export async function takeAppeal(ctx: Ctx, appealId: string): Promise<void> {
  const { actor, organizationId } = ctx;
  authorize(actor, "org.feedback.manage", { organizationId });
  await prisma.$transaction(async (tx) => {
    const appeal = await tx.appeal.findFirst({
      where: { id: appealId, organizationId },
      select: { status: true },
    });
    if (!appeal) throw new AppError("not_found");
    if (!canTake(appeal.status)) throw new Refusal("feedback.inbox.notNew");
    // Conditional on the status read: of two administrators taking it at once, one wins.
    const { count } = await tx.appeal.updateMany({
      where: { id: appealId, organizationId, status: "NEW" },
      data: { status: "IN_PROGRESS" },
    });
    if (count !== 1) throw new Refusal("feedback.inbox.notNew");
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "appeal.take",
      entityType: "Appeal",
      entityId: appealId,
      organizationId,
      before: { status: appeal.status },
      after: { status: "IN_PROGRESS" },
    });
  });
}

// Answers an appeal (new or in work): stores the answer, who and when, status ANSWERED; then e-mails the
// answer to the citizen. Refused when it is already answered. Returns whether the e-mail went out.
export async function answerAppeal(
  ctx: Ctx,
  appealId: string,
  answer: string,
  now: Date,
): Promise<{ mailed: boolean }> {
  const { actor, organizationId } = ctx;
  authorize(actor, "org.feedback.manage", { organizationId });
  const { appeal, org } = await prisma.$transaction(async (tx) => {
    const before = await tx.appeal.findFirst({ where: { id: appealId, organizationId } });
    if (!before) throw new AppError("not_found");
    if (!canAnswer(before.status)) throw new Refusal("feedback.inbox.alreadyAnswered");
    const { count } = await tx.appeal.updateMany({
      where: { id: appealId, organizationId, status: before.status },
      data: { status: "ANSWERED", answer, answeredAt: now, answeredById: actor.personId },
    });
    if (count !== 1) throw new Refusal("feedback.inbox.alreadyAnswered");
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "appeal.answer",
      entityType: "Appeal",
      entityId: appealId,
      organizationId,
      before: { status: before.status },
      after: { status: "ANSWERED", answeredAt: now },
    });
    const org = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { shortNameKk: true, shortNameRu: true, timeZone: true },
    });
    return { appeal: before, org };
  });
  try {
    await mailProvider().send(appealAnswerMail(org, appeal, answer));
    return { mailed: true };
  } catch (error) {
    log.error("feedback.answer_mail_failed", { organizationId, appealId, error });
    return { mailed: false };
  }
}
