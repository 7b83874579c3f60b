import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/format";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { HISTORY_EVENTS, type HistoryEvent } from "@/lib/queue/applications/history";

type Entry = { id: bigint; event: string; details: unknown; at: Date };
type Details = {
  referral?: string;
  voucher?: string;
  priority?: string;
  reason?: string;
  until?: string;
  restorableUntil?: string;
};

const when = (s: string | undefined, locale: string) =>
  !s
    ? "—"
    : /^\d{4}-\d{2}-\d{2}$/.test(s)
      ? formatDate(ymdToDbDate(s), locale)
      : formatDateTime(new Date(s), locale);

// An application's full history, newest first: what happened and why the position or status changed.
export async function ApplicationHistory({ entries, locale }: { entries: Entry[]; locale: string }) {
  const t = await getTranslations("queueHistory");
  const tPrio = await getTranslations("queuePriority");
  const text = (e: Entry) => {
    const d = (e.details ?? {}) as Details;
    if (!(HISTORY_EVENTS as readonly string[]).includes(e.event)) return t("other", { event: e.event });
    const values = {
      referral: d.referral ?? "—",
      voucher: d.voucher ?? "—",
      priority:
        d.priority &&
        d.priority in
          { NONE: 1, OUT_OF_TURN: 1, DISABLED_PARENT: 1, ORPHAN: 1, LARGE_FAMILY: 1, SPECIAL_NEEDS: 1 }
          ? tPrio(d.priority as "NONE")
          : "—",
      reason:
        d.reason &&
        d.reason !== "not_confirmed" &&
        d.reason !== "voucher_not_accepted" &&
        d.reason !== "voucher_not_contracted"
          ? d.reason
          : "—",
      until: when(d.until ?? d.restorableUntil, locale),
    };
    return t(`events.${e.event as HistoryEvent}`, values);
  };
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="space-y-2 border-l-2 border-slate-200 pl-4" data-testid="application-history">
      {entries.map((e) => (
        <li key={String(e.id)} className="text-sm" data-testid="history-entry" data-event={e.event}>
          <p className="text-xs text-slate-500">{formatDateTime(e.at, locale)}</p>
          <p>{text(e)}</p>
        </li>
      ))}
    </ol>
  );
}
