import "server-only";
import { prisma } from "@/lib/db/prisma";
import { DAILY_AFTER_MIDNIGHT, type Job, type JobLog } from "./types";

// How long an idempotency key's receipt is kept (lib/action/idempotency.ts): far longer than a phone keeps
// a mark waiting for a connection (the day view sends its queue as soon as it is online), so a resend
// always finds its first answer; after that the rows are only weight.
export const RECEIPT_KEEP_DAYS = 90;
const DAY_MS = 86_400_000;
const BATCH = 5_000;

// Deletes the receipts applied more than RECEIPT_KEEP_DAYS before `at`, in batches (a short statement
// each, so the marks of the morning never wait on it). Running it again deletes nothing more.
export async function pruneActionReceipts(at: Date, log: JobLog = () => {}) {
  const before = new Date(at.getTime() - RECEIPT_KEEP_DAYS * DAY_MS);
  let deleted = 0;
  for (;;) {
    const n = await prisma.$executeRaw`
      DELETE FROM "ActionReceipt" WHERE "key" IN (
        SELECT "key" FROM "ActionReceipt" WHERE "appliedAt" < ${before} LIMIT ${BATCH})`;
    deleted += n;
    if (n < BATCH) break;
  }
  if (deleted > 0)
    log(`prune-receipts: ${deleted} receipt(s) applied before ${before.toISOString()} deleted`);
  return { deleted };
}

// The scheduled job (daily 00:05 Asia/Almaty) and `npm run job -- prune-receipts --at …`.
export const pruneReceiptsJob: Job = {
  name: "prune-receipts",
  description: `Deletes the idempotency receipts of requests applied more than ${RECEIPT_KEEP_DAYS} days ago`,
  schedule: DAILY_AFTER_MIDNIGHT,
  run: ({ at, log }) => pruneActionReceipts(at, log),
};
