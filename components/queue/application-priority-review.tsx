import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { reviewPriorityAction } from "@/lib/queue/applications/actions";
import { personName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { formatDateTime } from "@/lib/format";

type Row = {
  id: string;
  number: string;
  priority: string;
  submittedAt: Date;
  birthYear: number;
  child: { lastName: string; firstName: string; middleName: string | null };
  territory: { nameKk: string; nameRu: string; nameEn: string };
  priorityDocument: { fileName: string } | null;
};

// The authority's list of claimed priority categories waiting for their document to be checked:
// open the document, confirm, or reject with a reason (the child then stays in the general queue).
export async function ApplicationPriorityReview({ rows, locale }: { rows: Row[]; locale: string }) {
  const t = await getTranslations("queueAuthority");
  const tPrio = await getTranslations("queuePriority");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((a) => (
        <li key={a.id} className="space-y-2 py-3" data-testid="priority-review-row" data-number={a.number}>
          <p className="text-sm">
            <span className="font-medium">{a.number}</span> · {personName(a.child)} ·{" "}
            {t("cohort", { year: a.birthYear })} · {territoryName(a.territory, locale)}
          </p>
          <p className="text-sm text-slate-700">
            {tPrio(a.priority as "NONE")} · {t("submitted", { at: formatDateTime(a.submittedAt, locale) })} ·{" "}
            {a.priorityDocument ? (
              <a
                className="text-brand-700 underline"
                href={`/${locale}/cabinet/queue/document/${a.id}`}
                target="_blank"
                rel="noreferrer"
              >
                {a.priorityDocument.fileName}
              </a>
            ) : (
              t("noDocument")
            )}
          </p>
          <div className="flex flex-wrap items-start gap-3">
            <ActionForm
              action={reviewPriorityAction}
              submitLabel={t("confirm")}
              hidden={{ applicationId: a.id, decision: "confirm" }}
              testId={`priority-confirm-${a.number}`}
              className="space-y-2"
            />
            <ActionForm
              action={reviewPriorityAction}
              submitLabel={t("reject")}
              variant="secondary"
              hidden={{ applicationId: a.id, decision: "reject" }}
              testId={`priority-reject-${a.number}`}
              className="flex flex-wrap items-end gap-2"
            >
              <FormField idPrefix={`${a.id}-`} name="reason" label={t("rejectReason")} />
            </ActionForm>
          </div>
        </li>
      ))}
    </ul>
  );
}
