import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { saveScheduleAction } from "@/lib/queue/recruitment/actions";
import type { ScheduleRow } from "@/lib/queue/recruitment/schedule";

// Adds a birth year's line to the year's schedule, or corrects one (with `line`).
export async function RecruitmentLineForm({ year, line }: { year: number; line?: ScheduleRow }) {
  const t = await getTranslations("recruitment");
  const p = line ? `${line.id}-` : "new-";
  return (
    <ActionForm
      action={saveScheduleAction}
      submitLabel={line ? t("save") : t("add")}
      resetOnSuccess={!line}
      testId={line ? `recruitment-edit-${line.id}` : "recruitment-add"}
      hidden={{ year: String(year), ...(line ? { id: line.id } : {}) }}
      className="grid gap-3 sm:grid-cols-4 sm:items-start"
    >
      <FormField
        idPrefix={p}
        name="birthYear"
        type="number"
        inputMode="numeric"
        label={t("birthYear")}
        required
        defaultValue={line?.birthYear ?? year - 3}
        min={year - 7}
        max={year - 1}
      />
      <FormField
        idPrefix={p}
        name="priorityFrom"
        type="date"
        label={t("priorityFrom")}
        required
        defaultValue={line?.priorityFrom}
      />
      <FormField
        idPrefix={p}
        name="priorityTo"
        type="date"
        label={t("priorityTo")}
        required
        defaultValue={line?.priorityTo}
      />
      <FormField
        idPrefix={p}
        name="generalFrom"
        type="date"
        label={t("generalFrom")}
        required
        defaultValue={line?.generalFrom}
      />
    </ActionForm>
  );
}
