import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { SectionNav } from "@/components/layout/section-nav";

// The education authority's area: its staff only (the actions check again), with its sections.
export default async function AuthorityLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requirePage(locale, "authority.enter");
  const t = await getTranslations("authorityNav");
  const items = [
    { href: "/authority", label: t("home"), testId: "authority-nav-home" },
    { href: "/authority/vouchers", label: t("vouchers"), testId: "authority-nav-vouchers" },
  ];
  return (
    <>
      <SectionNav items={items} label={t("label")} />
      {children}
    </>
  );
}
