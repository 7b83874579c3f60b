import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { addStaffAction } from "@/lib/kindergarten/staff/actions";
import { requestNow } from "@/lib/clock/request-now";
import { kindergartenToday } from "@/lib/kindergarten/staff/queries";
import { mayKeepManagers } from "@/lib/kindergarten/staff/subject";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { StaffEmploymentFields, StaffPersonFields } from "@/components/kindergarten/staff-fields";

// "Add a staff member": IIN and personal data (birth date and sex default from the IIN),
// then the role, position, qualification and start date (the manager roles and administrator rights
// only for the director or the authority); opens the new person's page.
export default async function NewStaffPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgStaff");
  const today = await kindergartenToday(kg.organizationId, await requestNow());
  return (
    <div className="space-y-6">
      <div>
        <Link href="/kindergarten/staff" className="text-sm text-brand-700 hover:underline">
          {t("backToList")}
        </Link>
        <h1 className="text-2xl font-bold">{t("addTitle")}</h1>
        <p className="max-w-3xl text-sm text-slate-600">{t("addLead")}</p>
      </div>
      <Card>
        <ActionForm
          action={addStaffAction}
          submitLabel={t("create")}
          testId="staff-add"
          className="space-y-6"
        >
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="mb-2 text-lg font-semibold">{t("personalTitle")}</legend>
            <FormField
              name="iin"
              label={t("field.iin")}
              hint={t("field.iinHint")}
              inputMode="numeric"
              maxLength={14}
              autoComplete="off"
              required
            />
            <StaffPersonFields sexFromIin />
          </fieldset>
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="mb-2 text-lg font-semibold">{t("employmentTitle")}</legend>
            <StaffEmploymentFields
              values={{ arrivedAt: today }}
              managerRoles={await mayKeepManagers(kg.actor, kg.organizationId)}
            />
          </fieldset>
        </ActionForm>
      </Card>
    </div>
  );
}
