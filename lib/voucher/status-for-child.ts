import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { VoucherStatus } from "@/lib/generated/prisma/enums";
import type { YearMonth } from "@/lib/timesheet/window";
import { evaluateVouchers } from "./evaluate";
import type { VoucherDecision } from "./rule";

/** What the parent's cabinet shows about a child's voucher. */
export type ChildVoucherStatus = {
  voucher: {
    id: string;
    number: string;
    /** Any state: the queue's steps (ISSUED, ACCEPTED, REFUSED, EXPIRED) are shown by the cabinet's
     *  voucher block (lib/voucher/life-view.ts); the monthly rule speaks only of ACTIVE ones. */
    status: VoucherStatus;
    issuedOn: Date;
    annulledAt: Date | null;
    annulReason: string | null;
  };
  /** at_risk: one more month without confirmation annuls the voucher; annul: the rule already
   *  annuls it (the nightly job will); inactive: annulled or closed. */
  decision: VoucherDecision["decision"];
  /** The missed month that puts it at risk, or the two that annul it. */
  missedMonths: YearMonth[];
};

// The child's latest voucher and what the rule says about it at `now` — for the parent's cabinet
// (the caller checks the parent may see this child: policy "child.read" with { childId }).
// Null when the child has no voucher.
export async function voucherStatusForChild(childId: string, now: Date): Promise<ChildVoucherStatus | null> {
  const voucher = await prisma.voucher.findFirst({
    where: { childId },
    select: {
      id: true,
      number: true,
      childId: true,
      organizationId: true,
      status: true,
      issuedOn: true,
      annulledAt: true,
      annulReason: true,
    },
    orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }],
  });
  if (!voucher) return null;
  // The monthly rule applies to contracted (ACTIVE) vouchers only; any other state is "inactive" to it.
  const verdict =
    voucher.status === "ACTIVE"
      ? (await evaluateVouchers([voucher], now)).get(voucher.id)!
      : { decision: "inactive" as const, months: [] };
  const shown = {
    id: voucher.id,
    number: voucher.number,
    status: voucher.status,
    issuedOn: voucher.issuedOn,
    annulledAt: voucher.annulledAt,
    annulReason: voucher.annulReason,
  };
  return { voucher: shown, decision: verdict.decision, missedMonths: verdict.months };
}
