import "server-only";
import { prisma } from "@/lib/db/prisma";
import { auditMany } from "@/lib/audit/audit";
import { disputedMonthState } from "@/lib/timesheet/dispute-rules";
import type { YearMonth } from "@/lib/timesheet/window";
import { BATCH, NOT_CONFIRMED_ACTION } from "./timesheet-rows";

// Sets the kindergarten's DISPUTED timesheets of months up to `closed` to NOT_CONFIRMED once the
// dispute rule says the month is missed (decided or answered, and the grace period over without a
// confirmation: lib/timesheet/dispute-rules.ts); a month whose dispute is still undecided, or whose
// grace period lasts, is left alone. In batches by id, each row changed only while it is still
// DISPUTED (a confirmation that landed meanwhile wins), one audit record each. Idempotent.
export async function expireDecidedDisputes(
  organizationId: string,
  timeZone: string,
  closed: YearMonth,
  at: Date,
): Promise<number> {
  let cursor: string | undefined;
  let changed = 0;
  for (;;) {
    const rows = await prisma.timesheet.findMany({
      where: {
        organizationId,
        status: "DISPUTED",
        ...(cursor ? { id: { gt: cursor } } : {}),
        OR: [{ year: { lt: closed.year } }, { year: closed.year, month: { lte: closed.month } }],
        disputes: { some: { status: { notIn: ["OPEN", "ESCALATED"] } } },
      },
      select: {
        id: true,
        year: true,
        month: true,
        graceUntil: true,
        disputes: {
          select: { id: true, status: true, answeredAt: true, decidedAt: true },
          orderBy: { createdAt: "desc" },
          take: 1,
        },
      },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return changed;
    cursor = rows[rows.length - 1]!.id;
    const missed = rows.filter((r) => {
      const d = r.disputes[0];
      return (
        !!d &&
        disputedMonthState(d, { confirmed: false, graceUntil: r.graceUntil }, r, timeZone, at) === "missed"
      );
    });
    if (missed.length === 0) continue;
    changed += await prisma.$transaction(async (tx) => {
      const read = new Map(missed.map((r) => [r.id, r]));
      const updated = await tx.timesheet.updateManyAndReturn({
        where: { id: { in: [...read.keys()] }, status: "DISPUTED" },
        data: { status: "NOT_CONFIRMED" },
        select: { id: true },
      });
      await auditMany(
        tx,
        updated.map(({ id }) => {
          const r = read.get(id)!;
          const d = r.disputes[0]!;
          return {
            actorPersonId: null,
            action: NOT_CONFIRMED_ACTION,
            entityType: "Timesheet",
            entityId: r.id,
            organizationId,
            before: {
              status: "DISPUTED",
              graceUntil: r.graceUntil,
              disputeId: d.id,
              disputeStatus: d.status,
            },
            after: {
              status: "NOT_CONFIRMED",
              year: r.year,
              month: r.month,
              reason: "dispute_grace_over",
              at,
            },
          };
        }),
      );
      return updated.length;
    });
  }
}
