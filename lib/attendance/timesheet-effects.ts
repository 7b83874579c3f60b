import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { GRACE_DAYS } from "@/lib/timesheet/dispute";

// A correction of a month the parent confirmed: the confirmation is superseded (kept, with its
// snapshot and hash, as evidence) and the timesheet shows "corrected after confirmation" until
// the parent confirms again — within the window, or for GRACE_DAYS after the correction when the
// window has closed (a correction must not cost the parent the voucher).
// Audited as "timesheet.reopen" when it changed anything (a second correction finds it reopened already).
export async function reopenConfirmedMonth(
  tx: Tx,
  o: { timesheetId: string; organizationId: string; actorPersonId: string; now: Date },
) {
  const { timesheetId, now } = o;
  const superseded = await tx.timesheetConfirmation.updateManyAndReturn({
    where: { timesheetId, supersededAt: null },
    data: { supersededAt: now },
    select: { id: true },
  });
  const graceUntil = new Date(now.getTime() + GRACE_DAYS * 24 * 3600_000);
  const reopened = await tx.timesheet.updateMany({
    where: { id: timesheetId, status: "CONFIRMED" },
    data: { status: "CORRECTED", graceUntil },
  });
  if (superseded.length || reopened.count)
    await audit(tx, {
      actorPersonId: o.actorPersonId,
      action: "timesheet.reopen",
      entityType: "Timesheet",
      entityId: timesheetId,
      organizationId: o.organizationId,
      before: reopened.count ? { status: "CONFIRMED" } : undefined,
      after: {
        ...(reopened.count ? { status: "CORRECTED", graceUntil } : {}),
        supersededConfirmations: superseded.map((c) => c.id),
      },
    });
}
