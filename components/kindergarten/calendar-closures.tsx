import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { addClosureAction, removeClosureAction } from "@/lib/kindergarten/calendar/actions";
import { dottedDate } from "@/lib/kindergarten/calendar/rules";

// The kindergarten's own closure days (repairs, quarantine…) of the shown school year:
// add one (a working day inside a school year) or remove one.
export async function CalendarClosures({
  closures,
}: {
  closures: { id: string; date: string; reason: string }[];
}) {
  const t = await getTranslations("kgCalendar");
  return (
    <Card title={t("closuresTitle")} testId="closures">
      <p className="mb-3 text-sm text-slate-600">{t("closuresLead")}</p>
      {closures.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noClosures")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {closures.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
              data-testid="closure-row"
            >
              <p>
                <span className="font-medium">{dottedDate(c.date)}</span> — {c.reason}
              </p>
              <ActionForm
                action={removeClosureAction}
                submitLabel={t("remove")}
                variant="secondary"
                hidden={{ id: c.id }}
                className="flex flex-col items-end gap-2"
                testId={`closure-remove-${c.id}`}
              />
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 text-sm font-semibold text-slate-700">{t("addClosure")}</h3>
      <ActionForm
        action={addClosureAction}
        submitLabel={t("add")}
        resetOnSuccess
        className="mt-2 grid gap-3 sm:grid-cols-2"
        testId="closure-add"
      >
        <FormField idPrefix="closure-" name="date" type="date" label={t("closureDate")} required />
        <FormField
          idPrefix="closure-"
          name="reason"
          label={t("closureReason")}
          hint={t("closureReasonHint")}
          required
        />
      </ActionForm>
    </Card>
  );
}
