import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { SectionNav } from "@/components/layout/section-nav";

// The parent's cabinet: parents only (the actions check again), with its sections.
export default async function CabinetLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await resolveLocale(params);
  await requirePage(locale, "cabinet.use");
  const t = await getTranslations("cabinetNav");
  const tAnn = await getTranslations("announcements.inbox");
  const items = [
    { href: "/cabinet", label: t("home"), testId: "cabinet-nav-home" },
    { href: "/cabinet/timesheet", label: t("timesheet"), testId: "cabinet-nav-timesheet" },
    { href: "/cabinet/notices", label: t("notices"), testId: "cabinet-nav-notices" },
    { href: "/cabinet/queue", label: t("queue"), testId: "cabinet-nav-queue" },
    { href: "/cabinet/announcements", label: tAnn("title"), testId: "cabinet-nav-announcements" },
  ];
  return (
    <>
      <SectionNav items={items} label={t("label")} />
      {children}
    </>
  );
}
