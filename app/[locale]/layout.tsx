import { resolveLocale } from "@/i18n/page-locale";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/600.css";
import "@fontsource/noto-sans/700.css";
import "../globals.css";
import type { ReactNode } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { ClientMessages } from "@/components/i18n/client-messages";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "app" });
  return { title: { default: t("name"), template: `%s — ${t("name")}` }, description: t("tagline") };
}

// The root layout of every page: language, font, header with the language switcher, footer.
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await resolveLocale(params);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        <ClientMessages>
          <SiteHeader locale={locale} />
          <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">{children}</main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
