import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { SectionNav } from "@/components/layout/section-nav";
import { isCalendarAdmin } from "@/lib/calendar/holidays-admin/holidays";
import { isAuthorityMember } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

// The education authority's area: its staff only (the actions check again), with its sections.
export default async function AuthorityLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "authority.enter");
  const t = await getTranslations("authorityNav");
  const tAnn = await getTranslations("announcements.nav");
  // Announcements: each officer's inbox; the department's list for those who keep its announcements.
  const keeper = actor.memberships.some(
    (m) => isAuthorityMember(m) && can(actor, "announcement.receipts", { organizationId: m.organizationId }),
  );
  // The department's administrators also manage the summer recruitment and the queue's documents and blocks.
  const adminOfOwn = actor.memberships.some(
    (m) => isAuthorityMember(m) && can(actor, "org.manage", { organizationId: m.organizationId }),
  );
  const items = [
    { href: "/authority", label: t("home"), testId: "authority-nav-home" },
    { href: "/authority/vouchers", label: t("vouchers"), testId: "authority-nav-vouchers" },
    { href: "/authority/disputes", label: t("disputes"), testId: "authority-nav-disputes" },
    { href: "/authority/reports", label: t("reports"), testId: "authority-nav-reports" },
    { href: "/authority/inbox", label: tAnn("inbox"), testId: "authority-nav-inbox" },
    ...(keeper
      ? [{ href: "/authority/announcements", label: tAnn("author"), testId: "authority-nav-announcements" }]
      : []),
    ...(adminOfOwn
      ? [
          { href: "/authority/recruitment", label: t("recruitment"), testId: "authority-nav-recruitment" },
          { href: "/authority/cabinet-blocks", label: t("blocks"), testId: "authority-nav-blocks" },
        ]
      : []),
    ...(isCalendarAdmin(actor)
      ? [{ href: "/authority/holidays", label: t("holidays"), testId: "authority-nav-holidays" }]
      : []),
  ];
  return (
    <>
      <SectionNav items={items} label={t("label")} />
      {children}
    </>
  );
}
