import { getTranslations } from "next-intl/server";
import type { VoucherView } from "@/lib/voucher/scoped-vouchers";

const TONES: Record<VoucherView, string> = {
  pending: "bg-red-100 text-red-800",
  at_risk: "bg-amber-100 text-amber-900",
  annulled: "bg-red-100 text-red-800",
  active: "bg-emerald-100 text-emerald-800",
  closed: "bg-slate-100 text-slate-700",
};

// A voucher's state as a coloured pill (to be annulled, at risk, annulled, active, closed).
export async function VoucherBadge({ view }: { view: VoucherView }) {
  const t = await getTranslations("vouchers");
  return (
    <span
      className={`inline-flex w-fit whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${TONES[view]}`}
      data-testid="voucher-view"
      data-view={view}
    >
      {t(`view.${view}`)}
    </span>
  );
}
