import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { answerNoticeAction } from "@/lib/absence/parent-actions";
import { COMMENT_MAX, PARENT_REASONS } from "@/lib/absence/parent-rules";

// The parent's answer to "why was the child absent": a reason from the parent's list and a comment
// (first answer, or a new one replacing it until the kindergarten applies it).
export async function AnswerForm({
  noticeId,
  submitLabel,
  reason,
  comment,
}: {
  noticeId: string;
  submitLabel: string;
  reason?: string | null;
  comment?: string | null;
}) {
  const t = await getTranslations("parentNotices");
  const ta = await getTranslations("attendance");
  const options = [
    { value: "", label: t("choose") },
    ...PARENT_REASONS.map((r) => ({ value: r, label: ta(`reason.${r}`) })),
  ];
  return (
    <ActionForm
      action={answerNoticeAction}
      submitLabel={submitLabel}
      hidden={{ noticeId }}
      testId={`answer-${noticeId}`}
      className="mt-3 grid gap-3 sm:grid-cols-2"
    >
      <FormSelect
        idPrefix={`${noticeId}-`}
        name="reason"
        label={t("reason")}
        options={options}
        defaultValue={reason ?? ""}
        required
      />
      <FormField
        idPrefix={`${noticeId}-`}
        name="comment"
        label={t("comment")}
        hint={t("commentHint", { max: COMMENT_MAX })}
        defaultValue={comment ?? ""}
        maxLength={COMMENT_MAX}
      />
    </ActionForm>
  );
}
