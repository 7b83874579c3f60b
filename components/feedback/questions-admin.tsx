import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormTextarea } from "@/components/forms/form-textarea";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { answerQuestionAction, publishQuestionAction } from "@/lib/feedback/actions";
import { canPublish } from "@/lib/feedback/rules";

type Question = {
  id: string;
  question: string;
  authorName: string | null;
  email: string | null;
  answer: string | null;
  published: boolean;
  createdAt: Date;
};

// Citizens' questions in the administration: unanswered first, each with the answer form ("publish" ticked
// by default); an answered one shows its answer, "Publish" / "Remove from publication" and "Change the answer".
export async function QuestionsAdmin({
  questions,
  locale,
  timeZone,
}: {
  questions: Question[];
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("feedback.questionsAdmin");
  const answerForm = (q: Question) => (
    <ActionForm
      action={answerQuestionAction}
      submitLabel={t("save")}
      testId="question-answer"
      hidden={{ questionId: q.id }}
      className="space-y-2"
    >
      <FormTextarea
        name="answer"
        idPrefix={`q-${q.id}-`}
        label={t("answer")}
        defaultValue={q.answer ?? ""}
        required
        rows={3}
        maxLength={5000}
      />
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          name="publish"
          defaultChecked={q.answer ? q.published : true}
          data-testid="question-publish-box"
        />
        {t("publish")}
      </label>
    </ActionForm>
  );
  return (
    <Card title={t("title")} testId="questions-admin">
      <p className="mb-3 text-sm text-slate-600">{t("lead")}</p>
      {questions.length === 0 ? (
        <p className="text-sm text-slate-500" data-testid="questions-admin-empty">
          {t("empty")}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {questions.map((q) => (
            <li
              key={q.id}
              className="space-y-2 py-4"
              data-testid="question-item"
              data-id={q.id}
              data-published={q.published ? "1" : "0"}
            >
              <div className="flex flex-wrap items-center gap-2 text-xs">
                <span className="text-slate-500">
                  {formatDateTime(q.createdAt, locale, timeZone)} · {q.authorName || "—"}
                  {q.email ? ` · ${q.email}` : ""}
                </span>
                <span
                  className={`rounded px-2 py-0.5 font-medium ring-1 ${
                    !q.answer
                      ? "bg-amber-50 text-amber-900 ring-amber-200"
                      : q.published
                        ? "bg-emerald-50 text-emerald-900 ring-emerald-200"
                        : "bg-slate-50 text-slate-700 ring-slate-200"
                  }`}
                  data-testid="question-state"
                >
                  {!q.answer ? t("unanswered") : q.published ? t("publishedBadge") : t("privateBadge")}
                </span>
              </div>
              <p className="whitespace-pre-line font-medium text-slate-900" data-testid="question-text">
                {q.question}
              </p>
              {q.answer ? (
                <div className="rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="question-answer-shown">
                  <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("answer")}</p>
                  <p className="whitespace-pre-line text-slate-800">{q.answer}</p>
                </div>
              ) : null}
              {q.answer ? (
                <div className="flex flex-wrap items-start gap-3">
                  {canPublish(q) ? (
                    <ActionForm
                      action={publishQuestionAction}
                      submitLabel={q.published ? t("makePrivate") : t("makePublic")}
                      variant="secondary"
                      testId="question-publish"
                      hidden={{ questionId: q.id, published: q.published ? "0" : "1" }}
                    />
                  ) : null}
                  <details className="min-w-0 flex-1" data-testid="question-edit">
                    <summary className="cursor-pointer py-2 text-sm text-brand-700">{t("edit")}</summary>
                    <div className="pt-2">{answerForm(q)}</div>
                  </details>
                </div>
              ) : (
                answerForm(q)
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
