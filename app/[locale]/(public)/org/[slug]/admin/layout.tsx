import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { SectionNav } from "@/components/layout/section-nav";
import { orgShortName } from "@/lib/org/names";
import { requireOrgAdminPage } from "@/lib/org/settings/admin-page";
import { isAuthorityKind } from "@/lib/org/settings/org";

// The organisation's administration (seed 002, "Администрирование организации"): its administrators only
// (org.administer — an authority's administrators and head, a kindergarten's managers; the pages and every
// action ask again), one frame for authorities and kindergartens; a kindergarten has no subordinates.
export default async function OrgAdminLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; slug: string }>;
}) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const { org } = await requireOrgAdminPage(locale, slug);
  const t = await getTranslations("orgAdmin");
  const base = `/org/${org.slug}/admin`;
  const items = [
    { href: `${base}/people`, label: t("nav.people"), testId: "org-admin-nav-people" },
    { href: `${base}/settings`, label: t("nav.settings"), testId: "org-admin-nav-settings" },
    ...(isAuthorityKind(org.kind)
      ? [{ href: `${base}/subordinates`, label: t("nav.subordinates"), testId: "org-admin-nav-subordinates" }]
      : []),
    { href: `${base}/feedback`, label: t("nav.feedback"), testId: "org-admin-nav-feedback" },
  ];
  return (
    <div className="space-y-4" data-testid="org-admin">
      <div>
        <h2 className="text-xl font-semibold text-slate-900">{t("title")}</h2>
        <p className="text-sm text-slate-600">{orgShortName(org, locale)}</p>
      </div>
      <SectionNav items={items} label={t("nav.label")} />
      {children}
    </div>
  );
}
