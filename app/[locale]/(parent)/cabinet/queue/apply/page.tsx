import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/guard";
import { chosenDistrict } from "@/lib/org/territories";
import { applyFormOptions } from "@/lib/queue/applications/form-options";
import { Card } from "@/components/ui/card";
import { ApplicationWarning } from "@/components/queue/application-warning";
import { ApplicationDistrictPicker } from "@/components/queue/application-district";
import { ApplicationForm } from "@/components/queue/application-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ district?: string }> };

// "Register a child in the queue": first the district (default: the one chosen on the home page),
// then the application with 1–3 of its kindergartens.
export default async function ApplyPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "cabinet.use");
  const t = await getTranslations("queueApply");
  const asked = (await searchParams).district?.slice(0, 64) || (await chosenDistrict())?.id || null;
  const options = await applyFormOptions(actor.personId, asked);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/cabinet/queue" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-bold" data-testid="apply-title">
          {t("title")}
        </h1>
        <p className="text-sm text-slate-600">{t("lead")}</p>
      </div>
      <ApplicationWarning />
      <Card title={t("districtSection")}>
        <ApplicationDistrictPicker
          locale={locale}
          regions={options.regions}
          current={options.district?.id ?? null}
        />
      </Card>
      {options.district ? (
        <Card title={t("formTitle")}>
          {options.kindergartens.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noKindergartens")}</p>
          ) : (
            <ApplicationForm
              locale={locale}
              territoryId={options.district.id}
              kindergartens={options.kindergartens}
              phone={options.phone}
            />
          )}
        </Card>
      ) : null}
    </div>
  );
}
