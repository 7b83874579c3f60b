import { getTranslations } from "next-intl/server";
import type { ParentNotice } from "@/lib/absence/parent-notices";
import { canCancelPlanned } from "@/lib/absence/parent-rules";
import { cancelPlannedAction } from "@/lib/absence/parent-actions";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { ActionForm } from "@/components/forms/action-form";
import { formatPeriod } from "./period";

// The absences the parent announced from today on; each can be cancelled until its first day.
export async function PlannedList({
  notices,
  today,
  locale,
}: {
  notices: ParentNotice[];
  today: string;
  locale: string;
}) {
  if (notices.length === 0) return null;
  const t = await getTranslations("parentNotices");
  const ta = await getTranslations("attendance");
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("plannedTitle")}</h3>
      <ul className="divide-y divide-slate-100">
        {notices.map((n) => (
          <li
            key={n.id}
            className="flex flex-col gap-2 py-2 text-sm sm:flex-row sm:items-start sm:justify-between"
            data-testid="notice-planned"
            data-notice-id={n.id}
          >
            <div className="min-w-0">
              <p className="font-medium">
                {formatPeriod(n.dateFrom, n.dateTo, locale)} · {n.reason ? ta(`reason.${n.reason}`) : "—"}
              </p>
              {n.comment ? <p className="break-words text-slate-700">{n.comment}</p> : null}
            </div>
            {canCancelPlanned({ kind: n.kind, status: n.status, from: dbDateToYmd(n.dateFrom) }, today) ? (
              <ActionForm
                action={cancelPlannedAction}
                submitLabel={t("cancel")}
                variant="secondary"
                hidden={{ noticeId: n.id }}
                testId={`cancel-${n.id}`}
                className="space-y-2"
              />
            ) : (
              <p className="text-xs text-slate-500">{t("started")}</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

// Earlier notices of the child: answers the kindergarten applied, past and cancelled announcements.
export async function HistoryList({ notices, locale }: { notices: ParentNotice[]; locale: string }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("parentNotices");
  const ta = await getTranslations("attendance");
  return (
    <details>
      <summary className="cursor-pointer text-sm font-semibold text-slate-800">
        {t("historyTitle", { count: notices.length })}
      </summary>
      <ul className="mt-2 divide-y divide-slate-100">
        {notices.map((n) => {
          const reason = n.kind === "PLANNED" ? n.reason : n.answerReason;
          return (
            <li
              key={n.id}
              className="py-2 text-sm"
              data-testid="notice-history"
              data-notice-id={n.id}
              data-status={n.status}
            >
              <p className="font-medium">
                {formatPeriod(n.dateFrom, n.dateTo, locale)} · {t(`kind.${n.kind}`)}
              </p>
              <p className="text-slate-600">
                {reason ? ta(`reason.${reason}`) : "—"} ·{" "}
                {t(`state.${n.kind === "PLANNED" && n.status !== "CANCELLED" ? "PLANNED" : n.status}`)}
              </p>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
