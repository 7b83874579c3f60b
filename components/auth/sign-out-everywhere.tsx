"use client";
import { useTransition } from "react";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";

// Ends every session of this account in every browser, then this one.
export function SignOutEverywhere() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{t("signOutEverywhereHint")}</p>
      <Button
        variant="secondary"
        disabled={pending}
        data-testid="sign-out-everywhere"
        onClick={() =>
          start(async () => {
            await signOutEverywhereAction();
            await signOut({ callbackUrl: `/${locale}` });
          })
        }
      >
        {t("signOutEverywhere")}
      </Button>
    </div>
  );
}
