import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { requestNow } from "@/lib/clock/request-now";
import { todayDbDate } from "@/lib/calendar/db-date";
import { staffNotices } from "@/lib/absence/staff-notices";
import { applyNoticeAnswerAction } from "@/lib/absence/actions";
import { personName } from "@/lib/org/names";
import { formatDate, formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";

// Absence notices of the educator's groups: waiting for the parent, answered (apply the reason), planned.
export default async function NoticesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "kindergarten.enter");
  const t = await getTranslations("staffNotices");
  const ta = await getTranslations("attendance");
  const notices = await staffNotices(actor, todayDbDate(await requestNow()));
  const period = (a: Date, b: Date) =>
    a.getTime() === b.getTime()
      ? formatDate(a, locale)
      : `${formatDate(a, locale)} – ${formatDate(b, locale)}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <Card testId="staff-notices">
        {notices.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {notices.map((n) => (
              <li
                key={n.id}
                className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
                data-testid="staff-notice"
                data-status={n.status}
                data-kind={n.kind}
              >
                <div className="text-sm">
                  <p className="font-medium">
                    {personName(n.child)} · {n.group.name}
                  </p>
                  <p className="text-slate-600">
                    {period(n.dateFrom, n.dateTo)} ·{" "}
                    {t(`state.${n.kind === "PLANNED" ? "PLANNED" : n.status}`)}
                  </p>
                  {n.kind === "PLANNED" && n.reason ? (
                    <p>
                      {ta(`reason.${n.reason}`)}
                      {n.comment ? ` — ${n.comment}` : ""}
                    </p>
                  ) : null}
                  {n.status === "ANSWERED" && n.answerReason ? (
                    <p className="mt-1 rounded bg-sky-50 p-2">
                      {t("answer", {
                        reason: ta(`reason.${n.answerReason}`),
                        at: formatDateTime(n.answeredAt, locale),
                      })}
                      {n.answerComment ? ` — ${n.answerComment}` : ""}
                    </p>
                  ) : null}
                </div>
                {n.status === "ANSWERED" ? (
                  <ActionForm
                    action={applyNoticeAnswerAction}
                    submitLabel={t("apply")}
                    hidden={{ noticeId: n.id }}
                    testId={`apply-${n.id}`}
                    className="space-y-2"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
