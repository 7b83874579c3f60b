import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { requestNow } from "@/lib/clock/request-now";
import {
  contingentGroups,
  contingentPage,
  kindergartenToday,
} from "@/lib/kindergarten/contingent/list-contingent";
import { Pager, pageParam } from "@/components/ui/pager";
import { listFilterSchema, type ListFilter } from "@/lib/kindergarten/contingent/schemas";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { ContingentFilters } from "@/components/kindergarten/contingent-filters";
import { ContingentTable } from "@/components/kindergarten/contingent-table";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Contingent (administrator): the kindergarten's children by group and status, with their representatives.
export default async function ContingentPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgContingent");
  const query = await searchParams;
  const filter = listFilterSchema.parse(query);
  const today = await kindergartenToday(kg.organizationId, await requestNow());
  const [groups, list] = await Promise.all([
    contingentGroups(kg.organizationId, today),
    contingentPage(kg.organizationId, filter, today, pageParam(query.page)),
  ]);
  const rows = list.rows;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        <Link
          href="/kindergarten/contingent/enrol"
          className={buttonClass()}
          data-testid="contingent-enrol-link"
        >
          {t("enrolLink")}
        </Link>
      </div>
      <Card testId="contingent-list">
        <div className="space-y-4">
          <ContingentFilters filter={filter} groups={groups} />
          <p className="text-sm text-slate-600" data-testid="contingent-count">
            {t("count", { count: list.total })}
          </p>
          {rows.length === 0 ? (
            <p className="text-sm text-slate-600" data-testid="contingent-empty">
              {t("empty")}
            </p>
          ) : (
            <ContingentTable rows={rows} locale={locale} />
          )}
          <Pager page={list.page} pages={list.pages} href={(n) => contingentHref(filter, n)} />
        </div>
      </Card>
    </div>
  );
}

// The list's address for page n, keeping its filters.
function contingentHref(filter: ListFilter, page: number): string {
  const q = new URLSearchParams();
  if (filter.group) q.set("group", filter.group);
  if (filter.status !== "current") q.set("status", filter.status);
  if (filter.q) q.set("q", filter.q);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return `/kindergarten/contingent${s ? `?${s}` : ""}`;
}
