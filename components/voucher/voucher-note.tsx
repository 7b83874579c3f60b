import { getTranslations } from "next-intl/server";
import type { VoucherRow } from "@/lib/voucher/scoped-vouchers";
import { instantDay, monthsLabel } from "./month-label";

// Why a voucher is where it is: the months that put it at risk or annul it, or when it was annulled and why.
export async function VoucherNote({
  row,
  locale,
}: {
  row: Pick<VoucherRow, "view" | "months" | "annulledAt" | "annulReason">;
  locale: string;
}) {
  const t = await getTranslations("vouchers");
  if (row.view === "pending")
    return <span>{t("pendingNote", { months: monthsLabel(row.months, locale) })}</span>;
  if (row.view === "at_risk")
    return <span>{t("atRiskNote", { month: monthsLabel(row.months, locale) })}</span>;
  if (row.view === "annulled") {
    return (
      <span>
        {t("annulledNote", { date: instantDay(row.annulledAt, locale) })}
        {row.annulReason ? <span className="block text-xs text-slate-500">{row.annulReason}</span> : null}
      </span>
    );
  }
  return <span className="text-slate-400">—</span>;
}
