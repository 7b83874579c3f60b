import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { YearMonth } from "@/lib/timesheet/window";
import { annulReasonText, dottedMonth } from "./texts";

export const ANNUL_ACTION = "voucher.annul";

// Annuls one ACTIVE voucher for the two months the rule named, in its own transaction, with an
// audit record that also lists whom to notify (the legal representatives), so the SMS can be sent —
// or retried after a crash — from that record. Returns false when the voucher was no longer ACTIVE.
export async function annulVoucher(voucherId: string, months: YearMonth[], at: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.voucher.findUnique({ where: { id: voucherId } });
    if (!before || before.status !== "ACTIVE") return false;
    const annulReason = annulReasonText(months);
    const { count } = await tx.voucher.updateMany({
      where: { id: voucherId, status: "ACTIVE" },
      data: { status: "ANNULLED", annulledAt: at, annulReason },
    });
    if (count !== 1) return false;
    const reps = await tx.legalRepresentative.findMany({
      where: { childId: before.childId, status: "VERIFIED" },
      select: { representativeId: true },
      orderBy: { createdAt: "asc" },
    });
    await audit(tx, {
      actorPersonId: null,
      action: ANNUL_ACTION,
      entityType: "Voucher",
      entityId: voucherId,
      organizationId: before.organizationId,
      before: { status: before.status, annulledAt: before.annulledAt, annulReason: before.annulReason },
      after: {
        status: "ANNULLED",
        annulledAt: at,
        annulReason,
        months: months.map(dottedMonth),
        notify: reps.map((r) => r.representativeId),
      },
    });
    return true;
  });
}
