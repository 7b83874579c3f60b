import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// An unknown address or a missing record (notFound()): in the site's layout and the page's language, with a
// way back; the footer below gives the support phone.
export default async function NotFound() {
  const t = await getTranslations("errorPage");
  return (
    <div className="mx-auto max-w-lg space-y-4" data-testid="not-found">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFoundText")}</p>
      <Link href="/" className="font-medium text-brand-700 hover:underline" data-testid="not-found-home">
        {t("toHome")}
      </Link>
    </div>
  );
}
