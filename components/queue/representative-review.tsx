import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { reviewRepresentativeAction } from "@/lib/queue/representatives/actions";
import type { RepresentativeReviewRow } from "@/lib/queue/representatives/review";
import { personName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { formatDate, formatDateTime } from "@/lib/format";

// The district officer's list of applicants who claim to represent a child with a document (guardian,
// trustee, adoptive or foster parent): who they are, the child, the document; verify, or refuse with a
// reason. Full IINs: the officer checks them against the document.
export async function RepresentativeReview({
  rows,
  locale,
}: {
  rows: RepresentativeReviewRow[];
  locale: string;
}) {
  const t = await getTranslations("queueRepresentatives");
  const tRel = await getTranslations("kgContingent.relation");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((a) => (
        <li
          key={a.id}
          className="space-y-2 py-3"
          data-testid="representative-review-row"
          data-number={a.number}
        >
          <p className="text-sm">
            <span className="font-medium">{a.number}</span> · {territoryName(a.territory, locale)} ·{" "}
            {t("submitted", { at: formatDateTime(a.submittedAt, locale) })}
          </p>
          <p className="text-sm text-slate-700">
            {t("child", {
              name: personName(a.child),
              iin: a.child.iin ?? "—",
              born: a.child.birthDate ? formatDate(a.child.birthDate, locale) : "—",
            })}
          </p>
          <p className="text-sm text-slate-700">
            {t("applicant", {
              name: personName(a.link.representative),
              iin: a.link.representative.iin ?? "—",
              relation: tRel(a.link.relation as "guardian"),
            })}{" "}
            ·{" "}
            {a.link.document ? (
              <a
                className="text-brand-700 underline"
                href={`/${locale}/cabinet/queue/document/${a.id}?of=representative`}
                target="_blank"
                rel="noreferrer"
              >
                {a.link.document.fileName}
              </a>
            ) : (
              t("noDocument")
            )}
          </p>
          <div className="flex flex-wrap items-start gap-3">
            <ActionForm
              action={reviewRepresentativeAction}
              submitLabel={t("verify")}
              hidden={{ applicationId: a.id, decision: "confirm" }}
              testId={`representative-verify-${a.number}`}
              className="space-y-2"
            />
            <ActionForm
              action={reviewRepresentativeAction}
              submitLabel={t("refuse")}
              variant="secondary"
              hidden={{ applicationId: a.id, decision: "reject" }}
              testId={`representative-refuse-${a.number}`}
              className="flex flex-wrap items-end gap-2"
            >
              <FormField idPrefix={`rep-${a.id}-`} name="reason" label={t("refuseReason")} />
            </ActionForm>
          </div>
        </li>
      ))}
    </ul>
  );
}
