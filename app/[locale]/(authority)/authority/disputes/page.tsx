import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requireAuthorityPage } from "@/lib/auth/audiences";
import { requestNow } from "@/lib/clock/request-now";
import { escalatedCount, officerDisputes, type OfficerTab } from "@/lib/timesheet/dispute-officer";
import { decideDisputeAction } from "@/lib/timesheet/actions";
import { orgShortName, personName } from "@/lib/org/names";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormTextarea } from "@/components/forms/form-textarea";
import { OutcomeChoice } from "@/components/timesheet/outcome-choice";
import { DISPUTE_TONE } from "@/components/timesheet/dispute-tone";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ tab?: string }> };

// The department officer's timesheet disputes: those the parents escalated, with both sides' reasons,
// the days concerned and the deadline (overdue highlighted), each with the decision form; the decided
// ones in a second tab. Only the kindergartens under the officer's authority (the action checks again).
export default async function AuthorityDisputesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requireAuthorityPage(locale);
  const tab: OfficerTab = (await searchParams).tab === "decided" ? "decided" : "escalated";
  const t = await getTranslations("authorityDisputes");
  const tHistory = await getTranslations("history");
  const now = await requestNow();
  const [rows, waiting] = await Promise.all([officerDisputes(ctx, tab), escalatedCount(ctx)]);
  const tabClass = (on: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${on ? "bg-brand-700 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold" data-testid="authority-disputes-title">
        {t("title")}
      </h1>
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <nav className="flex gap-2" aria-label={t("title")}>
        <Link
          href="/authority/disputes"
          className={tabClass(tab === "escalated")}
          data-testid="tab-escalated"
        >
          {t("tabEscalated", { count: waiting })}
        </Link>
        <Link
          href="/authority/disputes?tab=decided"
          className={tabClass(tab === "decided")}
          data-testid="tab-decided"
        >
          {t("tabDecided")}
        </Link>
      </nav>
      <Card testId={`officer-disputes-${tab}`}>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{tab === "escalated" ? t("empty") : t("emptyDecided")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rows.map((d) => {
              const tz = d.timesheet.organization.timeZone;
              const overdue = d.status === "ESCALATED" && !!d.decideBy && d.decideBy <= now;
              return (
                <li
                  key={d.id}
                  className="space-y-2 py-4 text-sm"
                  data-testid="officer-dispute"
                  data-status={d.status}
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="font-medium">
                      {orgShortName(d.timesheet.organization, locale)} · {personName(d.child)}{" "}
                      <span className="font-mono text-xs text-slate-500">{d.child.iin}</span> · {t("month")}{" "}
                      {String(d.timesheet.month).padStart(2, "0")}.{d.timesheet.year} ·{" "}
                      <Link
                        href={`/history/timesheet/${d.timesheetId}`}
                        className="font-normal text-brand-700 hover:underline"
                        data-testid="timesheet-history-link"
                      >
                        {tHistory("link")}
                      </Link>
                    </p>
                    {d.status === "ESCALATED" ? (
                      <span
                        className={`rounded-full px-3 py-1 text-xs font-semibold ${overdue ? "bg-red-100 text-red-800" : "bg-slate-100 text-slate-700"}`}
                        data-testid="dispute-deadline"
                        data-overdue={overdue ? "1" : "0"}
                      >
                        {overdue ? `${t("overdue")}: ` : ""}
                        {t("deadline", { at: formatDateTime(d.decideBy, locale, tz) })}
                      </span>
                    ) : (
                      <span
                        className={`rounded-full px-3 py-1 text-xs font-semibold ${DISPUTE_TONE[d.status]}`}
                        data-testid="dispute-outcome"
                      >
                        {t(`outcome.${d.status as "UPHELD_KINDERGARTEN" | "UPHELD_PARENT"}`)}
                      </span>
                    )}
                  </div>
                  <p className="rounded bg-amber-50 p-2">
                    {t("parentReason", {
                      who: personName(d.parent),
                      at: formatDateTime(d.createdAt, locale, tz),
                    })}{" "}
                    {d.reason}
                    {d.days.length ? (
                      <span className="mt-1 block text-slate-600">
                        {t("days")}: {d.days.map((x) => Number(x.slice(8))).join(", ")}
                      </span>
                    ) : null}
                  </p>
                  <p className="rounded bg-sky-50 p-2">
                    {t("kgAnswer", {
                      who: d.answeredBy ? personName(d.answeredBy) : "",
                      at: formatDateTime(d.answeredAt, locale, tz),
                    })}{" "}
                    {d.answer}
                  </p>
                  <p className="rounded bg-violet-50 p-2">
                    {t("escalation", { at: formatDateTime(d.escalatedAt, locale, tz) })} {d.escalationReason}
                  </p>
                  {d.status === "ESCALATED" ? (
                    <ActionForm
                      action={decideDisputeAction}
                      submitLabel={t("decide")}
                      hidden={{ disputeId: d.id }}
                      testId={`decide-${d.id}`}
                      className="space-y-3 rounded border border-slate-200 p-3"
                    >
                      <OutcomeChoice
                        idPrefix={`${d.id}-`}
                        legend={t("outcomeLegend")}
                        forKindergarten={t("forKindergarten")}
                        forParent={t("forParent")}
                      />
                      <FormTextarea
                        idPrefix={`${d.id}-`}
                        name="decision"
                        label={t("decisionLabel")}
                        required
                        maxLength={1000}
                      />
                    </ActionForm>
                  ) : (
                    <p className="rounded bg-slate-100 p-2" data-testid="dispute-decision">
                      {t("decidedBy", {
                        who: d.decidedBy ? personName(d.decidedBy) : "",
                        at: formatDateTime(d.decidedAt, locale, tz),
                      })}{" "}
                      {d.decision}
                    </p>
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
