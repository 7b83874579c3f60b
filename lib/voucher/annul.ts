import "server-only";
import { prisma } from "@/lib/db/prisma";
import { auditMany } from "@/lib/audit/audit";
import type { YearMonth } from "@/lib/timesheet/window";
import { annulReasonText, dottedMonth } from "./texts";

export const ANNUL_ACTION = "voucher.annul";

/** A voucher the rule annuls, with the two months it named. */
export type Annulment = { voucherId: string; months: YearMonth[] };

// Annuls a batch of ACTIVE vouchers in one transaction: one conditional UPDATE … RETURNING per distinct
// reason (most of a night's share the same two months), the legal representatives of all their children
// in one query, and one audit record per voucher — written in one statement — that also lists whom to
// notify, so the SMS can be sent (or retried after a crash) from that record. A voucher no longer ACTIVE
// is left alone. Returns the ids annulled now.
export async function annulVouchers(items: Annulment[], at: Date): Promise<string[]> {
  if (items.length === 0) return [];
  const byReason = new Map<string, Annulment[]>();
  for (const item of items) {
    const reason = annulReasonText(item.months);
    byReason.set(reason, [...(byReason.get(reason) ?? []), item]);
  }
  return prisma.$transaction(async (tx) => {
    const annulled: {
      id: string;
      childId: string;
      organizationId: string | null;
      reason: string;
      months: YearMonth[];
    }[] = [];
    for (const [reason, group] of byReason) {
      const months = new Map(group.map((g) => [g.voucherId, g.months]));
      const rows = await tx.voucher.updateManyAndReturn({
        where: { id: { in: [...months.keys()] }, status: "ACTIVE" },
        data: { status: "ANNULLED", annulledAt: at, annulReason: reason },
        select: { id: true, childId: true, organizationId: true },
      });
      for (const r of rows) annulled.push({ ...r, reason, months: months.get(r.id)! });
    }
    const reps = await tx.legalRepresentative.findMany({
      where: { childId: { in: [...new Set(annulled.map((a) => a.childId))] }, status: "VERIFIED" },
      select: { childId: true, representativeId: true },
      orderBy: { createdAt: "asc" },
    });
    const repsOf = new Map<string, string[]>();
    for (const r of reps) repsOf.set(r.childId, [...(repsOf.get(r.childId) ?? []), r.representativeId]);
    await auditMany(
      tx,
      annulled.map((a) => ({
        actorPersonId: null,
        action: ANNUL_ACTION,
        entityType: "Voucher",
        entityId: a.id,
        organizationId: a.organizationId,
        before: { status: "ACTIVE", annulledAt: null, annulReason: null },
        after: {
          status: "ANNULLED",
          annulledAt: at,
          annulReason: a.reason,
          months: a.months.map(dottedMonth),
          notify: repsOf.get(a.childId) ?? [],
        },
      })),
    );
    return annulled.map((a) => a.id);
  });
}

// One voucher (the same path). Returns false when the voucher was no longer ACTIVE.
export async function annulVoucher(voucherId: string, months: YearMonth[], at: Date): Promise<boolean> {
  return (await annulVouchers([{ voucherId, months }], at)).length === 1;
}
