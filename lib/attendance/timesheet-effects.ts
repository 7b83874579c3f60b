import "server-only";
import type { Tx } from "@/lib/db/prisma";

// A correction of a month the parent confirmed: the confirmation is superseded (kept, with its
// snapshot and hash, as evidence) and the timesheet shows "corrected after confirmation" until
// the parent confirms again (issue 4 defines the parent's side).
export async function reopenConfirmedMonth(tx: Tx, timesheetId: string, now: Date) {
  await tx.timesheetConfirmation.updateMany({ where: { timesheetId, supersededAt: null }, data: { supersededAt: now } });
  await tx.timesheet.updateMany({ where: { id: timesheetId, status: "CONFIRMED" }, data: { status: "CORRECTED" } });
}
