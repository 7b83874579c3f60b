import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { formatDate, formatDateTime } from "@/lib/format";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { PROTOCOL_TZ } from "@/lib/queue/protocol/content";
import type { CachedChainReport } from "@/lib/queue/protocol/verify";
import { PORTAL_KEYS_PATH } from "@/lib/security/portal-key";

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
      <div className="space-y-1 rounded-md bg-slate-50 p-3 text-sm" data-testid="protocol-verify-outside">
        <p className="font-medium text-slate-800">{t("verifyOutsideTitle")}</p>
        <p className="text-slate-700">{t("verifyOutsideLead")}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a
              href={`/${locale}/protocol/chain.json`}
              download
              className="font-medium text-brand-700 hover:underline"
              data-testid="protocol-chain-json"
            >
              {t("downloadChain")}
            </a>
          </li>
          <li>
            <a
              href={`/${locale}/protocol/heads.xml`}
              className="font-medium text-brand-700 hover:underline"
              data-testid="protocol-heads-feed"
            >
              {t("downloadHeads")}
            </a>
          </li>
          <li>
            <a
              href={PORTAL_KEYS_PATH}
              className="font-medium text-brand-700 hover:underline"
              data-testid="portal-keys"
            >
              {t("downloadKeys")}
            </a>
          </li>
        </ul>
      </div>
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
                <th className="pr-3">{t("prevHash")}</th>
                <th>{t("dayContent")}</th>
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
                  <td className="py-2 pr-3 break-all" title={d.prevHash ?? ""}>
                    {d.prevHash ? `${d.prevHash.slice(0, 16)}…` : "—"}
                  </td>
                  <td className="py-2 font-sans text-sm">
                    <a
                      href={`/${locale}/protocol/days/${d.date}.json`}
                      download
                      className="text-brand-700 hover:underline"
                      data-testid="protocol-day-json"
                    >
                      JSON
                    </a>
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
