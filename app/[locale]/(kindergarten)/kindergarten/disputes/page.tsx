import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { currentKindergarten } from "@/lib/kindergarten/current";
import { staffDisputes } from "@/lib/timesheet/dispute";
import { answerDisputeAction } from "@/lib/timesheet/actions";
import { personName } from "@/lib/org/names";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormTextarea } from "@/components/forms/form-textarea";

// Parents' disagreements with monthly timesheets: read, correct the marks if they are right, answer.
export default async function DisputesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "kindergarten.enter");
  const kg = currentKindergarten(actor);
  const t = await getTranslations("disputes");
  const disputes = kg ? await staffDisputes(actor, kg.organizationId) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <Card testId="disputes">
        {disputes.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {disputes.map((d) => {
              const mm = `${d.timesheet.year}-${String(d.timesheet.month).padStart(2, "0")}`;
              const days = Array.isArray(d.days) ? (d.days as string[]) : [];
              return (
                <li key={d.id} className="space-y-2 py-3 text-sm" data-testid="dispute-row">
                  <p className="font-medium">
                    {personName(d.timesheet.child)} · {mm} ·{" "}
                    {t("from", { parent: personName(d.parent), at: formatDateTime(d.createdAt, locale) })}
                  </p>
                  <p className="rounded bg-amber-50 p-2">
                    {d.reason}
                    {days.length ? ` (${t("days")}: ${days.map((x) => Number(x.slice(8))).join(", ")})` : ""}
                  </p>
                  {d.answer ? (
                    <p className="rounded bg-sky-50 p-2">
                      {t("answeredBy", {
                        who: d.answeredBy ? personName(d.answeredBy) : "",
                        at: formatDateTime(d.answeredAt, locale),
                      })}{" "}
                      {d.answer}
                    </p>
                  ) : (
                    <ActionForm
                      action={answerDisputeAction}
                      submitLabel={t("answer")}
                      hidden={{ disputeId: d.id }}
                      testId={`answer-${d.id}`}
                      className="space-y-2"
                    >
                      <FormTextarea
                        idPrefix={`${d.id}-`}
                        name="answer"
                        label={t("answerLabel")}
                        hint={t("answerHint")}
                        required
                        maxLength={1000}
                      />
                    </ActionForm>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
