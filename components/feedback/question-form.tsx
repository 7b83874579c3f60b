import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { FormTextarea } from "@/components/forms/form-textarea";
import { askQuestionAction } from "@/lib/feedback/actions";

// "Ask a question" (public): name, e-mail and the question; it appears in the list once answered.
export async function QuestionForm({ slug }: { slug: string }) {
  const t = await getTranslations("feedback.questions");
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      <h3 className="text-base font-semibold text-slate-900">{t("ask")}</h3>
      <p className="text-sm text-slate-600">{t("askLead")}</p>
      <ActionForm
        action={askQuestionAction}
        submitLabel={t("submit")}
        testId="feedback-question-form"
        hidden={{ slug }}
        resetOnSuccess
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            name="authorName"
            idPrefix="question-"
            label={t("authorName")}
            required
            maxLength={200}
            autoComplete="name"
          />
          <FormField
            name="email"
            idPrefix="question-"
            type="email"
            label={t("email")}
            hint={t("emailHint")}
            required
            maxLength={200}
            autoComplete="email"
          />
        </div>
        <FormTextarea
          name="question"
          idPrefix="question-"
          label={t("question")}
          required
          rows={4}
          maxLength={2000}
        />
      </ActionForm>
    </div>
  );
}
