import "server-only";
import type { Tx } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localDate } from "@/lib/calendar/zone";

/** Events of an application's history (shown to the parent with their reasons, `queueHistory.<event>`). */
export const HISTORY_EVENTS = [
  "submitted",
  "priority_confirmed",
  "priority_rejected",
  "priority_lapsed",
  "referral_issued",
  "referral_accepted",
  "referral_refused",
  "voucher_refused",
  "referral_expired",
  "stop_listed",
  "enrolled",
  "withdrawn",
  "inactive",
  "representative_verified",
  "representative_refused",
  "voucher_issued",
  "voucher_accepted",
  "voucher_declined",
  "voucher_extended",
  "voucher_contracted",
  "voucher_expired",
  "inactive_no_contract",
  "restored",
  "removed_inactive",
] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

// Appends an entry to an application's history inside the change's transaction.
export async function addHistory(
  tx: Tx,
  applicationId: string,
  event: HistoryEvent,
  details: Record<string, unknown>,
  at: Date,
) {
  await tx.queueHistoryEntry.create({
    data: { applicationId, event, details: details as Prisma.InputJsonValue, at },
  });
}

// Locks an application's row until the transaction ends (every status change takes this lock first).
export async function lockApplication(tx: Tx, applicationId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "QueueApplication" WHERE id = ${applicationId} FOR UPDATE`;
  return rows.length > 0;
}

// The next application number of the (Asia/Almaty) year, Q-YYYY-NNNNNN, in order of submission. A
// transaction-scoped advisory lock serialises numbering, so two applications never get the same number.
export async function nextApplicationNumber(tx: Tx, at: Date): Promise<string> {
  const year = localDate(at).slice(0, 4);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('queue-application-number'))`;
  const [row] = await tx.$queryRaw<{ max: string | null }[]>`
    SELECT max(number) AS max FROM "QueueApplication" WHERE number LIKE ${`Q-${year}-%`}`;
  const last = row?.max ? Number(row.max.slice(7)) : 0;
  return `Q-${year}-${String(last + 1).padStart(6, "0")}`;
}
