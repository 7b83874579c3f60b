import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import { addHistory, lockApplication } from "@/lib/queue/applications/history";
import { loadQueueCalendar } from "@/lib/queue/places/queue-calendar";
import {
  answerProblem,
  contractDeadline,
  extendedContractDeadline,
  extendProblem,
  restoreProblem,
  type LifeRefusal,
} from "./life-rules";

const refuse = (r: LifeRefusal): never => {
  throw new Refusal(`vouchers.life.refusal.${r}`);
};

// The voucher with its application, both rows locked (application first: the queue's lock order), or
// not found when it is not one of the parent's children's vouchers from the queue.
async function lockOwnVoucher(tx: Tx, actor: Actor, voucherId: string) {
  const seen = await tx.voucher.findFirst({
    where: { id: voucherId, childId: { in: actor.representedChildIds }, applicationId: { not: null } },
    select: { applicationId: true },
  });
  if (!seen?.applicationId) throw new AppError("not_found");
  await lockApplication(tx, seen.applicationId);
  await tx.$queryRaw`SELECT id FROM "Voucher" WHERE id = ${voucherId} FOR UPDATE`;
  const voucher = await tx.voucher.findUniqueOrThrow({ where: { id: voucherId } });
  const application = await tx.queueApplication.findUniqueOrThrow({ where: { id: seen.applicationId } });
  return { voucher, application };
}

// The parent accepts an ISSUED voucher before acceptBy: ACCEPTED, contractBy = the end of the 5th
// working day after today; history and audit.
export async function acceptVoucher(actor: Actor, voucherId: string, now: Date) {
  const calendar = await loadQueueCalendar(prisma);
  return prisma.$transaction(async (tx) => {
    const { voucher: before, application } = await lockOwnVoucher(tx, actor, voucherId);
    const problem = answerProblem(before, now);
    if (problem) refuse(problem);
    const contractBy = contractDeadline(now, calendar.isWorkingDay);
    const after = await tx.voucher.update({
      where: { id: voucherId },
      data: { status: "ACCEPTED", acceptedAt: now, contractBy },
    });
    await addHistory(
      tx,
      application.id,
      "voucher_accepted",
      { voucher: before.number, until: contractBy.toISOString() },
      now,
    );
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "voucher.accept",
      entityType: "Voucher",
      entityId: voucherId,
      before,
      after,
    });
    return after;
  });
}

// The parent refuses an ISSUED voucher before acceptBy: REFUSED, the application REMOVED from the
// queue (SPEC §5); history and audit of both.
export async function refuseVoucher(actor: Actor, voucherId: string, now: Date) {
  return prisma.$transaction(async (tx) => {
    const { voucher: before, application } = await lockOwnVoucher(tx, actor, voucherId);
    const problem = answerProblem(before, now);
    if (problem) refuse(problem);
    const after = await tx.voucher.update({
      where: { id: voucherId },
      data: { status: "REFUSED", refusedAt: now },
    });
    const appAfter = await tx.queueApplication.update({
      where: { id: application.id },
      data: { status: "REMOVED" },
    });
    await addHistory(tx, application.id, "voucher_declined", { voucher: before.number }, now);
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "voucher.refuse",
      entityType: "Voucher",
      entityId: voucherId,
      before,
      after,
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "queue.remove",
      entityType: "QueueApplication",
      entityId: application.id,
      before: application,
      after: appAfter,
    });
    return after;
  });
}

// The parent extends the contract deadline once, by 1..30 calendar days, before it passes.
export async function extendContract(actor: Actor, voucherId: string, days: number, now: Date) {
  return prisma.$transaction(async (tx) => {
    const { voucher: before, application } = await lockOwnVoucher(tx, actor, voucherId);
    const problem = extendProblem(before, days, now);
    if (problem) refuse(problem);
    const contractBy = extendedContractDeadline(before.contractBy!, days);
    const after = await tx.voucher.update({
      where: { id: voucherId },
      data: { contractBy, contractExtendedAt: now },
    });
    await addHistory(
      tx,
      application.id,
      "voucher_extended",
      { voucher: before.number, days, until: contractBy.toISOString() },
      now,
    );
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "voucher.extend",
      entityType: "Voucher",
      entityId: voucherId,
      before,
      after,
    });
    return after;
  });
}

// The parent restores their INACTIVE application once, within 28 calendar days: back to WAITING with
// its original submittedAt (its place in the queue).
export async function restoreApplication(actor: Actor, applicationId: string, now: Date) {
  return prisma.$transaction(async (tx) => {
    const seen = await tx.queueApplication.findFirst({
      where: { id: applicationId, childId: { in: actor.representedChildIds } },
      select: { id: true },
    });
    if (!seen) throw new AppError("not_found");
    await lockApplication(tx, applicationId);
    const before = await tx.queueApplication.findUniqueOrThrow({ where: { id: applicationId } });
    const problem = restoreProblem(before, now);
    if (problem) refuse(problem);
    const after = await tx.queueApplication.update({
      where: { id: applicationId },
      data: { status: "WAITING", restoredAt: now },
    });
    await addHistory(tx, applicationId, "restored", {}, now);
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "queue.restore",
      entityType: "QueueApplication",
      entityId: applicationId,
      before,
      after,
    });
    return after;
  });
}
