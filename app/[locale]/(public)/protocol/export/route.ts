import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { routeHandler } from "@/lib/action/define-route";
import { textResponse } from "@/lib/action/state-texts";
import { formatDateTime } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { PROTOCOL_TZ } from "@/lib/queue/protocol/content";
import { lastPublishedDate, publishedEvents } from "@/lib/queue/protocol/days";
import { exportRows, toCsv } from "@/lib/queue/protocol/export";
import { parseProtocolFilter } from "@/lib/queue/protocol/filter";
import { toXlsx } from "@/lib/queue/protocol/xlsx";
import { withExportSlot } from "@/lib/reports/export-slots";
import { exportTooLarge } from "@/lib/reports/export";

// Downloads the published protocol (public): ?from&to (days, at most a year), ?district, ?kg and
// ?format=csv|xlsx — exactly the rows the protocol page shows for the same filters, with each day's hash;
// more than MAX_EXPORT_ROWS events are refused with a message to narrow the filters.
export const GET = routeHandler({
  name: "protocol.export",
  permission: "protocol.read",
  schema: z.object({ locale: z.enum(routing.locales) }).catchall(z.string()),
  run: ({ input }) => withExportSlot(input.locale, () => protocolExport(input)),
});

// The rows of the filter, as CSV or XLSX.
async function protocolExport(input: { locale: (typeof routing.locales)[number] } & Record<string, string>) {
  const { locale, ...q } = input;
  const latest = await lastPublishedDate();
  if (!latest) return textResponse(locale, "errorPage.nothingPublished", 404);
  const filter = parseProtocolFilter(q, latest, null);
  const format = q.format === "xlsx" ? "xlsx" : "csv";
  const t = await getTranslations({ locale, namespace: "protocol" });
  const tLang = await getTranslations({ locale, namespace: "groupLanguage" });
  const events = await publishedEvents(filter);
  const refused = exportTooLarge(locale, events.length);
  if (refused) return refused;
  const rows = exportRows(events, {
    headings: [
      t("day"),
      t("at"),
      t("event"),
      t("kindergarten"),
      t("district"),
      t("birthYear"),
      t("language"),
      t("group"),
      t("access"),
      t("referralColumn"),
      t("reason"),
      t("eventNumber"),
      t("hash"),
    ],
    kind: (k) => t(`kind.${k as "RELEASED"}`),
    language: (l) => tLang(l as "KK"),
    access: (a) => t(a === "priority" ? "accessPriority" : "accessGeneral"),
    time: (iso) => formatDateTime(new Date(iso), locale, PROTOCOL_TZ),
    name: (o) => orgShortName({ shortNameKk: o.nameKk, shortNameRu: o.nameRu }, locale),
    district: (d) => territoryName(d, locale),
  });
  const name = `protocol-${filter.from}_${filter.to}.${format}`;
  const headers = { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" };
  if (format === "csv")
    return new Response(toCsv(rows), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  const body = await toXlsx(rows, t("title"));
  return new Response(new Uint8Array(body), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  });
}
