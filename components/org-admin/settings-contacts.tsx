import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { Card } from "@/components/ui/card";
import { saveOrgContactsAction } from "@/lib/org/settings/actions";

type Contacts = {
  legalAddress: string | null;
  actualAddress: string | null;
  phones: string | null;
  fax: string | null;
  email: string | null;
  website: string | null;
};

// "Contacts" (shown in the profile's contacts block): addresses, phones, fax, e-mail and website.
export async function SettingsContacts({
  organizationId,
  contacts,
}: {
  organizationId: string;
  contacts: Contacts;
}) {
  const t = await getTranslations("orgAdmin.settings");
  const field = (name: keyof Contacts, type = "text", max = 300) => (
    <FormField
      name={name}
      type={type}
      label={t(`field.${name}`)}
      hint={name === "phones" || name === "website" ? t(`field.${name}Hint`) : undefined}
      maxLength={max}
      defaultValue={contacts[name] ?? ""}
    />
  );
  return (
    <Card title={t("contactsTitle")} testId="org-settings-contacts">
      <ActionForm
        action={saveOrgContactsAction}
        submitLabel={t("save")}
        testId="org-contacts-form"
        hidden={{ organizationId }}
        className="grid gap-3 sm:grid-cols-2"
      >
        {field("legalAddress")}
        {field("actualAddress")}
        {field("phones", "tel", 200)}
        {field("fax", "tel", 200)}
        {field("email", "email", 200)}
        {field("website", "url")}
      </ActionForm>
    </Card>
  );
}
