import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { orgShortName } from "@/lib/org/names";
import { saveOwnShiftAction, saveShiftAction } from "@/lib/queue/recruitment/actions";
import type { ScheduleDates } from "@/lib/queue/recruitment/rules";

// A kindergarten's own dates within a birth year's line (repairs, illness of the responsible person …):
// entered by the department for one of its kindergartens (with `kindergartens` to choose from), or by the
// kindergarten's administrator for itself (without).
export async function RecruitmentShiftForm({
  line,
  kindergartens,
  locale,
}: {
  line: ScheduleDates & { id: string };
  kindergartens?: { id: string; shortNameKk: string; shortNameRu: string }[];
  locale: string;
}) {
  const t = await getTranslations("recruitment");
  const p = `shift-${line.id}-`;
  return (
    <ActionForm
      action={kindergartens ? saveShiftAction : saveOwnShiftAction}
      submitLabel={t("saveShift")}
      resetOnSuccess
      hidden={{ scheduleId: line.id }}
      testId={`recruitment-shift-${line.id}`}
      className="grid gap-3 sm:grid-cols-3 sm:items-start"
    >
      {kindergartens ? (
        <FormSelect
          idPrefix={p}
          name="organizationId"
          label={t("kindergarten")}
          required
          options={[
            { value: "", label: t("chooseKindergarten") },
            ...kindergartens.map((k) => ({ value: k.id, label: orgShortName(k, locale) })),
          ]}
        />
      ) : null}
      <FormField
        idPrefix={p}
        name="priorityFrom"
        type="date"
        label={t("priorityFrom")}
        required
        defaultValue={line.priorityFrom}
      />
      <FormField
        idPrefix={p}
        name="priorityTo"
        type="date"
        label={t("priorityTo")}
        required
        defaultValue={line.priorityTo}
      />
      <FormField
        idPrefix={p}
        name="generalFrom"
        type="date"
        label={t("generalFrom")}
        required
        defaultValue={line.generalFrom}
      />
      <div className="sm:col-span-2">
        <FormField
          idPrefix={p}
          name="reason"
          label={t("reason")}
          hint={t("reasonHint")}
          required
          maxLength={200}
        />
      </div>
    </ActionForm>
  );
}
