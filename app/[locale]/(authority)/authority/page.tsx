import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { InboxPreview } from "@/components/announcement/inbox-preview";
import { requestNow } from "@/lib/clock/request-now";
import { todayDbDate } from "@/lib/calendar/db-date";
import { authorityOverview } from "@/lib/org/authority-overview";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";

// Education authority home: the organisation, its subordinate organisations and key figures.
export default async function AuthorityHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "authority.enter");
  const t = await getTranslations("authority");
  const tKind = await getTranslations("orgKind");
  const data = await authorityOverview(actor, todayDbDate(await requestNow()));
  if (!data) return null;
  const figures = [
    ["kindergartens", data.figures.kindergartens],
    ["children", data.figures.children],
    ["waiting", data.figures.waiting],
    ["annulled", data.figures.annulled],
  ] as const;
  return (
    <div className="space-y-6">
      <InboxPreview personId={actor.personId} base="/authority/inbox" locale={locale} hideWhenEmpty />
      <div>
        <h1 className="text-2xl font-bold" data-testid="authority-title">
          {orgShortName(data.org, locale)}
        </h1>
        <p className="text-sm text-slate-600">
          {territoryName(data.org.territory, locale)} · {tKind(data.org.kind)}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="authority-figures">
        {figures.map(([key, value]) => (
          <div key={key} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <dt className="text-sm text-slate-500">{t(`figures.${key}`)}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <Card title={t("subordinates", { count: data.subordinates.length })} testId="authority-subordinates">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 pr-3">{t("name")}</th>
                <th className="pr-3">{t("type")}</th>
                <th>{t("territory")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.subordinates.map((o) => (
                <tr key={o.id}>
                  <td className="py-2 pr-3 font-medium">{orgShortName(o, locale)}</td>
                  <td className="pr-3">{tKind(o.kind)}</td>
                  <td>{territoryName(o.territory, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
