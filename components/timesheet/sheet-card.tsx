import { getTranslations } from "next-intl/server";
import type { parentMonth } from "@/lib/timesheet/parent-month";
import { disputeAction, escalateDisputeAction } from "@/lib/timesheet/actions";
import { orgShortName, personName } from "@/lib/org/names";
import { formatDate, formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ActionForm } from "@/components/forms/action-form";
import { FormTextarea } from "@/components/forms/form-textarea";
import { REASONS_IN_ORDER } from "@/components/attendance/reason-codes";
import { MonthDays } from "./month-days";
import { ConfirmPanel } from "./confirm-panel";
import { ncaLayerUrl } from "@/lib/eds/config";
import { receiptPath } from "@/lib/timesheet/receipt";

type Sheet = Awaited<ReturnType<typeof parentMonth>>[number];
const TONE = {
  in_progress: "bg-slate-100 text-slate-700",
  open: "bg-sky-100 text-sky-800",
  confirmed: "bg-emerald-100 text-emerald-800",
  disputed: "bg-amber-100 text-amber-900",
  not_confirmed: "bg-red-100 text-red-800",
  corrected: "bg-amber-100 text-amber-900",
};

// One kindergarten's timesheet of the month: days, totals, status, and confirm / disagree.
export async function SheetCard({
  sheet,
  childId,
  year,
  month,
  locale,
  parentIin,
}: {
  sheet: Sheet;
  childId: string;
  year: number;
  month: number;
  locale: string;
  parentIin?: string;
}) {
  const t = await getTranslations("timesheet");
  const ta = await getTranslations("attendance");
  const ref = { childId, organizationId: sheet.organization.id, year, month };
  const s = sheet.totals;
  return (
    <Card testId="timesheet-sheet">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="text-lg font-semibold">{orgShortName(sheet.organization, locale)}</h2>
          <p className="text-sm text-slate-600">{sheet.groups.join(", ")}</p>
        </div>
        <span
          className={`rounded-full px-3 py-1 text-xs font-semibold ${TONE[sheet.status]}`}
          data-testid="timesheet-status"
          data-status={sheet.status}
        >
          {t(`status.${sheet.status}`)}
        </span>
      </div>
      <MonthDays days={sheet.days} />
      <dl className="mt-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" data-testid="timesheet-totals">
        <div>
          <dt className="text-slate-500">{t("workingDays")}</dt>
          <dd className="font-semibold">{s.expectedDays}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("present")}</dt>
          <dd className="font-semibold" data-testid="total-present">
            {s.present}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("absent")}</dt>
          <dd className="font-semibold">{s.absent}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("notMarked")}</dt>
          <dd className="font-semibold">{s.unmarked}</dd>
        </div>
      </dl>
      {s.absent > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {REASONS_IN_ORDER.filter((r) => s.absentByReason[r])
            .map((r) => `${ta(`reason.${r}`)}: ${s.absentByReason[r]}`)
            .join(" · ")}
        </p>
      ) : null}

      <div className="mt-5 space-y-4 border-t border-slate-100 pt-4">
        <p className="text-sm text-slate-600">
          {t("window", {
            from: formatDate(new Date(`${sheet.window.opens}T00:00:00Z`), locale),
            to: formatDate(new Date(`${sheet.window.closes}T00:00:00Z`), locale),
          })}
        </p>
        {sheet.confirmation ? (
          <Alert tone={sheet.status === "confirmed" ? "success" : "warning"} testId="confirmation-info">
            {t("confirmedBy", {
              at: formatDateTime(sheet.confirmation.signedAt, locale),
              method: t(`method.${sheet.confirmation.method}`),
            })}
            <span className="mt-1 block break-all font-mono text-xs">
              SHA-256 {sheet.confirmation.snapshotHash}
            </span>
            {sheet.status === "corrected" ? <span className="mt-1 block">{t("correctedAfter")}</span> : null}
            <a
              href={receiptPath(sheet.confirmation.id)}
              download
              className="mt-2 block font-medium underline"
              data-testid="receipt-download"
            >
              {t("receiptDownload")}
            </a>
            <span className="block text-xs">{t("receiptHint")}</span>
          </Alert>
        ) : null}
        {sheet.status === "corrected" && !sheet.confirmation ? (
          <Alert tone="warning">{t("correctedAfter")}</Alert>
        ) : null}
        {sheet.canConfirm ? (
          <ConfirmPanel sheet={ref} ncaLayerUrl={ncaLayerUrl()} iin={parentIin} />
        ) : sheet.status !== "confirmed" && sheet.status !== "in_progress" ? (
          <p className="text-sm text-slate-600" data-testid="confirm-unavailable">
            {t("confirmUnavailable")}
          </p>
        ) : null}
        {sheet.canDispute ? (
          <details className="rounded-md bg-slate-50 p-3" data-testid="dispute">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("disagree")}</summary>
            <ActionForm
              action={disputeAction}
              submitLabel={t("sendDispute")}
              hidden={Object.fromEntries(Object.entries(ref).map(([k, v]) => [k, String(v)]))}
              testId="dispute-form"
              className="mt-3 space-y-3"
            >
              <FormTextarea
                name="reason"
                label={t("disputeReason")}
                hint={t("disputeHint")}
                required
                maxLength={1000}
              />
              <fieldset>
                <legend className="text-sm font-medium text-slate-700">{t("disputeDays")}</legend>
                <div className="mt-1 flex flex-wrap gap-2">
                  {sheet.days
                    .filter((d) => d.status)
                    .map((d) => (
                      <label
                        key={d.date}
                        className="inline-flex items-center gap-1 rounded bg-white px-2 py-1 text-xs ring-1 ring-slate-200"
                      >
                        <input type="checkbox" name="days" value={d.date} /> {Number(d.date.slice(8))}
                      </label>
                    ))}
                </div>
              </fieldset>
            </ActionForm>
          </details>
        ) : null}
        {sheet.disputes.map((d, i) => (
          <div
            key={d.id}
            className="space-y-1 rounded-md bg-amber-50 p-3 text-sm"
            data-testid="dispute-item"
            data-status={d.status}
          >
            <p>
              <span className="font-medium">
                {t("yourDispute", { at: formatDateTime(d.createdAt, locale) })}
              </span>{" "}
              {d.reason}
            </p>
            {d.answer ? (
              <p>
                {t("kgAnswer", {
                  who: d.answeredBy ? personName(d.answeredBy) : "",
                  at: formatDateTime(d.answeredAt, locale),
                })}{" "}
                {d.answer}
              </p>
            ) : null}
            {d.escalatedAt ? (
              <p>
                {t("disputeFlow.escalatedOn", { at: formatDateTime(d.escalatedAt, locale) })}{" "}
                {d.escalationReason}
              </p>
            ) : null}
            {d.decision ? (
              <p data-testid="dispute-decision">
                {t("disputeFlow.decision", { at: formatDateTime(d.decidedAt, locale) })} {d.decision}
              </p>
            ) : null}
            <p className="font-medium" data-testid="dispute-state">
              {t(`disputeFlow.state.${d.status}`)}
            </p>
            {i === 0 && sheet.next && sheet.next.who !== "none" ? (
              <p data-testid="dispute-next">
                {sheet.next.who === "officer" && !sheet.next.until
                  ? t("disputeFlow.next.kindergarten")
                  : t(`disputeFlow.next.${sheet.next.who}`, {
                      until: formatDateTime(sheet.next.until, locale, sheet.organization.timeZone),
                    })}
              </p>
            ) : null}
            {i === 0 && sheet.canEscalate ? (
              <details className="mt-2 rounded-md bg-white p-3" data-testid="escalate">
                <summary className="cursor-pointer font-medium text-brand-700">
                  {t("disputeFlow.escalate")}
                </summary>
                <ActionForm
                  action={escalateDisputeAction}
                  submitLabel={t("disputeFlow.escalate")}
                  hidden={{ disputeId: d.id }}
                  testId="escalate-form"
                  className="mt-3 space-y-3"
                >
                  <FormTextarea
                    idPrefix="escalate-"
                    name="reason"
                    label={t("disputeFlow.escalateLabel")}
                    hint={t("disputeFlow.escalateHint")}
                    required
                    maxLength={1000}
                  />
                </ActionForm>
              </details>
            ) : null}
          </div>
        ))}
      </div>
    </Card>
  );
}
