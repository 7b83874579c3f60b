import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { requestNow } from "@/lib/clock/request-now";
import { kindergartenVouchers } from "@/lib/voucher/kindergarten-vouchers";
import { Card } from "@/components/ui/card";
import { VoucherFigures } from "@/components/voucher/voucher-figures";
import { VoucherTable } from "@/components/voucher/voucher-table";
import { VoucherContractForm } from "@/components/voucher/voucher-contract-form";

// The kindergarten's vouchers (administrator): recording the contract for a voucher a parent accepted;
// at risk and to be annulled first, with the months not confirmed, then annulled, active and closed ones.
export default async function KindergartenVouchersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const ctx = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("vouchers");
  const { rows, counts } = await kindergartenVouchers(ctx, await requestNow());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("kgLead")}</p>
      </div>
      <Card title={t("contract.title")} testId="voucher-contract-card">
        <VoucherContractForm />
      </Card>
      <VoucherFigures counts={counts} />
      <Card title={t("listTitle")}>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <VoucherTable rows={rows} locale={locale} testId="kg-vouchers" />
        )}
      </Card>
    </div>
  );
}
