"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";

// A server error while rendering a page: in the site's layout and the page's language, with "try again",
// a way home and the error's reference (the server log has the rest; the footer gives the support phone).
export default function PageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errorPage");
  return (
    <div className="mx-auto max-w-lg space-y-4" data-testid="page-error" role="alert">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="text-slate-700">{t("errorText")}</p>
      {error.digest ? (
        <p className="text-sm text-slate-500">{t("reference", { digest: error.digest })}</p>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="button" onClick={reset}>
          {t("retry")}
        </Button>
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          {t("toHome")}
        </Link>
      </div>
    </div>
  );
}
