"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { forgetOfflinePages } from "./forget-offline-pages";

// Ends this browser's session and returns to the home page, first deleting the pages kept for offline use.
export function SignOutButton() {
  const t = useTranslations("nav");
  const locale = useLocale();
  return (
    <button
      type="button"
      data-testid="sign-out"
      className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
      onClick={async () => {
        await forgetOfflinePages();
        await signOut({ callbackUrl: `/${locale}` });
      }}
    >
      {t("signOut")}
    </button>
  );
}
