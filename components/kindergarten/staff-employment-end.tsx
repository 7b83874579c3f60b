import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { endEmploymentAction, restoreEmploymentAction } from "@/lib/kindergarten/staff/actions";
import { StaffCheckbox } from "./staff-fields";

// "End the employment": the date of leaving (today by default) and the "Yes, end" tick.
export async function StaffEndForm({ membershipId, today }: { membershipId: string; today: string }) {
  const t = await getTranslations("kgStaff.end");
  return (
    <ActionForm
      action={endEmploymentAction}
      submitLabel={t("submit")}
      variant="danger"
      hidden={{ membershipId }}
      testId="staff-end"
      className="space-y-3"
    >
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <div className="max-w-xs">
        <FormField name="leftAt" type="date" label={t("leftAt")} defaultValue={today} max={today} required />
      </div>
      <StaffCheckbox name="confirm" label={t("confirm")} testId="staff-end-confirm" />
    </ActionForm>
  );
}

// "Restore from the archive": one button.
export async function StaffRestoreForm({ membershipId }: { membershipId: string }) {
  const t = await getTranslations("kgStaff.end");
  return (
    <ActionForm
      action={restoreEmploymentAction}
      submitLabel={t("restore")}
      hidden={{ membershipId }}
      testId="staff-restore"
      className="space-y-3"
    >
      <p className="text-sm text-slate-600">{t("restoreLead")}</p>
    </ActionForm>
  );
}
