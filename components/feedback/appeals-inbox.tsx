import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDateTime } from "@/lib/format";
import type { AppealStatus } from "@/lib/generated/prisma/enums";
import { APPEAL_STATUSES } from "@/lib/feedback/rules";
import { AppealStatusBadge } from "./appeal-status";

type Row = { id: string; authorName: string; subject: string; status: AppealStatus; createdAt: Date };

// The appeals inbox: a status filter (all / new / in work / answered, with counts) and the list, newest first;
// each appeal opens below the list (?appeal=id).
export async function AppealsInbox({
  base,
  rows,
  counts,
  status,
  locale,
  timeZone,
}: {
  base: string;
  rows: Row[];
  counts: Record<AppealStatus, number>;
  status: AppealStatus | undefined;
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("feedback.inbox");
  const total = APPEAL_STATUSES.reduce((n, s) => n + counts[s], 0);
  const tab = (on: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${on ? "bg-brand-600 text-white" : "text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"}`;
  const filters: { key: AppealStatus | undefined; label: string; count: number }[] = [
    { key: undefined, label: t("all"), count: total },
    ...APPEAL_STATUSES.map((s) => ({ key: s, label: t(`status.${s}`), count: counts[s] })),
  ];
  return (
    <div className="space-y-3">
      <nav className="flex flex-wrap gap-2" aria-label={t("filter")} data-testid="appeals-filter">
        {filters.map((f) => (
          <Link
            key={f.key ?? "all"}
            href={{ pathname: base, query: f.key ? { status: f.key } : {} }}
            className={tab(status === f.key)}
            aria-current={status === f.key ? "page" : undefined}
            data-testid={`appeals-filter-${f.key ?? "all"}`}
          >
            {f.label} ({f.count})
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500" data-testid="appeals-empty">
          {t("empty")}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="appeals-table">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2 pr-3 font-medium">{t("received")}</th>
                <th className="py-2 pr-3 font-medium">{t("from")}</th>
                <th className="py-2 pr-3 font-medium">{t("subject")}</th>
                <th className="py-2 font-medium">{t("statusLabel")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((a) => (
                <tr key={a.id} data-testid="appeal-row" data-status={a.status}>
                  <td className="whitespace-nowrap py-2 pr-3 text-slate-600">
                    {formatDateTime(a.createdAt, locale, timeZone)}
                  </td>
                  <td className="py-2 pr-3">{a.authorName}</td>
                  <td className="py-2 pr-3">
                    <Link
                      href={{ pathname: base, query: { ...(status ? { status } : {}), appeal: a.id } }}
                      className="font-medium text-brand-700 hover:underline"
                      data-testid="appeal-open"
                    >
                      {a.subject}
                    </Link>
                  </td>
                  <td className="py-2">
                    <AppealStatusBadge status={a.status} label={t(`status.${a.status}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
