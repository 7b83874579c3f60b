import "server-only";
import { prisma } from "@/lib/db/prisma";
import { annulVouchers, type Annulment } from "@/lib/voucher/annul";
import { evaluateVouchers } from "@/lib/voucher/evaluate";
import { notifyPendingAnnulments } from "@/lib/voucher/notify";
import { dottedMonth } from "@/lib/voucher/texts";
import { WorkingDaysCache } from "@/lib/voucher/working-days";
import { closeConfirmationWindows } from "./close-window";
import { BATCH, chunks } from "./timesheet-rows";
import { DAILY_AFTER_MIDNIGHT, type Job, type JobLog } from "./types";

// Applies the voucher rule at `at`: first closes the windows that are over (so the months it reads
// are final), then judges every ACTIVE voucher in batches and annuls those whose child missed two
// consecutive months — a batch in one transaction with an audit record each; finally sends the SMS still
// owed for annulments (also those a crash left unsent). Idempotent. Two batches are judged at a time, so
// one's reads overlap the other's work (the region's 16,000 vouchers: 5 s one at a time).
export async function runVoucherAnnulment(at: Date, log: JobLog = () => {}) {
  const windows = await closeConfirmationWindows(at, log);
  const cache = new WorkingDaysCache();
  const vouchers = await prisma.voucher.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, number: true, childId: true, organizationId: true, status: true, issuedOn: true },
    orderBy: { id: "asc" },
  });
  const batches = chunks(vouchers, BATCH);
  let annulled = 0,
    atRisk = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < batches.length; i = next++) {
      const batch = batches[i]!;
      const verdicts = await evaluateVouchers(batch, at, cache);
      const due: Annulment[] = [];
      for (const v of batch) {
        const verdict = verdicts.get(v.id)!;
        if (verdict.decision === "at_risk") atRisk++;
        if (verdict.decision === "annul") due.push({ voucherId: v.id, months: verdict.months });
      }
      const done = new Set(await annulVouchers(due, at));
      annulled += done.size;
      for (const v of batch)
        if (done.has(v.id))
          log(
            `voucher-annulment: ${v.number} annulled (${verdicts.get(v.id)!.months.map(dottedMonth).join(", ")} not confirmed)`,
          );
    }
  };
  await Promise.all([worker(), worker()]);
  const sms = await notifyPendingAnnulments(at);
  return { ...windows, checked: vouchers.length, annulled, atRisk, sms };
}

// The scheduled job (daily 00:05 Asia/Almaty) and `npm run job -- voucher-annulment --at …`.
export const voucherAnnulmentJob: Job = {
  name: "voucher-annulment",
  description:
    "Annuls vouchers after two consecutive months not confirmed (a disputed month does not count until its dispute is decided) and notifies the parents",
  schedule: DAILY_AFTER_MIDNIGHT,
  run: ({ at, log }) => runVoucherAnnulment(at, log),
};
