import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DistrictFilterNote } from "@/components/district-filter-note";
import { chosenDistrict, territoryName } from "@/lib/org/territories";
import { protocolEvents } from "@/lib/queue/public-places";
import { orgShortName } from "@/lib/org/names";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "protocol" }))("title") };
}

// The public protocol of place releases: a chronological record of every place's steps.
export default async function ProtocolPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("protocol");
  const tLang = await getTranslations("groupLanguage");
  const district = await chosenDistrict();
  const events = await protocolEvents(district?.id ?? null);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <DistrictFilterNote name={district ? territoryName(district, locale) : null} />
      <Card testId="protocol-table">
        {events.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="text-slate-500"><tr>
                <th className="py-2 pr-3">{t("at")}</th><th className="pr-3">{t("event")}</th><th className="pr-3">{t("kindergarten")}</th>
                <th className="pr-3">{t("birthYear")}</th><th>{t("language")}</th>
              </tr></thead>
              <tbody className="divide-y divide-slate-100">
                {events.map((e) => (
                  <tr key={e.id.toString()} data-testid="protocol-row">
                    <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(e.at, locale)}</td>
                    <td className="pr-3">{t(`kind.${e.kind}`)}</td>
                    <td className="pr-3">{orgShortName(e.organization, locale)}</td>
                    <td className="pr-3">{e.place.birthYear}</td>
                    <td>{tLang(e.place.language)}</td>
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
