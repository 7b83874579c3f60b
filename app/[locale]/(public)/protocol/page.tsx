import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ProtocolFilters } from "@/components/queue/protocol-filters";
import { ProtocolTable } from "@/components/queue/protocol-table";
import { ProtocolDays } from "@/components/queue/protocol-days";
import { requestNow } from "@/lib/clock/request-now";
import { localDate } from "@/lib/calendar/zone";
import { chosenDistrict } from "@/lib/org/territories";
import { registryChoices } from "@/lib/queue/public-places";
import { PROTOCOL_TZ } from "@/lib/queue/protocol/content";
import {
  lastPublishedDate,
  pendingEventCount,
  publishedDays,
  publishedEvents,
} from "@/lib/queue/protocol/days";
import { parseProtocolFilter, protocolQuery, type ProtocolSearch } from "@/lib/queue/protocol/filter";
import { cachedChainReport } from "@/lib/queue/protocol/verify";
import { Pager, pageParam, pagesOf } from "@/components/ui/pager";

/** Events a page of the public protocol shows. */
const PROTOCOL_PAGE = 100;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "protocol" }))("title") };
}

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<ProtocolSearch & { verify?: string; page?: string }>;
};

// The public protocol of place releases: the published days' events in chronological order (filters:
// district, kindergarten, days), CSV/XLSX downloads, and the hash chain of published days with "verify".
export default async function ProtocolPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("protocol");
  const q = await searchParams;
  const [latest, chosen] = await Promise.all([lastPublishedDate(), chosenDistrict()]);
  const filter = parseProtocolFilter(
    q,
    latest ?? localDate(await requestNow(), PROTOCOL_TZ),
    chosen?.code ?? null,
  );
  const [all, choices, days, pending, report] = await Promise.all([
    publishedEvents(filter),
    registryChoices(filter.district),
    publishedDays(30),
    pendingEventCount(),
    q.verify === "1" ? cachedChainReport(await requestNow()) : null,
  ]);
  // A page of the events (the downloads have them all): a busy day has thousands.
  const pages = pagesOf(all.length, PROTOCOL_PAGE);
  const page = pageParam(q.page, pages);
  const rows = all.slice((page - 1) * PROTOCOL_PAGE, page * PROTOCOL_PAGE);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <Card>
        <ProtocolFilters filter={filter} choices={choices} locale={locale} />
      </Card>
      <p className="text-sm text-slate-600" data-testid="protocol-pending">
        {t("pending", { count: pending })}
      </p>
      <Card testId="protocol-table" title={t("eventsTitle", { count: all.length })}>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <div className="space-y-3">
            <ProtocolTable rows={rows} locale={locale} />
            <Pager
              page={page}
              pages={pages}
              href={(n) => `/protocol?${protocolQuery(filter)}${n > 1 ? `&page=${n}` : ""}`}
              testId="protocol-pager"
            />
          </div>
        )}
      </Card>
      <Card title={t("chainTitle")} testId="protocol-days">
        <ProtocolDays
          days={days}
          report={report}
          verifyHref={`/${locale}/protocol?${protocolQuery(filter)}&verify=1`}
          locale={locale}
        />
      </Card>
    </div>
  );
}
