import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { orgShortName } from "@/lib/org/names";
import type { ScheduleRow } from "@/lib/queue/recruitment/schedule";

// The summer-recruitment schedule as parents read it (seed 003's Temirtau table): per birth year the
// priority-access days and the general-access day, and the kindergartens that shifted their dates.
export async function RecruitmentPublic({
  lines,
  year,
  locale,
}: {
  lines: ScheduleRow[];
  year: number;
  locale: string;
}) {
  const t = await getTranslations("recruitment");
  const d = (ymd: string) => formatDate(ymdToDbDate(ymd), locale);
  return (
    <div className="overflow-x-auto" data-testid="recruitment-public">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("cohort")}</th>
            <th className="pr-3">{t("priorityDays")}</th>
            <th>{t("generalDay")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {lines.map((l) => (
            <tr key={l.id} className="align-top" data-testid="recruitment-public-row">
              <td className="py-2 pr-3">
                {t("cohortLabel", { birthYear: l.birthYear, age: year - l.birthYear })}
              </td>
              <td className="py-2 pr-3">
                {d(l.priorityFrom)} – {d(l.priorityTo)}
                {l.shifts.map((s) => (
                  <span key={s.id} className="block text-xs text-slate-600">
                    {t("shiftLine", {
                      kindergarten: orgShortName(s.organization, locale),
                      from: d(s.priorityFrom),
                      to: d(s.priorityTo),
                      general: d(s.generalFrom),
                      reason: s.reason,
                    })}
                  </span>
                ))}
              </td>
              <td className="py-2">{t("generalIfLeft", { date: d(l.generalFrom) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
