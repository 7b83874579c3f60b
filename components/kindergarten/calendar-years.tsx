import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { saveSchoolYearAction } from "@/lib/kindergarten/calendar/actions";
import { dottedDate, type SchoolYearDates } from "@/lib/kindergarten/calendar/rules";

type Year = SchoolYearDates & { id: string };
const FIELDS = ["startsOn", "endsOn", "summerStartsOn", "summerEndsOn"] as const;

// The school years: each with its summer period, a link to show it month by month and an edit
// form; then the form for a new year (prefilled with the likely next one).
export async function CalendarYears({
  years,
  selectedId,
  suggested,
}: {
  years: Year[];
  selectedId?: string;
  suggested: SchoolYearDates;
}) {
  const t = await getTranslations("kgCalendar");
  const fields = (prefix: string, v: SchoolYearDates) =>
    FIELDS.map((f) => (
      <FormField
        key={f}
        idPrefix={prefix}
        name={f}
        type="date"
        label={t(f)}
        defaultValue={v[f] ?? ""}
        required={f === "startsOn" || f === "endsOn"}
      />
    ));
  return (
    <Card title={t("yearsTitle")} testId="school-years">
      {years.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noYears")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {years.map((y) => (
            <li key={y.id} className="py-3" data-testid="school-year-row">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className={y.id === selectedId ? "font-semibold" : ""}>
                  {t("yearRange", { from: dottedDate(y.startsOn), to: dottedDate(y.endsOn) })}
                  <span className="text-sm text-slate-600">
                    {" "}
                    ·{" "}
                    {y.summerStartsOn && y.summerEndsOn
                      ? t("summerRange", {
                          from: dottedDate(y.summerStartsOn),
                          to: dottedDate(y.summerEndsOn),
                        })
                      : t("noSummer")}
                  </span>
                </p>
                {y.id === selectedId ? (
                  <span className="text-sm text-slate-500">{t("shown")}</span>
                ) : (
                  <Link
                    href={`/kindergarten/calendar?year=${y.id}`}
                    className="text-sm text-brand-700"
                    data-testid={`school-year-show-${y.id}`}
                  >
                    {t("show")}
                  </Link>
                )}
              </div>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm text-brand-700">{t("edit")}</summary>
                <ActionForm
                  action={saveSchoolYearAction}
                  submitLabel={t("save")}
                  hidden={{ id: y.id }}
                  className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
                  testId={`school-year-edit-${y.id}`}
                >
                  {fields(`${y.id}-`, y)}
                </ActionForm>
              </details>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 text-sm font-semibold text-slate-700">{t("addYear")}</h3>
      <p className="text-xs text-slate-500">{t("yearHint")}</p>
      <ActionForm
        action={saveSchoolYearAction}
        submitLabel={t("add")}
        className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
        testId="school-year-add"
      >
        {fields("new-year-", suggested)}
      </ActionForm>
    </Card>
  );
}
