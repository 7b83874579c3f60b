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
  VOUCHER_PAGE,
  type LifeState,
} from "@/lib/voucher/authority-vouchers";
import { Card } from "@/components/ui/card";
import { Pager, pageParam, pagesOf } from "@/components/ui/pager";
import { VoucherFigures } from "@/components/voucher/voucher-figures";
import { VoucherTable } from "@/components/voucher/voucher-table";
import { VoucherKindergartens } from "@/components/voucher/voucher-kindergartens";
import { VoucherIssueForm } from "@/components/voucher/voucher-issue-form";
import { VoucherStates } from "@/components/voucher/voucher-states";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ org?: string; state?: string; page?: string; statesPage?: string }>;
};

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
  const listPage = pageParam(query.page);
  const statesPage = pageParam(query.statesPage);
  const report = await authorityVouchers(actor, now, org, listPage).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  const states = await authorityVoucherStates(actor, state, statesPage);
  // The address of a page of one list, keeping the other's filter and page.
  const hrefOf = (key: "page" | "statesPage", n: number) => {
    const q = new URLSearchParams();
    if (org) q.set("org", org);
    if (state) q.set("state", state);
    const pages = { page: listPage, statesPage, [key]: n };
    if (pages.page > 1) q.set("page", String(pages.page));
    if (pages.statesPage > 1) q.set("statesPage", String(pages.statesPage));
    return `/authority/vouchers${q.size ? `?${q}` : ""}`;
  };
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
        <Pager
          page={statesPage}
          pages={pagesOf(states.total, VOUCHER_PAGE)}
          href={(n) => hrefOf("statesPage", n)}
          testId="voucher-states-pager"
        />
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
        {report.list.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noConcerning")}</p>
        ) : (
          <VoucherTable rows={report.list} locale={locale} showHolder testId="authority-vouchers" />
        )}
        <Pager
          page={listPage}
          pages={pagesOf(report.listTotal, VOUCHER_PAGE)}
          href={(n) => hrefOf("page", n)}
          testId="authority-vouchers-pager"
        />
      </Card>
    </div>
  );
}
