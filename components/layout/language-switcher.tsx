"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

const LABELS: Record<string, string> = { kk: "Қаз", ru: "Рус", en: "Eng" };

// Links to the same page in the other languages.
export function LanguageSwitcher() {
  const t = useTranslations("nav");
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={t("language")} className="flex gap-1 text-sm" data-testid="language-switcher">
      {routing.locales.map((l) => (
        <Link
          key={l}
          href={href}
          locale={l}
          lang={l}
          hrefLang={l}
          aria-current={l === current ? "true" : undefined}
          className={`rounded px-2 py-1 ${l === current ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
          data-testid={`lang-${l}`}
        >
          {LABELS[l]}
        </Link>
      ))}
    </nav>
  );
}
