import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { FormTextarea } from "@/components/forms/form-textarea";
import { Alert } from "@/components/ui/alert";
import { sendAppealAction } from "@/lib/feedback/actions";

// The electronic appeal (public): name, e-mail, phone (optional), subject and text — only while the
// organisation's appeals e-mail is confirmed; otherwise a note says why there is no form.
export async function AppealForm({ slug, open }: { slug: string; open: boolean }) {
  const t = await getTranslations("feedback.appeal");
  if (!open)
    return (
      <Alert tone="info" testId="feedback-appeals-closed">
        {t("closed")}
      </Alert>
    );
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <ActionForm
        action={sendAppealAction}
        submitLabel={t("submit")}
        testId="feedback-appeal-form"
        hidden={{ slug }}
        resetOnSuccess
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            name="authorName"
            idPrefix="appeal-"
            label={t("authorName")}
            required
            maxLength={200}
            autoComplete="name"
          />
          <FormField
            name="email"
            idPrefix="appeal-"
            type="email"
            label={t("email")}
            hint={t("emailHint")}
            required
            maxLength={200}
            autoComplete="email"
          />
          <FormField
            name="phone"
            idPrefix="appeal-"
            type="tel"
            inputMode="tel"
            label={t("phone")}
            maxLength={30}
            autoComplete="tel"
          />
          <FormField name="subject" idPrefix="appeal-" label={t("subject")} required maxLength={200} />
        </div>
        <FormTextarea name="body" idPrefix="appeal-" label={t("body")} required rows={6} maxLength={5000} />
        <p className="text-xs text-slate-500">{t("privacy")}</p>
      </ActionForm>
    </div>
  );
}
