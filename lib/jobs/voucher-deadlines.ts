import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { addHistory, lockApplication } from "@/lib/queue/applications/history";
import {
  inactiveLapsed,
  reminderDue,
  reminderKey,
  restorableUntil,
  runningDeadline,
} from "@/lib/voucher/life-rules";
import { sendLifeSms } from "@/lib/voucher/life-sms";
import type { Job, JobLog } from "./types";

/** How far back the job looks for expiries whose SMS is still owed. */
const SMS_LOOKBACK_DAYS = 35;
const DAY_MS = 86_400_000;

// Expires one voucher whose running deadline (acceptBy for ISSUED, contractBy for ACCEPTED) passed:
// EXPIRED at that deadline, its application INACTIVE since then (restorable for 28 days) when it was
// waiting; history and audit. Rechecked under the locks, so a parent's last-second answer and the job
// never both win. True when it expired now.
async function expireVoucher(voucherId: string, applicationId: string, at: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    await lockApplication(tx, applicationId);
    await tx.$queryRaw`SELECT id FROM "Voucher" WHERE id = ${voucherId} FOR UPDATE`;
    const before = await tx.voucher.findUniqueOrThrow({ where: { id: voucherId } });
    const deadline = runningDeadline(before);
    if (!deadline || at.getTime() <= deadline.at.getTime()) return false;
    const after = await tx.voucher.update({
      where: { id: voucherId },
      data: { status: "EXPIRED", expiredAt: deadline.at },
    });
    await addHistory(
      tx,
      applicationId,
      "voucher_expired",
      { voucher: before.number, stage: deadline.kind },
      deadline.at,
    );
    await audit(tx, {
      actorPersonId: null,
      action: "voucher.expire",
      entityType: "Voucher",
      entityId: voucherId,
      before,
      after,
    });
    const app = await tx.queueApplication.findUniqueOrThrow({ where: { id: applicationId } });
    if (app.status === "WAITING") {
      const appAfter = await tx.queueApplication.update({
        where: { id: applicationId },
        data: { status: "INACTIVE", inactiveSince: deadline.at },
      });
      await addHistory(
        tx,
        applicationId,
        deadline.kind === "accept" ? "inactive" : "inactive_no_contract",
        {
          reason: `voucher_not_${deadline.kind}ed`,
          restorableUntil: restorableUntil(deadline.at).toISOString(),
        },
        deadline.at,
      );
      await audit(tx, {
        actorPersonId: null,
        action: "queue.inactive",
        entityType: "QueueApplication",
        entityId: applicationId,
        before: app,
        after: appAfter,
      });
    }
    return true;
  });
}

// Removes an inactive application whose 28 days to restore it are over (history, audit).
async function removeLapsed(applicationId: string, at: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    await lockApplication(tx, applicationId);
    const before = await tx.queueApplication.findUniqueOrThrow({ where: { id: applicationId } });
    if (!inactiveLapsed(before, at)) return false;
    const until = restorableUntil(before.inactiveSince!);
    const after = await tx.queueApplication.update({
      where: { id: applicationId },
      data: { status: "REMOVED" },
    });
    await addHistory(tx, applicationId, "removed_inactive", { until: until.toISOString() }, until);
    await audit(tx, {
      actorPersonId: null,
      action: "queue.remove",
      entityType: "QueueApplication",
      entityId: applicationId,
      before,
      after,
    });
    return true;
  });
}

// The voucher's deadlines at `at`: expires the vouchers past their deadline (application inactive),
// removes the inactive applications past their 28 days, sends a reminder once per deadline when less
// than 24 hours remain, and the expiry SMS still owed. Candidates come from indexed queries; each change
// in its own transaction, rechecked under its locks. Idempotent: a second run at the same `at` finds
// nothing to change and nothing to send.
export async function runVoucherDeadlines(at: Date, log: JobLog = () => {}) {
  const due = await prisma.voucher.findMany({
    where: {
      applicationId: { not: null },
      OR: [
        { status: "ISSUED", acceptBy: { lt: at } },
        { status: "ACCEPTED", contractBy: { lt: at } },
      ],
    },
    select: { id: true, number: true, applicationId: true },
    orderBy: { id: "asc" },
  });
  let expired = 0;
  for (const v of due) {
    if (await expireVoucher(v.id, v.applicationId!, at)) {
      expired++;
      log(`voucher-deadlines: ${v.number} expired, application inactive`);
    }
  }

  const lapsed = await prisma.queueApplication.findMany({
    where: { status: "INACTIVE", inactiveSince: { lt: new Date(at.getTime() - 28 * DAY_MS) } },
    select: { id: true, number: true },
    orderBy: { id: "asc" },
  });
  let removed = 0;
  for (const a of lapsed) {
    if (await removeLapsed(a.id, at)) {
      removed++;
      log(`voucher-deadlines: ${a.number} removed (not restored within 28 days)`);
    }
  }

  const soon = new Date(at.getTime() + DAY_MS);
  const running = await prisma.voucher.findMany({
    where: {
      applicationId: { not: null },
      OR: [
        { status: "ISSUED", acceptBy: { gte: at, lt: soon } },
        { status: "ACCEPTED", contractBy: { gte: at, lt: soon } },
      ],
    },
    select: {
      id: true,
      status: true,
      acceptBy: true,
      contractBy: true,
      contractExtendedAt: true,
      remindedFor: true,
    },
    orderBy: { id: "asc" },
  });
  let reminded = 0;
  for (const v of running) {
    if (!reminderDue(v, at)) continue;
    const deadline = runningDeadline(v)!;
    const key = reminderKey(deadline);
    reminded += await sendLifeSms(
      v.id,
      deadline.kind === "accept" ? "remind_accept" : "remind_contract",
      `remind:${key}`,
    );
    await prisma.voucher.updateMany({ where: { id: v.id, status: v.status }, data: { remindedFor: key } });
  }

  const recent = await prisma.voucher.findMany({
    where: {
      status: "EXPIRED",
      applicationId: { not: null },
      expiredAt: { gte: new Date(at.getTime() - SMS_LOOKBACK_DAYS * DAY_MS), lte: at },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let expirySms = 0;
  for (const v of recent) expirySms += await sendLifeSms(v.id, "expired", "expired");
  return { expired, removed, reminded, expirySms };
}

// Every 10 minutes (deadlines end at midnight Almaty; reminders start 24 hours before), and
// `npm run job -- voucher-deadlines --at …`.
export const voucherDeadlinesJob: Job = {
  name: "voucher-deadlines",
  description:
    "Voucher deadlines: expires vouchers not accepted or not contracted in time (the application goes inactive), removes inactive applications after 28 days, sends the reminders and expiry SMS",
  schedule: { cron: "*/10 * * * *", tz: "Asia/Almaty" },
  run: ({ at, log }) => runVoucherDeadlines(at, log),
};
