import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { currentKindergarten } from "@/lib/kindergarten/current";
import { resolveLocale } from "@/i18n/page-locale";
import { SectionNav, type NavItem } from "@/components/layout/section-nav";

// Sections are listed as they are built; each exists and works.
const MANAGER_SECTIONS = [
  "groups",
  "contingent",
  "places",
  "staff",
  "vouchers",
  "reports",
  "buildings",
  "stay-modes",
  "calendar",
] as const;

// The kindergarten staff area: only kindergarten staff may enter (the actions check again);
// the administrator's reference books appear only to those the policy lets manage.
export default async function KindergartenLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "kindergarten.enter");
  const t = await getTranslations("kgNav");
  const kg = currentKindergarten(actor);
  const manager = !!kg && can(actor, "kindergarten.manage", { organizationId: kg.organizationId });
  const tAnn = await getTranslations("announcements.nav");
  // Announcements: each member's inbox; the kindergarten's own list for those who keep its announcements.
  const keeper = actor.memberships.some(
    (m) =>
      m.orgKind === "KINDERGARTEN" &&
      can(actor, "announcement.receipts", { organizationId: m.organizationId }),
  );
  const items: NavItem[] = [
    { href: "/kindergarten", label: t("home"), testId: "kg-nav-home" },
    { href: "/kindergarten/notices", label: t("notices"), testId: "kg-nav-notices" },
    { href: "/kindergarten/disputes", label: t("disputes"), testId: "kg-nav-disputes" },
    { href: "/kindergarten/inbox", label: tAnn("inbox"), testId: "kg-nav-inbox" },
    ...(keeper
      ? [{ href: "/kindergarten/announcements", label: tAnn("author"), testId: "kg-nav-announcements" }]
      : []),
    ...(manager
      ? MANAGER_SECTIONS.map((s) => ({ href: `/kindergarten/${s}`, label: t(s), testId: `kg-nav-${s}` }))
      : []),
  ];
  return (
    <>
      <SectionNav items={items} label={t("label")} />
      {children}
    </>
  );
}
