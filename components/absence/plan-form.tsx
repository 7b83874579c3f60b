import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { planAbsenceAction } from "@/lib/absence/parent-actions";
import { COMMENT_MAX, PARENT_REASONS, PLAN_AHEAD_DAYS } from "@/lib/absence/parent-rules";

// "Announce an absence": which child, first and last day (today … 90 days ahead), reason, comment.
// Only children enrolled in a kindergarten now are offered; the server checks everything again.
export async function PlanAbsenceForm({
  childOptions,
  min,
  max,
}: {
  childOptions: { value: string; label: string }[];
  min: string;
  max: string;
}) {
  const t = await getTranslations("parentNotices");
  const ta = await getTranslations("attendance");
  if (childOptions.length === 0) return <p className="text-sm text-slate-600">{t("noEnrolledChildren")}</p>;
  const reasons = [
    { value: "", label: t("choose") },
    ...PARENT_REASONS.map((r) => ({ value: r, label: ta(`reason.${r}`) })),
  ];
  const children =
    childOptions.length === 1 ? childOptions : [{ value: "", label: t("choose") }, ...childOptions];
  return (
    <>
      <p className="mb-3 text-sm text-slate-600">{t("planLead", { days: PLAN_AHEAD_DAYS })}</p>
      <ActionForm
        action={planAbsenceAction}
        submitLabel={t("submitPlan")}
        resetOnSuccess
        testId="plan-absence-form"
        className="grid gap-3 sm:grid-cols-2"
      >
        <div className="sm:col-span-2">
          <FormSelect
            idPrefix="plan-"
            name="childId"
            label={t("child")}
            options={children}
            defaultValue={childOptions.length === 1 ? childOptions[0]!.value : ""}
            required
          />
        </div>
        <FormField
          idPrefix="plan-"
          name="dateFrom"
          type="date"
          label={t("from")}
          min={min}
          max={max}
          required
        />
        <FormField idPrefix="plan-" name="dateTo" type="date" label={t("to")} min={min} max={max} required />
        <FormSelect idPrefix="plan-" name="reason" label={t("reason")} options={reasons} required />
        <FormField
          idPrefix="plan-"
          name="comment"
          label={t("comment")}
          hint={t("commentHint", { max: COMMENT_MAX })}
          maxLength={COMMENT_MAX}
        />
      </ActionForm>
    </>
  );
}
