import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { requirePage } from "@/lib/auth/guard";
import { InboxPreview } from "@/components/announcement/inbox-preview";
import { requestNow } from "@/lib/clock/request-now";
import { todayDbDate } from "@/lib/calendar/db-date";
import { kindergartenOverview } from "@/lib/kindergarten/overview";
import { orgShortName, personName } from "@/lib/org/names";

// Kindergarten staff home: the administrator sees every group, an educator only their own.
export default async function KindergartenHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "kindergarten.enter");
  const t = await getTranslations("kindergarten");
  const tLang = await getTranslations("groupLanguage");
  const overview = await kindergartenOverview(actor, todayDbDate(await requestNow()));
  return (
    <div className="space-y-6">
      <InboxPreview personId={actor.personId} base="/kindergarten/inbox" locale={locale} hideWhenEmpty />
      {overview.map(({ org, manager, staffCount, groups }) => (
        <div key={org.id} className="space-y-4" data-testid="kg-org">
          <div>
            <h1 className="text-2xl font-bold" data-testid="kg-title">
              {orgShortName(org, locale)}
            </h1>
            <p className="text-sm text-slate-600">
              {manager ? t("roleManager") : t("roleEducator")}
              {manager ? ` · ${t("staffCount", { count: staffCount })}` : ""}
            </p>
          </div>
          <Card title={manager ? t("allGroups") : t("myGroups")} testId="kg-groups">
            {groups.length === 0 ? (
              <Alert tone="info" testId="kg-no-groups">
                {t("noGroupBinding")}
              </Alert>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full min-w-[36rem] text-left text-sm">
                  <thead className="text-slate-500">
                    <tr>
                      <th className="py-2 pr-3">{t("group")}</th>
                      <th className="pr-3">{t("cohort")}</th>
                      <th className="pr-3">{t("language")}</th>
                      <th className="pr-3">{t("children")}</th>
                      <th>{t("educators")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {groups.map((g) => (
                      <tr key={g.id} data-testid="kg-group-row">
                        <td className="py-2 pr-3 font-medium">
                          {/* A phone opens the day view, a wider screen the month grid (each is one tab
                              from the other): CSS decides, as the server can't know the width. */}
                          <Link
                            href={`/kindergarten/groups/${g.id}/attendance`}
                            className="hidden text-brand-700 hover:underline sm:inline"
                            data-testid="kg-group-link"
                          >
                            {g.name}
                          </Link>
                          <Link
                            href={`/kindergarten/groups/${g.id}/attendance/day`}
                            className="inline-flex min-h-11 items-center text-brand-700 underline sm:hidden"
                            data-testid="kg-group-day-link"
                          >
                            {g.name}
                          </Link>
                        </td>
                        <td className="pr-3">
                          {g.birthYearFrom === g.birthYearTo
                            ? g.birthYearFrom
                            : `${g.birthYearFrom}–${g.birthYearTo}`}
                        </td>
                        <td className="pr-3">{tLang(g.language)}</td>
                        <td className="pr-3">
                          {g._count.enrolments} / {g.capacity}
                        </td>
                        <td>{g.educators.map((e) => personName(e.person)).join(", ") || "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </div>
      ))}
    </div>
  );
}
