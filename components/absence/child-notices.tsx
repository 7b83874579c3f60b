import { getTranslations } from "next-intl/server";
import type { ChildNotices } from "@/lib/absence/parent-notices";
import { orgShortName } from "@/lib/org/names";
import { formatDateTime } from "@/lib/format";
import { AnswerForm } from "./answer-form";
import { HistoryList, PlannedList } from "./notice-rows";
import { formatPeriod } from "./period";

// One child on the parent's notices page: the kindergarten's questions to answer first, answers not
// applied yet (still changeable), announced absences ahead, and the history.
export async function ChildNoticesCard({ data, locale }: { data: ChildNotices; locale: string }) {
  const t = await getTranslations("parentNotices");
  const ta = await getTranslations("attendance");
  const { child, enrolment, awaiting, answered, planned, history } = data;
  const empty = awaiting.length + answered.length + planned.length + history.length === 0;
  return (
    <section
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      data-testid="child-notices"
      data-child-id={child.id}
    >
      <header>
        <h2 className="text-lg font-semibold text-slate-900">{child.name}</h2>
        <p className="text-sm text-slate-600">
          {enrolment
            ? t("inGroup", {
                kindergarten: orgShortName(enrolment.organization, locale),
                group: enrolment.group.name,
              })
            : t("notEnrolled")}
        </p>
      </header>
      {awaiting.length > 0 ? (
        <ul className="space-y-3" aria-label={t("awaitingTitle")}>
          {awaiting.map((n) => (
            <li
              key={n.id}
              className="rounded-md bg-amber-50 p-3 ring-1 ring-amber-200"
              data-testid="notice-awaiting"
              data-notice-id={n.id}
            >
              <p className="font-medium text-amber-950">
                {t("question", {
                  child: child.name,
                  sex: child.sex ?? "other",
                  date: formatPeriod(n.dateFrom, n.dateTo, locale),
                })}
              </p>
              <p className="text-xs text-amber-900">
                {orgShortName(n.organization, locale)}, {n.group.name}
              </p>
              {n.comment ? (
                <p className="mt-1 text-sm text-amber-950">{t("educatorComment", { comment: n.comment })}</p>
              ) : null}
              <AnswerForm noticeId={n.id} submitLabel={t("send")} />
            </li>
          ))}
        </ul>
      ) : null}
      {answered.length > 0 ? (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("answeredTitle")}</h3>
          <ul className="divide-y divide-slate-100">
            {answered.map((n) => (
              <li key={n.id} className="py-2 text-sm" data-testid="notice-answered" data-notice-id={n.id}>
                <p className="font-medium">
                  {formatPeriod(n.dateFrom, n.dateTo, locale)} ·{" "}
                  {t("yourAnswer", { reason: n.answerReason ? ta(`reason.${n.answerReason}`) : "—" })}
                </p>
                {n.answerComment ? <p className="break-words text-slate-700">{n.answerComment}</p> : null}
                <p className="text-xs text-slate-500">
                  {t("answeredAt", { at: formatDateTime(n.answeredAt, locale, n.organization.timeZone) })}
                </p>
                <details className="mt-1">
                  <summary className="cursor-pointer text-brand-700">{t("changeAnswer")}</summary>
                  <AnswerForm
                    noticeId={n.id}
                    submitLabel={t("saveChange")}
                    reason={n.answerReason}
                    comment={n.answerComment}
                  />
                </details>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PlannedList notices={planned} today={data.today} locale={locale} />
      <HistoryList notices={history} locale={locale} />
      {empty ? <p className="text-sm text-slate-600">{t("nothing")}</p> : null}
    </section>
  );
}
