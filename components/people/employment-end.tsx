import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import {
  endEmploymentAction,
  excludeMemberAction,
  restoreEmploymentAction,
} from "@/lib/people/staff/actions";
import { StaffCheckbox } from "./fields";

// "End the employment": the date of leaving (today by default) and the "Yes, end" tick.
export async function StaffEndForm({ membershipId, today }: { membershipId: string; today: string }) {
  const t = await getTranslations("people.end");
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

// "Exclude from the organisation" (seed 002): the link opens the confirmation, whose only button is
// "Yes, exclude" (it sends confirm=yes; the schema refuses anything else).
export async function StaffExcludeForm({ membershipId }: { membershipId: string }) {
  const t = await getTranslations("people.exclude");
  return (
    <details className="group" data-testid="staff-exclude">
      <summary
        className="cursor-pointer text-sm font-medium text-red-700 hover:underline"
        data-testid="staff-exclude-open"
      >
        {t("open")}
      </summary>
      <div className="mt-3">
        <ActionForm
          action={excludeMemberAction}
          submitLabel={t("confirm")}
          variant="danger"
          hidden={{ membershipId, confirm: "yes" }}
          testId="staff-exclude-form"
          className="space-y-3"
        >
          <p className="text-sm text-slate-600">{t("lead")}</p>
        </ActionForm>
      </div>
    </details>
  );
}

// "Restore from the archive": one button.
export async function StaffRestoreForm({ membershipId }: { membershipId: string }) {
  const t = await getTranslations("people.end");
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
