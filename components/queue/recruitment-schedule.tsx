import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { formatDate, formatDateTime } from "@/lib/format";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { orgShortName, personName } from "@/lib/org/names";
import { deleteScheduleAction, deleteShiftAction } from "@/lib/queue/recruitment/actions";
import type { ScheduleRow } from "@/lib/queue/recruitment/schedule";
import { RecruitmentLineForm } from "./recruitment-line-form";
import { RecruitmentShiftForm } from "./recruitment-shift-form";

// The department's schedule of a year for editing: per birth year its dates, the kindergartens' shifts
// (each removable), and forms to correct the line, delete it, or add a kindergarten's shift.
export async function RecruitmentSchedule({
  lines,
  year,
  kindergartens,
  locale,
}: {
  lines: ScheduleRow[];
  year: number;
  kindergartens: { id: string; shortNameKk: string; shortNameRu: string }[];
  locale: string;
}) {
  const t = await getTranslations("recruitment");
  const d = (ymd: string) => formatDate(ymdToDbDate(ymd), locale);
  return (
    <ul className="divide-y divide-slate-100">
      {lines.map((l) => (
        <li
          key={l.id}
          className="space-y-2 py-3"
          data-testid="recruitment-line"
          data-birth-year={l.birthYear}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p>
              <span className="font-medium">
                {t("cohortLabel", { birthYear: l.birthYear, age: year - l.birthYear })}
              </span>{" "}
              · {t("priorityRange", { from: d(l.priorityFrom), to: d(l.priorityTo) })} ·{" "}
              {t("generalIfLeft", { date: d(l.generalFrom) })}
            </p>
            <ActionForm
              action={deleteScheduleAction}
              submitLabel={t("delete")}
              variant="secondary"
              hidden={{ id: l.id }}
              testId={`recruitment-delete-${l.id}`}
              className="flex items-center gap-2"
            />
          </div>
          {l.shifts.length > 0 ? (
            <ul className="space-y-1 pl-3 text-sm text-slate-700">
              {l.shifts.map((s) => (
                <li
                  key={s.id}
                  className="flex flex-wrap items-center justify-between gap-2"
                  data-testid="recruitment-shift"
                >
                  <span>
                    {t("shiftLine", {
                      kindergarten: orgShortName(s.organization, locale),
                      from: d(s.priorityFrom),
                      to: d(s.priorityTo),
                      general: d(s.generalFrom),
                      reason: s.reason,
                    })}
                    {s.enteredBy && s.enteredAt ? (
                      <span className="block text-xs text-slate-500">
                        {t("shiftEnteredBy", {
                          name: personName(s.enteredBy),
                          date: formatDateTime(s.enteredAt, locale),
                        })}
                      </span>
                    ) : null}
                  </span>
                  <ActionForm
                    action={deleteShiftAction}
                    submitLabel={t("deleteShift")}
                    variant="secondary"
                    hidden={{ id: s.id }}
                    className="flex items-center gap-2"
                  />
                </li>
              ))}
            </ul>
          ) : null}
          <details>
            <summary className="cursor-pointer text-sm text-brand-700">{t("edit")}</summary>
            <div className="mt-2">
              <RecruitmentLineForm year={year} line={l} />
            </div>
          </details>
          {kindergartens.length > 0 ? (
            <details>
              <summary className="cursor-pointer text-sm text-brand-700">{t("addShift")}</summary>
              <div className="mt-2">
                <RecruitmentShiftForm line={l} kindergartens={kindergartens} locale={locale} />
              </div>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
