import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import type { HistoryRow } from "@/lib/audit/history";

// The records of a history, newest first: when, who, what (the action's code and the kind of thing it
// changed) and each changed field as "before → after", personal data already masked.
export async function HistoryList({ rows, locale, tz }: { rows: HistoryRow[]; locale: string; tz: string }) {
  const t = await getTranslations("history");
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-600" data-testid="history-empty">
        {t("empty")}
      </p>
    );
  // The kinds of thing the history names (lib/audit/history.ts); any other shows its code.
  const entity = (type: string) => {
    const key = `entity.${type}` as never;
    return t.has(key) ? t(key) : type;
  };
  return (
    <ol className="divide-y divide-slate-100" data-testid="history-list">
      {rows.map((r) => (
        <li key={r.id} className="space-y-1 py-3 text-sm" data-testid="history-row" data-action={r.action}>
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <time dateTime={r.at.toISOString()} className="text-slate-600">
              {formatDateTime(r.at, locale, tz)}
            </time>
            <span className="font-medium">{r.actor ?? t("system")}</span>
            <span className="text-slate-700">{entity(r.entityType)}</span>
            <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{r.action}</code>
          </p>
          {r.lines.length ? (
            <table className="text-xs">
              <caption className="sr-only">{t("changes")}</caption>
              <tbody>
                {r.lines.map((l) => (
                  <tr key={l.field} data-testid="history-change">
                    <th scope="row" className="pr-3 text-left font-normal text-slate-600">
                      {l.field}
                    </th>
                    <td className="break-all text-slate-700">{l.before}</td>
                    <td aria-hidden className="px-2 text-slate-500">
                      →
                    </td>
                    <td className="break-all text-slate-900">{l.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
