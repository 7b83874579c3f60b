import "server-only";
import { prisma } from "@/lib/db/prisma";
import { auditMany, type AuditEntry } from "@/lib/audit/audit";
import type { YearMonth } from "@/lib/timesheet/window";
import { BATCH, NOT_CONFIRMED_ACTION } from "./timesheet-rows";

// Sets the kindergarten's OPEN and CORRECTED timesheets of months up to `closed` (windows over) to
// NOT_CONFIRMED once their grace period, if any, is over — in batches by id, each row changed only if
// its status is still what was read (a confirmation that landed meanwhile wins), one audit record each
// (a batch is one transaction of three statements).
export async function expireOpenTimesheets(
  organizationId: string,
  closed: YearMonth,
  at: Date,
): Promise<number> {
  let cursor: string | undefined;
  let changed = 0;
  for (;;) {
    const rows = await prisma.timesheet.findMany({
      where: {
        organizationId,
        status: { in: ["OPEN", "CORRECTED"] },
        ...(cursor ? { id: { gt: cursor } } : {}),
        AND: [
          { OR: [{ year: { lt: closed.year } }, { year: closed.year, month: { lte: closed.month } }] },
          { OR: [{ graceUntil: null }, { graceUntil: { lte: at } }] },
        ],
      },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return changed;
    cursor = rows[rows.length - 1]!.id;
    // One conditional UPDATE … RETURNING per status read and one INSERT of the audit rows.
    changed += await prisma.$transaction(async (tx) => {
      const entries: AuditEntry[] = [];
      for (const status of ["OPEN", "CORRECTED"] as const) {
        const read = new Map(rows.filter((r) => r.status === status).map((r) => [r.id, r]));
        if (read.size === 0) continue;
        const updated = await tx.timesheet.updateManyAndReturn({
          where: { id: { in: [...read.keys()] }, status },
          data: { status: "NOT_CONFIRMED" },
          select: { id: true },
        });
        for (const { id } of updated) {
          const r = read.get(id)!;
          entries.push({
            actorPersonId: null,
            action: NOT_CONFIRMED_ACTION,
            entityType: "Timesheet",
            entityId: r.id,
            organizationId,
            before: { status: r.status, graceUntil: r.graceUntil },
            after: { status: "NOT_CONFIRMED", year: r.year, month: r.month, reason: "window_closed", at },
          });
        }
      }
      await auditMany(tx, entries);
      return entries.length;
    });
  }
}
