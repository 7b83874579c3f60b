import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { formatDate, formatDateTime } from "@/lib/format";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { PROTOCOL_TZ } from "@/lib/queue/protocol/content";
import type { CachedChainReport } from "@/lib/queue/protocol/verify";

type Day = {
  date: string;
  publishedAt: Date;
  eventCount: number;
  contentHash: string;
  prevHash: string | null;
};

// The published days with their hashes, and the result of "verify the chain" when it was asked for.
export async function ProtocolDays({
  days,
  report,
  verifyHref,
  locale,
}: {
  days: Day[];
  report: CachedChainReport | null;
  verifyHref: string;
  locale: string;
}) {
  const t = await getTranslations("protocol");
  const broken = report?.days.filter((d) => !d.ok) ?? [];
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("chainLead")}</p>
      {report ? (
        <Alert tone={report.ok ? "success" : "error"} testId="protocol-verify-result">
          {report.ok
            ? t("chainOk", { days: report.days.length, head: report.head ?? "—" })
            : t("chainBroken", {
                days: broken.map((d) => d.date).join(", ") || "—",
                events: report.changedEvents.length,
              })}{" "}
          {t("verifiedAt", { at: formatDateTime(report.verifiedAt, locale, PROTOCOL_TZ) })}
        </Alert>
      ) : (
        <a
          href={verifyHref}
          className="text-sm font-medium text-brand-700 hover:underline"
          data-testid="protocol-verify"
        >
          {t("verify")}
        </a>
      )}
      {days.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noDays")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 pr-3">{t("day")}</th>
                <th className="pr-3">{t("publishedAt")}</th>
                <th className="pr-3">{t("events")}</th>
                <th className="pr-3">{t("hash")}</th>
                <th>{t("prevHash")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 font-mono text-xs">
              {days.map((d) => (
                <tr key={d.date} data-testid="protocol-day" data-date={d.date}>
                  <td className="py-2 pr-3 font-sans text-sm">{formatDate(ymdToDbDate(d.date), locale)}</td>
                  <td className="py-2 pr-3 font-sans text-sm whitespace-nowrap">
                    {formatDateTime(d.publishedAt, locale, PROTOCOL_TZ)}
                  </td>
                  <td className="py-2 pr-3 font-sans text-sm">{d.eventCount}</td>
                  <td className="py-2 pr-3 break-all" title={d.contentHash}>
                    {d.contentHash.slice(0, 16)}…
                  </td>
                  <td className="py-2 break-all" title={d.prevHash ?? ""}>
                    {d.prevHash ? `${d.prevHash.slice(0, 16)}…` : "—"}
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
