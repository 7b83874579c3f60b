import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { listStaff } from "@/lib/kindergarten/staff/queries";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { StaffTable } from "@/components/kindergarten/staff-table";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ tab?: string; q?: string }> };

// Reference book "Staff" (EPOS.DOU «Кадры»): current staff and the archive, a name search,
// each person's role, qualification, groups and sign-in status; "Add a staff member".
export default async function StaffPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgStaff");
  const { tab, q } = await searchParams;
  const archive = tab === "archive";
  const query = (q ?? "").slice(0, 100);
  const rows = await listStaff(kg.organizationId, { archive, query });
  const tabClass = (on: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${on ? "bg-brand-600 text-white" : "text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"}`;
  const withQuery = (tabName?: string) => ({
    pathname: "/kindergarten/staff",
    query: { ...(tabName ? { tab: tabName } : {}), ...(query ? { q: query } : {}) },
  });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("lead")}</p>
        </div>
        <Link href="/kindergarten/staff/new" className={buttonClass()} data-testid="staff-add-link">
          {t("add")}
        </Link>
      </div>
      <Card testId="staff-list">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <nav className="flex gap-2" aria-label={t("title")}>
            <Link
              href={withQuery()}
              className={tabClass(!archive)}
              aria-current={!archive ? "page" : undefined}
              data-testid="staff-tab-current"
            >
              {t("tabCurrent")}
            </Link>
            <Link
              href={withQuery("archive")}
              className={tabClass(archive)}
              aria-current={archive ? "page" : undefined}
              data-testid="staff-tab-archive"
            >
              {t("tabArchive")}
            </Link>
          </nav>
          <form method="get" className="flex w-full gap-2 sm:w-auto" role="search" data-testid="staff-search">
            {archive ? <input type="hidden" name="tab" value="archive" /> : null}
            <label htmlFor="staff-q" className="sr-only">
              {t("search")}
            </label>
            <input
              id="staff-q"
              name="q"
              defaultValue={query}
              placeholder={t("search")}
              className={`${inputClass} sm:w-64`}
            />
            <button type="submit" className={buttonClass("secondary")}>
              {t("searchSubmit")}
            </button>
          </form>
        </div>
        <p className="mb-2 text-sm text-slate-600" data-testid="staff-count">
          {t("count", { count: rows.length })}
        </p>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="staff-empty">
            {archive && !query ? t("emptyArchive") : t("empty")}
          </p>
        ) : (
          <StaffTable rows={rows} archive={archive} locale={locale} />
        )}
      </Card>
    </div>
  );
}
