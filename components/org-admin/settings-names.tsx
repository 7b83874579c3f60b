import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { Card } from "@/components/ui/card";
import { saveOrgNamesAction } from "@/lib/org/settings/actions";

type Names = { shortNameKk: string; shortNameRu: string; fullNameKk: string; fullNameRu: string };

// "About the organisation": the short and full names in Kazakh and Russian.
export async function SettingsNames({ organizationId, names }: { organizationId: string; names: Names }) {
  const t = await getTranslations("orgAdmin.settings");
  const field = (name: keyof Names, max: number) => (
    <FormField name={name} label={t(`field.${name}`)} required maxLength={max} defaultValue={names[name]} />
  );
  return (
    <Card title={t("namesTitle")} testId="org-settings-names">
      <ActionForm
        action={saveOrgNamesAction}
        submitLabel={t("save")}
        testId="org-names-form"
        hidden={{ organizationId }}
        className="grid gap-3 sm:grid-cols-2"
      >
        {field("shortNameKk", 200)}
        {field("shortNameRu", 200)}
        {field("fullNameKk", 500)}
        {field("fullNameRu", 500)}
      </ActionForm>
    </Card>
  );
}
