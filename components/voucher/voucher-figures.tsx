import { getTranslations } from "next-intl/server";
import type { VoucherView } from "@/lib/voucher/scoped-vouchers";

const SHOWN: VoucherView[] = ["at_risk", "pending", "annulled", "active", "closed"];

// The counts of vouchers by state, as figure tiles.
export async function VoucherFigures({ counts }: { counts: Record<VoucherView, number> }) {
  const t = await getTranslations("vouchers");
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="voucher-figures">
      {SHOWN.map((v) => (
        <div
          key={v}
          className="rounded-lg bg-white p-3 ring-1 ring-slate-200"
          data-testid={`voucher-count-${v}`}
        >
          <dt className="text-xs text-slate-500">{t(`figures.${v}`)}</dt>
          <dd className="text-2xl font-semibold">{counts[v]}</dd>
        </div>
      ))}
    </dl>
  );
}
