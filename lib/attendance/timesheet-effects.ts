import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { GRACE_DAYS } from "@/lib/timesheet/dispute";

// A correction of a month the parent confirmed: the confirmation is superseded (kept, with its
// snapshot and hash, as evidence) and the timesheet shows "corrected after confirmation" until
// the parent confirms again — within the window, or for GRACE_DAYS after the correction when the
// window has closed (a correction must not cost the parent the voucher).
export async function reopenConfirmedMonth(tx: Tx, timesheetId: string, now: Date) {
  await tx.timesheetConfirmation.updateMany({
    where: { timesheetId, supersededAt: null },
    data: { supersededAt: now },
  });
  const graceUntil = new Date(now.getTime() + GRACE_DAYS * 24 * 3600_000);
  await tx.timesheet.updateMany({
    where: { id: timesheetId, status: "CONFIRMED" },
    data: { status: "CORRECTED", graceUntil },
  });
}
