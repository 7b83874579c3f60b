import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { saveQueueSettingsAction } from "@/lib/queue/recruitment/actions";
import type { QueueSettings } from "@/lib/queue/places/queue-calendar";

// The department's queue periods: the priority : general ratio, the priority window, the referral's
// validity (working days) and the stop list (calendar days).
export async function RecruitmentSettings({ settings }: { settings: QueueSettings }) {
  const t = await getTranslations("recruitment");
  const field = (name: keyof QueueSettings, max: number) => (
    <FormField
      name={name}
      type="number"
      inputMode="numeric"
      label={t(`settings.${name}`)}
      hint={t(`settings.${name}Hint`)}
      required
      defaultValue={settings[name]}
      min={1}
      max={max}
    />
  );
  return (
    <ActionForm
      action={saveQueueSettingsAction}
      submitLabel={t("save")}
      testId="queue-settings"
      className="grid gap-3 sm:grid-cols-2"
    >
      {field("priorityRatioGeneral", 10)}
      {field("priorityWindowWorkDays", 30)}
      {field("referralValidityWorkDays", 30)}
      {field("stopListDays", 30)}
    </ActionForm>
  );
}
