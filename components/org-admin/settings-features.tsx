import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { saveOrgFeaturesAction } from "@/lib/org/settings/actions";
import { ACCESS_LEVELS, TOPIC_LEVELS, UPLOAD_LEVELS } from "@/lib/org/settings/schemas";
import type { AccessLevel } from "@/lib/generated/prisma/enums";
import { OrgCheckbox, OrgSelect } from "./org-fields";

export type Features = {
  featureSite: boolean;
  featureForum: boolean;
  forumReadAccess: AccessLevel;
  forumTopicCreation: AccessLevel;
  featureDocuments: boolean;
  documentsUpload: AccessLevel;
  featureStructure: boolean;
  featurePages: boolean;
  featureFeedback: boolean;
};

// "Features" (seed 002, "Функции"): each part of the profile on or off, with the forum's and the documents'
// access options. Switching off hides, never deletes — said on the form.
export async function SettingsFeatures({
  organizationId,
  features,
}: {
  organizationId: string;
  features: Features;
}) {
  const t = await getTranslations("orgAdmin.settings");
  const levels = (list: readonly AccessLevel[]) => list.map((l) => ({ value: l, label: t(`access.${l}`) }));
  type Switch = { [K in keyof Features]: Features[K] extends boolean ? K : never }[keyof Features];
  const box = (name: Switch) => (
    <OrgCheckbox
      name={name}
      label={t(`feature.${name}`)}
      hint={t(`feature.${name}Hint`)}
      defaultChecked={features[name]}
      testId={`org-${name}`}
    />
  );
  return (
    <Card title={t("featuresTitle")} testId="org-settings-features">
      <p className="mb-3 text-sm text-slate-600">{t("featuresLead")}</p>
      <ActionForm
        action={saveOrgFeaturesAction}
        submitLabel={t("save")}
        testId="org-features-form"
        hidden={{ organizationId }}
      >
        {box("featureSite")}
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          {box("featureForum")}
          <div className="grid gap-3 sm:grid-cols-2">
            <OrgSelect
              name="forumReadAccess"
              label={t("field.forumReadAccess")}
              defaultValue={features.forumReadAccess}
              options={levels(ACCESS_LEVELS)}
              testId="org-forumReadAccess"
            />
            <OrgSelect
              name="forumTopicCreation"
              label={t("field.forumTopicCreation")}
              defaultValue={features.forumTopicCreation}
              options={levels(TOPIC_LEVELS)}
              testId="org-forumTopicCreation"
            />
          </div>
        </fieldset>
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          {box("featureDocuments")}
          <OrgSelect
            name="documentsUpload"
            label={t("field.documentsUpload")}
            defaultValue={features.documentsUpload}
            options={levels(UPLOAD_LEVELS)}
            testId="org-documentsUpload"
          />
        </fieldset>
        {box("featureStructure")}
        {box("featurePages")}
        {box("featureFeedback")}
      </ActionForm>
    </Card>
  );
}
