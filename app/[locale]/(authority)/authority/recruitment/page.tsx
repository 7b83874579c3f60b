import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requestNow } from "@/lib/clock/request-now";
import { localDate } from "@/lib/calendar/zone";
import { requireAuthorityAdminPage } from "@/lib/auth/audiences";
import { recruitmentPage } from "@/lib/queue/recruitment/page-data";
import { Card } from "@/components/ui/card";
import { RecruitmentSchedule } from "@/components/queue/recruitment-schedule";
import { RecruitmentLineForm } from "@/components/queue/recruitment-line-form";
import { RecruitmentSettings } from "@/components/queue/recruitment-settings";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ year?: string }> };

// The department's summer recruitment (administrator, "org.manage"): per birth year the priority-access
// days and the general-access day of a year (seed 003's Temirtau table), the kindergartens' own shifted
// dates with reasons, and the department's queue periods.
export default async function RecruitmentPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requireAuthorityAdminPage(locale);
  const t = await getTranslations("recruitment");
  const current = Number(localDate(await requestNow()).slice(0, 4));
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2020 && asked <= 2100 ? asked : current;
  const data = await recruitmentPage(ctx.organizationId, year, current);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("lead")}</p>
      </div>
      <nav className="flex flex-wrap gap-2 text-sm" aria-label={t("years")} data-testid="recruitment-years">
        {data.years.map((y) => (
          <Link
            key={y}
            href={`/authority/recruitment?year=${y}`}
            aria-current={y === year ? "page" : undefined}
            className={`rounded-md px-3 py-1 ring-1 ${y === year ? "bg-brand-600 text-white ring-brand-600" : "ring-slate-300 hover:bg-slate-100"}`}
          >
            {y}
          </Link>
        ))}
      </nav>
      <Card title={t("scheduleTitle", { year })} testId="recruitment-schedule">
        {data.lines.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <RecruitmentSchedule
            lines={data.lines}
            year={year}
            kindergartens={data.kindergartens}
            locale={locale}
          />
        )}
      </Card>
      <Card title={t("addTitle")}>
        <RecruitmentLineForm year={year} />
      </Card>
      <Card title={t("settingsTitle")}>
        <RecruitmentSettings settings={data.settings} />
      </Card>
    </div>
  );
}
