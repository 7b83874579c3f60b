import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { Link } from "@/i18n/navigation";
import { currentKindergarten } from "@/lib/kindergarten/current";
import { staffDisputes } from "@/lib/timesheet/dispute";
import { acceptDisputeAction, disputeCorrectedAction, rejectDisputeAction } from "@/lib/timesheet/actions";
import { personName } from "@/lib/org/names";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormTextarea } from "@/components/forms/form-textarea";
import { DISPUTE_TONE } from "@/components/timesheet/dispute-tone";

// Parents' disagreements with monthly timesheets: read them; correct the marks and accept, or reject
// with reasons; see the department's decision on those the parent escalated, and report the correction
// it asked for.
export default async function DisputesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "kindergarten.enter");
  const kg = currentKindergarten(actor);
  const t = await getTranslations("disputes");
  const tHistory = await getTranslations("history");
  // The timesheets' history for the kindergarten's managers (not its educators).
  const mayReadHistory = !!kg && can(actor, "audit.read", { organizationId: kg.organizationId });
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
              const correctionDue = d.status === "UPHELD_PARENT" && !d.timesheet.graceUntil;
              return (
                <li
                  key={d.id}
                  className="space-y-2 py-3 text-sm"
                  data-testid="dispute-row"
                  data-status={d.status}
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="font-medium">
                      {personName(d.timesheet.child)} · {mm} ·{" "}
                      {t("from", { parent: personName(d.parent), at: formatDateTime(d.createdAt, locale) })}
                      {mayReadHistory ? (
                        <>
                          {" · "}
                          <Link
                            href={`/history/timesheet/${d.timesheetId}`}
                            className="font-normal text-brand-700 hover:underline"
                            data-testid="timesheet-history-link"
                          >
                            {tHistory("link")}
                          </Link>
                        </>
                      ) : null}
                    </p>
                    <span
                      className={`rounded-full px-3 py-1 text-xs font-semibold ${DISPUTE_TONE[d.status]}`}
                      data-testid="dispute-state"
                    >
                      {t(`state.${d.status}`)}
                    </span>
                  </div>
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
                  ) : null}
                  {d.escalatedAt ? (
                    <p className="rounded bg-violet-50 p-2">
                      {t("escalated", { at: formatDateTime(d.escalatedAt, locale) })} {d.escalationReason}
                      {d.status === "ESCALATED" && d.decideBy ? (
                        <span className="mt-1 block text-slate-600">
                          {t("decideBy", { at: formatDateTime(d.decideBy, locale) })}
                        </span>
                      ) : null}
                    </p>
                  ) : null}
                  {d.decision ? (
                    <p className="rounded bg-slate-100 p-2" data-testid="dispute-decision">
                      {t("decision", {
                        who: d.decidedBy ? personName(d.decidedBy) : "",
                        at: formatDateTime(d.decidedAt, locale),
                      })}{" "}
                      {d.decision}
                    </p>
                  ) : null}
                  {d.status === "OPEN" ? (
                    <div className="grid gap-3 md:grid-cols-2">
                      <ActionForm
                        action={acceptDisputeAction}
                        submitLabel={t("accept")}
                        hidden={{ disputeId: d.id }}
                        testId={`accept-${d.id}`}
                        className="space-y-2"
                      >
                        <FormTextarea
                          idPrefix={`${d.id}-accept-`}
                          name="answer"
                          label={t("answerLabel")}
                          hint={t("answerHint")}
                          required
                          maxLength={1000}
                        />
                      </ActionForm>
                      <ActionForm
                        action={rejectDisputeAction}
                        submitLabel={t("reject")}
                        variant="secondary"
                        hidden={{ disputeId: d.id }}
                        testId={`reject-${d.id}`}
                        className="space-y-2"
                      >
                        <FormTextarea
                          idPrefix={`${d.id}-reject-`}
                          name="answer"
                          label={t("rejectLabel")}
                          hint={t("rejectHint")}
                          required
                          maxLength={1000}
                        />
                      </ActionForm>
                    </div>
                  ) : null}
                  {correctionDue ? (
                    <div
                      className="rounded border border-amber-300 bg-amber-50 p-2"
                      data-testid="correct-call"
                    >
                      <p className="mb-2">{t("correctCall")}</p>
                      <ActionForm
                        action={disputeCorrectedAction}
                        submitLabel={t("reportCorrected")}
                        hidden={{ disputeId: d.id }}
                        testId={`corrected-${d.id}`}
                      />
                    </div>
                  ) : null}
                  {d.timesheet.graceUntil &&
                  d.timesheet.status === "DISPUTED" &&
                  d.status !== "OPEN" &&
                  d.status !== "ESCALATED" &&
                  !correctionDue ? (
                    <p className="text-slate-600">
                      {t("parentUntil", { until: formatDateTime(d.timesheet.graceUntil, locale) })}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
