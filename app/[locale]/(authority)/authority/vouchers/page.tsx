import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { isAuthorityMember } from "@/lib/auth/actor";
import { requestNow } from "@/lib/clock/request-now";
import { AppError } from "@/lib/errors/app-error";
import { authorityVouchers, LIST_LIMIT } from "@/lib/voucher/authority-vouchers";
import { Card } from "@/components/ui/card";
import { VoucherFigures } from "@/components/voucher/voucher-figures";
import { VoucherTable } from "@/components/voucher/voucher-table";
import { VoucherKindergartens } from "@/components/voucher/voucher-kindergartens";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ org?: string }> };

// Vouchers across the authority's subordinate kindergartens: counts per kindergarten and the list of
// vouchers at risk and annulled (all, or one kindergarten's with ?org=).
export default async function AuthorityVouchersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const home = (await requirePage(locale, "authority.enter")).memberships.find(isAuthorityMember);
  const actor = await requirePage(locale, "report.read", { orgPath: home ? [home.organizationId] : [] });
  const org = (await searchParams).org || undefined;
  const t = await getTranslations("vouchers");
  const report = await authorityVouchers(actor, await requestNow(), org).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("authLead")}</p>
      </div>
      <VoucherFigures counts={report.totals} />
      <Card title={t("perKgTitle")}>
        {report.perKindergarten.length === 0 ? (
          <p className="text-sm text-slate-600">{t("emptyAuth")}</p>
        ) : (
          <VoucherKindergartens rows={report.perKindergarten} locale={locale} selected={org} />
        )}
      </Card>
      <Card title={t("concerningTitle", { count: report.listTotal })} testId="authority-voucher-list">
        {report.listTotal > LIST_LIMIT ? (
          <p className="mb-2 text-sm text-slate-600">{t("listTruncated", { shown: LIST_LIMIT })}</p>
        ) : null}
        {report.list.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noConcerning")}</p>
        ) : (
          <VoucherTable rows={report.list} locale={locale} showHolder testId="authority-vouchers" />
        )}
      </Card>
    </div>
  );
}
