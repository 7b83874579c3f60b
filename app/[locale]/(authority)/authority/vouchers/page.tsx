import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { isAuthorityMember } from "@/lib/auth/actor";
import { requestNow } from "@/lib/clock/request-now";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/policy";
import { localDate } from "@/lib/calendar/zone";
import {
  authorityVouchers,
  authorityVoucherStates,
  LIFE_STATES,
  LIST_LIMIT,
  type LifeState,
} from "@/lib/voucher/authority-vouchers";
import { Card } from "@/components/ui/card";
import { VoucherFigures } from "@/components/voucher/voucher-figures";
import { VoucherTable } from "@/components/voucher/voucher-table";
import { VoucherKindergartens } from "@/components/voucher/voucher-kindergartens";
import { VoucherIssueForm } from "@/components/voucher/voucher-issue-form";
import { VoucherStates } from "@/components/voucher/voucher-states";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ org?: string; state?: string }> };

// Vouchers of the authority: issuing the funded number to a cohort of the district (its officers), the
// vouchers from the queue per state with their deadlines (?state=), and across the subordinate
// kindergartens the counts per kindergarten and the list of vouchers at risk and annulled (?org=).
export default async function AuthorityVouchersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const home = (await requirePage(locale, "authority.enter")).memberships.find(isAuthorityMember);
  const actor = await requirePage(locale, "report.read", { orgPath: home ? [home.organizationId] : [] });
  const query = await searchParams;
  const org = query.org || undefined;
  const state = (LIFE_STATES as readonly string[]).includes(query.state ?? "")
    ? (query.state as LifeState)
    : undefined;
  const t = await getTranslations("vouchers");
  const now = await requestNow();
  const report = await authorityVouchers(actor, now, org).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  const states = await authorityVoucherStates(actor, state);
  const mayIssue = !!home && can(actor, "voucher.issue", { organizationId: home.organizationId });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("authLead")}</p>
      </div>
      {mayIssue ? (
        <Card title={t("issue.title")} testId="voucher-issue-card">
          <VoucherIssueForm defaultYear={Number(localDate(now).slice(0, 4)) - 2} />
        </Card>
      ) : null}
      <Card title={t("states.title")} testId="authority-voucher-states">
        <VoucherStates counts={states.counts} list={states.list} state={state} locale={locale} />
      </Card>
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
