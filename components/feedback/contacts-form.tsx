import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { FormTextarea } from "@/components/forms/form-textarea";
import { Card } from "@/components/ui/card";
import { saveFeedbackContactsAction } from "@/lib/feedback/actions";

type Values = {
  phones: string | null;
  email: string | null;
  actualAddress: string | null;
  receptionRulesKk: string | null;
  receptionRulesRu: string | null;
  receptionHours: string | null;
};

// The feedback block's contacts for appeals and the rules and hours of personal reception (administration).
export async function ContactsForm({
  organizationId,
  values,
}: {
  organizationId: string;
  values: Values | null;
}) {
  const t = await getTranslations("feedback.admin");
  const v = (k: keyof Values) => values?.[k] ?? "";
  return (
    <Card title={t("contactsTitle")} testId="feedback-admin-contacts">
      <ActionForm
        action={saveFeedbackContactsAction}
        submitLabel={t("save")}
        testId="feedback-contacts-form"
        hidden={{ organizationId }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            name="phones"
            idPrefix="fb-"
            label={t("phones")}
            defaultValue={v("phones")}
            maxLength={200}
          />
          <FormField
            name="email"
            idPrefix="fb-"
            type="email"
            label={t("email")}
            defaultValue={v("email")}
            maxLength={200}
          />
        </div>
        <FormField
          name="actualAddress"
          idPrefix="fb-"
          label={t("actualAddress")}
          defaultValue={v("actualAddress")}
          maxLength={300}
        />
        <FormField
          name="receptionHours"
          idPrefix="fb-"
          label={t("receptionHours")}
          hint={t("receptionHoursHint")}
          defaultValue={v("receptionHours")}
          maxLength={300}
        />
        <div className="grid gap-3 lg:grid-cols-2">
          <FormTextarea
            name="receptionRulesKk"
            idPrefix="fb-"
            label={t("receptionRulesKk")}
            defaultValue={v("receptionRulesKk")}
            rows={4}
            maxLength={3000}
          />
          <FormTextarea
            name="receptionRulesRu"
            idPrefix="fb-"
            label={t("receptionRulesRu")}
            defaultValue={v("receptionRulesRu")}
            rows={4}
            maxLength={3000}
          />
        </div>
      </ActionForm>
    </Card>
  );
}
