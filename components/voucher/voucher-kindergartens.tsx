import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { VoucherView } from "@/lib/voucher/scoped-vouchers";
import { orgShortName } from "@/lib/org/names";

type Row = { id: string; shortNameKk: string; shortNameRu: string; counts: Record<VoucherView, number> };
const COLUMNS: VoucherView[] = ["active", "at_risk", "pending", "annulled", "closed"];

// The authority's per-kindergarten voucher counts; a kindergarten's name filters the list below.
export async function VoucherKindergartens({
  rows,
  locale,
  selected,
}: {
  rows: Row[];
  locale: string;
  selected?: string;
}) {
  const t = await getTranslations("vouchers");
  return (
    <div className="overflow-x-auto" data-testid="authority-voucher-counts">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("kindergarten")}</th>
            {COLUMNS.map((c) => (
              <th key={c} className="pr-3 text-right">
                {t(`figures.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((k) => (
            <tr
              key={k.id}
              data-testid="voucher-kg-row"
              className={k.id === selected ? "bg-brand-50" : undefined}
            >
              <td className="py-2 pr-3">
                <Link
                  href={`/authority/vouchers?org=${k.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {orgShortName(k, locale)}
                </Link>
              </td>
              {COLUMNS.map((c) => (
                <td
                  key={c}
                  className={`pr-3 text-right tabular-nums ${c !== "active" && c !== "closed" && k.counts[c] > 0 ? "font-semibold text-red-700" : ""}`}
                >
                  {k.counts[c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {selected ? (
        <Link href="/authority/vouchers" className="mt-3 inline-block text-sm text-brand-700 hover:underline">
          {t("filterAll")}
        </Link>
      ) : null}
    </div>
  );
}
