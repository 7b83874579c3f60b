import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DistrictFilterNote } from "@/components/district-filter-note";
import { chosenDistrict, territoryName } from "@/lib/org/territories";
import { openPlaces } from "@/lib/queue/public-places";
import { orgShortName } from "@/lib/org/names";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "places" }))("title") };
}

// Public registry of free places: places open now, priority or general access.
export default async function PlacesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("places");
  const tLang = await getTranslations("groupLanguage");
  const district = await chosenDistrict();
  const places = await openPlaces(district?.id ?? null);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <DistrictFilterNote name={district ? territoryName(district, locale) : null} />
      <Card testId="places-table">
        {places.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="text-slate-500"><tr>
                <th className="py-2 pr-3">{t("kindergarten")}</th><th className="pr-3">{t("district")}</th><th className="pr-3">{t("birthYear")}</th>
                <th className="pr-3">{t("language")}</th><th className="pr-3">{t("access")}</th><th>{t("released")}</th>
              </tr></thead>
              <tbody className="divide-y divide-slate-100">
                {places.map((p) => (
                  <tr key={p.id} data-testid="place-row">
                    <td className="py-2 pr-3 font-medium">{orgShortName(p.organization, locale)}</td>
                    <td className="pr-3">{territoryName(p.organization.territory, locale)}</td>
                    <td className="pr-3">{p.birthYear}</td>
                    <td className="pr-3">{tLang(p.language)}</td>
                    <td className="pr-3">{t(`status.${p.status}`)}</td>
                    <td>{formatDateTime(p.releasedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
