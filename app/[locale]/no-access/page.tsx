import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/home";

// Shown when a signed-in person opens a page of another audience or outside their scope.
export default async function NoAccessPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  const t = await getTranslations("noAccess");
  const actor = await getActor();
  return (
    <div className="mx-auto max-w-lg space-y-4" data-testid="no-access">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Alert tone="warning">{t("text")}</Alert>
      <Link
        href={actor ? homePathFor(actor) : "/sign-in"}
        className="font-medium text-brand-700 hover:underline"
      >
        {actor ? t("toMyHome") : t("toSignIn")}
      </Link>
    </div>
  );
}
