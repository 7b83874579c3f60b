import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { FormTextarea } from "@/components/forms/form-textarea";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { getAppeal } from "@/lib/feedback/appeals";
import { answerAppealAction, takeAppealAction } from "@/lib/feedback/actions";
import { canAnswer, canTake } from "@/lib/feedback/rules";
import { AppealStatusBadge } from "./appeal-status";

type Appeal = NonNullable<Awaited<ReturnType<typeof getAppeal>>>;

// One appeal in the inbox: who wrote, how to reach them, the text; "Take into work" while new, the answer
// form until answered (the answer is e-mailed to the citizen), and the answer with who gave it and when.
export async function AppealCard({
  appeal,
  backHref,
  locale,
  timeZone,
}: {
  appeal: Appeal;
  backHref: { pathname: string; query: Record<string, string> };
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("feedback.inbox");
  const who = appeal.answeredBy
    ? [appeal.answeredBy.lastName, appeal.answeredBy.firstName, appeal.answeredBy.middleName]
        .filter(Boolean)
        .join(" ")
    : "—";
  return (
    <Card testId="appeal-card">
      <div className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h3 className="text-lg font-semibold text-slate-900" data-testid="appeal-subject">
              {appeal.subject}
            </h3>
            <p className="text-sm text-slate-600">{formatDateTime(appeal.createdAt, locale, timeZone)}</p>
          </div>
          <div className="flex items-center gap-3">
            <AppealStatusBadge status={appeal.status} label={t(`status.${appeal.status}`)} />
            <Link
              href={backHref}
              className="text-sm text-brand-700 hover:underline"
              data-testid="appeal-back"
            >
              {t("back")}
            </Link>
          </div>
        </div>
        <dl className="grid gap-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">{t("from")}</dt>
            <dd data-testid="appeal-author">{appeal.authorName}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("email")}</dt>
            <dd className="break-words">
              <a className="text-brand-700 hover:underline" href={`mailto:${appeal.email}`}>
                {appeal.email}
              </a>
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("phone")}</dt>
            <dd>{appeal.phone ?? "—"}</dd>
          </div>
        </dl>
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("text")}</p>
          <p className="whitespace-pre-line text-sm text-slate-900" data-testid="appeal-body">
            {appeal.body}
          </p>
        </div>
        {canTake(appeal.status) ? (
          <ActionForm
            action={takeAppealAction}
            submitLabel={t("take")}
            variant="secondary"
            testId="appeal-take"
            hidden={{ appealId: appeal.id }}
          />
        ) : null}
        {canAnswer(appeal.status) ? (
          <ActionForm
            action={answerAppealAction}
            submitLabel={t("send")}
            testId="appeal-answer"
            hidden={{ appealId: appeal.id }}
          >
            <FormTextarea
              name="answer"
              idPrefix="appeal-"
              label={t("answer")}
              hint={t("answerHint")}
              required
              rows={6}
              maxLength={5000}
            />
          </ActionForm>
        ) : (
          <div className="rounded-md bg-emerald-50 px-3 py-2 text-sm" data-testid="appeal-answer-shown">
            <p className="text-xs text-emerald-900">
              {t("answeredBy", { date: formatDateTime(appeal.answeredAt, locale, timeZone), name: who })}
            </p>
            <p className="mt-1 whitespace-pre-line text-slate-900">{appeal.answer}</p>
          </div>
        )}
      </div>
    </Card>
  );
}
