import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { SubordinatesFilters } from "@/components/org-admin/subordinates-filters";
import { SubordinatesTable } from "@/components/org-admin/subordinates-table";
import { SubordinateTypesForm } from "@/components/org-admin/subordinate-types-form";
import { formatDate, formatDateTime } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { requireOrgAdminPage } from "@/lib/org/settings/admin-page";
import { isAuthorityKind } from "@/lib/org/settings/org";
import { catalogueFor } from "@/lib/org/subordinates/catalogue";
import { listSubordinates, subordinateTypesOf } from "@/lib/org/subordinates/list-subordinates";
import { subordinateFilterSchema, type SubordinateFilter } from "@/lib/org/subordinates/schemas";
import { orgTypeLabel } from "@/lib/org/subordinates/labels";

type Search = Record<string, string | string[] | undefined>;

// An authority's subordinate organisations (seed 002, "Подведомственные организации"): the list of its own
// subordinates, current and excluded, with filters, exclude / include and each one's history; and, on the
// second tab, the types of organisations subordinate to it. A kindergarten has none (404).
export default async function OrgSubordinatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Search>;
}) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const { org } = await requireOrgAdminPage(locale, slug);
  if (!isAuthorityKind(org.kind)) notFound();
  const search = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const tab = one(search.tab) === "types" ? "types" : "list";
  const t = await getTranslations("orgAdmin.subordinates");
  const tKind = await getTranslations("orgKind");
  const tType = await getTranslations("orgAdmin.orgType");
  const base = `/org/${org.slug}/admin/subordinates`;
  const tabClass = (on: boolean) =>
    `border-b-2 px-3 py-2 text-sm font-medium ${on ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600"}`;
  return (
    <div className="space-y-4">
      <div className="flex gap-1 border-b border-slate-200">
        <Link
          href={base}
          className={tabClass(tab === "list")}
          data-testid="subordinates-tab-list"
          aria-current={tab === "list" ? "page" : undefined}
        >
          {t("tabList")}
        </Link>
        <Link
          href={`${base}?tab=types`}
          className={tabClass(tab === "types")}
          data-testid="subordinates-tab-types"
          aria-current={tab === "types" ? "page" : undefined}
        >
          {t("tabTypes")}
        </Link>
      </div>
      {tab === "types" ? (
        <Card title={t("typesTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("typesLead")}</p>
          <SubordinateTypesForm
            authorityId={org.id}
            chosen={await subordinateTypesOf(org.id)}
            groups={catalogueFor(org.kind).map((g) => ({
              kind: g.kind,
              label: tKind(g.kind),
              types: g.types.map((v) => ({ value: v, label: orgTypeLabel(tType, v) })),
            }))}
          />
        </Card>
      ) : (
        <SubordinateList
          org={org}
          locale={locale}
          base={base}
          filter={subordinateFilterSchema.parse({
            q: one(search.q),
            kind: one(search.kind),
            type: one(search.type),
            territory: one(search.territory),
            status: one(search.status),
            page: one(search.page),
          })}
        />
      )}
    </div>
  );
}

async function SubordinateList({
  org,
  locale,
  base,
  filter,
}: {
  org: { id: string; timeZone: string };
  locale: string;
  base: string;
  filter: SubordinateFilter;
}) {
  const t = await getTranslations("orgAdmin.subordinates");
  const tKind = await getTranslations("orgKind");
  const tType = await getTranslations("orgAdmin.orgType");
  const list = await listSubordinates(org.id, filter);
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    for (const k of ["q", "kind", "type", "territory", "status"] as const)
      if (filter[k]) q.set(k, String(filter[k]));
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <ClientMessages namespaces={["orgAdmin.subordinates"]}>
      <Card title={t("listTitle")}>
        <SubordinatesFilters
          filter={filter}
          kinds={list.facets.kinds.map((k) => ({ value: k, label: tKind(k) }))}
          types={list.facets.types.map((v) => ({ value: v, label: orgTypeLabel(tType, v) }))}
          territories={list.facets.territories.map((x) => ({ value: x.id, label: territoryName(x, locale) }))}
        />
        <p className="my-3 text-sm text-slate-600" data-testid="subordinates-count">
          {t("count", { count: list.total })}
        </p>
        {list.items.length ? (
          <SubordinatesTable
            authorityId={org.id}
            rows={list.items.map((r) => ({
              id: r.id,
              slug: r.slug,
              name: orgShortName(r, locale),
              type: orgTypeLabel(tType, r.orgType),
              kind: tKind(r.kind),
              territory: territoryName(r.territory, locale),
              excludedAt: r.subordinationExcludedAt ? formatDate(r.subordinationExcludedAt, locale) : null,
              history: r.history.map((h) => ({
                excluded: h.excluded,
                at: formatDateTime(h.at, locale, org.timeZone),
                by: h.by,
              })),
            }))}
          />
        ) : (
          <p className="text-sm text-slate-500" data-testid="subordinates-empty">
            {t("empty")}
          </p>
        )}
        {list.pages > 1 ? (
          <nav
            aria-label={t("pages")}
            className="mt-4 flex flex-wrap items-center gap-2 text-sm"
            data-testid="subordinates-pages"
          >
            {filter.page > 1 ? (
              <Link href={pageHref(filter.page - 1)} className="text-brand-700 underline">
                {t("previous")}
              </Link>
            ) : null}
            <span>{t("pageOf", { page: Math.min(filter.page, list.pages), pages: list.pages })}</span>
            {filter.page < list.pages ? (
              <Link
                href={pageHref(filter.page + 1)}
                className="text-brand-700 underline"
                data-testid="subordinates-next"
              >
                {t("next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </ClientMessages>
  );
}
