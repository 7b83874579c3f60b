import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { withdrawApplicationAction } from "@/lib/queue/applications/actions";
import type { MyApplication } from "@/lib/queue/applications/my-applications";
import { isStopListed } from "@/lib/queue/places/referral-rules";
import { maskIin } from "@/lib/iin/iin";
import { orgShortName, personName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { formatDateTime } from "@/lib/format";
import { ApplicationHistory } from "./application-history";
import { ApplicationPosition } from "./application-position";
import { ReferralCard } from "./referral-card";
import { ConfirmTick } from "./referral-confirm";

const BADGE: Record<string, string> = {
  WAITING: "bg-sky-100 text-sky-900",
  REFERRED: "bg-emerald-100 text-emerald-900",
  ENROLLED: "bg-emerald-100 text-emerald-900",
  INACTIVE: "bg-amber-100 text-amber-900",
  REMOVED: "bg-slate-200 text-slate-700",
};

// One application as its parent follows it: status, child and cohort, kindergartens, positions,
// priority, the current referral with its answers, earlier referrals, full history, withdrawal.
export async function ApplicationCard({
  app,
  locale,
  now,
}: {
  app: MyApplication;
  locale: string;
  now: Date;
}) {
  const t = await getTranslations("queueMy");
  const tLang = await getTranslations("groupLanguage");
  const current = app.referrals.find((r) => r.status === "ISSUED" || r.status === "ACCEPTED");
  const earlier = app.referrals.filter((r) => r !== current);
  const stop = isStopListed(app.stopListUntil, now);
  return (
    <Card testId="application-card">
      <div className="space-y-4" data-number={app.number} data-status={app.status}>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h2 className="text-lg font-semibold">{t("application", { number: app.number })}</h2>
            <p className="text-sm text-slate-700">
              {personName(app.child)}
              {app.child.iin ? ` · ${t("iin", { iin: maskIin(app.child.iin) })}` : ""}
            </p>
            <p className="text-sm text-slate-600">
              {t("cohort", { year: app.birthYear })} · {territoryName(app.territory, locale)} ·{" "}
              {tLang(app.language)} · {t("submitted", { at: formatDateTime(app.submittedAt, locale) })}
            </p>
          </div>
          <span
            className={`rounded-full px-3 py-1 text-xs font-medium ${BADGE[app.status] ?? ""}`}
            data-testid="application-status"
          >
            {t(`status.${app.status}`)}
          </span>
        </div>
        <ol className="list-inside list-decimal text-sm" data-testid="application-choices">
          {app.choices.map((c) => (
            <li key={c.organizationId}>{orgShortName(c.organization, locale)}</li>
          ))}
        </ol>
        {app.myLink?.status === "PENDING" ? (
          <p
            className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
            data-testid="application-representative-pending"
          >
            {t("representativePending")}
          </p>
        ) : null}
        {app.myLink?.status === "REFUSED" ? (
          <p
            className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200"
            data-testid="application-representative-refused"
          >
            {t("representativeRefused", { reason: app.myLink.refusalReason ?? "—" })}
          </p>
        ) : null}
        {app.myLink?.document ? (
          <p className="text-sm">
            <a
              className="text-brand-700 underline"
              href={`/${locale}/cabinet/queue/document/${app.id}?of=representative`}
              target="_blank"
              rel="noreferrer"
            >
              {t("representativeDocument", { name: app.myLink.document.fileName })}
            </a>
          </p>
        ) : null}
        {stop ? (
          <p
            className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
            data-testid="application-stop-list"
          >
            {t("stopList", { until: formatDateTime(app.stopListUntil, locale) })}
          </p>
        ) : null}
        <ApplicationPosition app={app} locale={locale} />
        {current ? <ReferralCard referral={current} locale={locale} now={now} /> : null}
        {earlier.length > 0 ? (
          <div className="text-sm">
            <p className="font-medium">{t("earlierReferrals")}</p>
            <ul className="text-slate-700">
              {earlier.map((r) => (
                <li key={r.id}>
                  {t("referralLine", {
                    number: r.number,
                    kindergarten: orgShortName(r.place.organization, locale),
                    status: t(`referralStatus.${r.status}`),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <details>
          <summary
            className="cursor-pointer text-sm font-medium text-brand-700"
            data-testid="application-history-open"
          >
            {t("history")}
          </summary>
          <div className="mt-3">
            <ApplicationHistory entries={app.history} locale={locale} />
          </div>
        </details>
        {app.status === "WAITING" ? (
          <details>
            <summary className="cursor-pointer text-sm text-slate-600">{t("withdrawOpen")}</summary>
            <ActionForm
              action={withdrawApplicationAction}
              submitLabel={t("withdraw")}
              variant="danger"
              hidden={{ applicationId: app.id }}
              testId={`withdraw-${app.number}`}
              className="mt-3 space-y-3"
            >
              <ConfirmTick id={`withdraw-confirm-${app.id}`} label={t("withdrawConfirm")} />
            </ActionForm>
          </details>
        ) : null}
      </div>
    </Card>
  );
}
