import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { requestNow } from "@/lib/clock/request-now";
import { calendarOverview } from "@/lib/kindergarten/calendar/overview";
import { dottedDate } from "@/lib/kindergarten/calendar/rules";
import { Card } from "@/components/ui/card";
import { CalendarYears } from "@/components/kindergarten/calendar-years";
import { CalendarClosures } from "@/components/kindergarten/calendar-closures";
import { CalendarView } from "@/components/kindergarten/calendar-view";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Reference book "Calendar schedule": school years with their summer period, the kindergarten's
// closure days, and the chosen year month by month (national holidays, weekends, closures).
export default async function CalendarPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgCalendar");
  const { year } = await searchParams;
  const o = await calendarOverview(
    kg.organizationId,
    await requestNow(),
    typeof year === "string" ? year : undefined,
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("lead")}</p>
      </div>
      <CalendarYears years={o.years} selectedId={o.selected?.id} suggested={o.suggested} />
      {o.selected ? <CalendarClosures closures={o.closures} /> : null}
      {o.selected && o.calendar ? (
        <Card
          title={t("monthsTitle", { from: dottedDate(o.selected.startsOn), to: dottedDate(o.calendar.to) })}
        >
          <CalendarView calendar={o.calendar} locale={locale} today={o.today} />
        </Card>
      ) : null}
    </div>
  );
}
