import type { Locale } from "@/i18n/routing";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getActor } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/home";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";
import { InboxBadge } from "@/components/announcement/inbox-badge";

// The top bar: portal name, the signed-in person's home and sign-out, the language switcher.
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const tApp = await getTranslations({ locale, namespace: "app" });
  const actor = await getActor();
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-bold text-brand-700" data-testid="home-link">
          <span
            aria-hidden
            className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-white"
          >
            B
          </span>
          <span>{tApp("name")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          {actor ? (
            <>
              <Link
                href={homePathFor(actor)}
                className="rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
                data-testid="my-home"
              >
                {actor.audience === "parent" ? t("cabinet") : t("workspace")}
              </Link>
              <InboxBadge actor={actor} locale={locale} />
              <SignOutButton />
            </>
          ) : (
            <Link
              href="/sign-in"
              className="rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
              data-testid="sign-in-link"
            >
              {t("signIn")}
            </Link>
          )}
          <Suspense>
            <LanguageSwitcher />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
