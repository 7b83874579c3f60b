import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { formatDate } from "@/lib/format";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { deleteOwnShiftAction } from "@/lib/queue/recruitment/actions";
import type { OwnScheduleLine } from "@/lib/queue/recruitment/own-shift";
import { RecruitmentShiftForm } from "./recruitment-shift-form";

// The kindergarten's view of its department's summer recruitment: per birth year the department's dates,
// its own shift if any (with the reason, who entered it), and — until its dates begin — a form to shift them
// or to return to the department's.
export async function RecruitmentOwnShifts({ lines, locale }: { lines: OwnScheduleLine[]; locale: string }) {
  const t = await getTranslations("recruitment");
  const d = (ymd: string) => formatDate(ymdToDbDate(ymd), locale);
  const range = (x: { priorityFrom: string; priorityTo: string; generalFrom: string }) =>
    t("ownDates", { from: d(x.priorityFrom), to: d(x.priorityTo), general: d(x.generalFrom) });
  return (
    <ul className="divide-y divide-slate-100">
      {lines.map((l) => (
        <li
          key={l.scheduleId}
          className="space-y-2 py-3"
          data-testid="own-shift-line"
          data-birth-year={l.birthYear}
        >
          <p>
            <span className="font-medium">
              {t("cohortLabel", { birthYear: l.birthYear, age: l.year - l.birthYear })}
            </span>{" "}
            · {t("ownDepartment", { dates: range(l.department) })}
          </p>
          {l.shift ? (
            <div
              className="flex flex-wrap items-center justify-between gap-2 text-sm"
              data-testid="own-shift"
            >
              <p className="text-amber-900">
                {t(l.shift.byDepartment ? "ownShiftByDepartment" : "ownShift", {
                  dates: range(l.shift),
                  reason: l.shift.reason,
                })}
              </p>
              {l.open ? (
                <ActionForm
                  action={deleteOwnShiftAction}
                  submitLabel={t("ownTakeBack")}
                  variant="secondary"
                  hidden={{ id: l.shift.id }}
                  testId={`own-shift-delete-${l.scheduleId}`}
                  className="flex items-center gap-2"
                />
              ) : null}
            </div>
          ) : null}
          {l.open ? (
            <details>
              <summary className="cursor-pointer text-sm text-brand-700">{t("ownShiftOpen")}</summary>
              <div className="mt-2">
                <RecruitmentShiftForm line={{ id: l.scheduleId, ...l.effective }} locale={locale} />
              </div>
            </details>
          ) : (
            <p className="text-sm text-slate-600">{t("ownLocked")}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
