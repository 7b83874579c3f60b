import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { env } from "@/lib/env";

// Footer with the technical-support phone and hours (seed 000) and the instructions link.
export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="no-print border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-4 text-sm text-slate-600 sm:flex-row sm:justify-between sm:px-6">
        <p>
          {t("support")}:{" "}
          <a
            className="font-medium text-slate-800"
            href={`tel:${env().SUPPORT_PHONE.replace(/[^+\d]/g, "")}`}
          >
            {env().SUPPORT_PHONE}
          </a>{" "}
          · {t("hours")}
        </p>
        <Link href="/instructions" className="text-brand-700 hover:underline">
          {t("instructions")}
        </Link>
      </div>
    </footer>
  );
}
