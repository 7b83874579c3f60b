import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { PROTOCOL_TZ } from "@/lib/queue/protocol/content";
import type { ProtocolRow } from "@/lib/queue/protocol/days";

// The published events in protocol order: time (Astana), step, kindergarten and district, group,
// cohort, language and the step's facts (access, referral, reason).
export async function ProtocolTable({ rows, locale }: { rows: ProtocolRow[]; locale: string }) {
  const t = await getTranslations("protocol");
  const tLang = await getTranslations("groupLanguage");
  const facts = (r: ProtocolRow) =>
    [
      typeof r.facts.access === "string"
        ? t(r.facts.access === "priority" ? "accessPriority" : "accessGeneral")
        : null,
      r.facts.referral ? t("referral", { number: String(r.facts.referral) }) : null,
      r.facts.returnedTo
        ? t(r.facts.returnedTo === "PRIORITY" ? "returnedPriority" : "returnedGeneral")
        : null,
      typeof r.facts.offeredFrom === "string"
        ? t(r.facts.pause === "august" ? "offeredFromAugust" : "offeredFrom", {
            from: formatDateTime(new Date(r.facts.offeredFrom), locale, PROTOCOL_TZ),
          })
        : null,
      r.kind === "RELEASED" && typeof r.facts.generalFrom === "string"
        ? t("generalFrom", { from: formatDateTime(new Date(r.facts.generalFrom), locale, PROTOCOL_TZ) })
        : null,
      r.facts.shift ? t("ownDates", { reason: String(r.facts.shift) }) : null,
      r.facts.reason ? String(r.facts.reason) : null,
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("at")}</th>
            <th className="pr-3">{t("event")}</th>
            <th className="pr-3">{t("kindergarten")}</th>
            <th className="pr-3">{t("group")}</th>
            <th className="pr-3">{t("birthYear")}</th>
            <th className="pr-3">{t("language")}</th>
            <th>{t("details")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr
              key={r.id}
              data-testid="protocol-row"
              data-kind={r.kind}
              data-place-id={r.placeId}
              className="align-top"
            >
              <td className="py-2 pr-3 whitespace-nowrap">
                {formatDateTime(new Date(r.at), locale, PROTOCOL_TZ)}
              </td>
              <td className="py-2 pr-3">{t(`kind.${r.kind as "RELEASED"}`)}</td>
              <td className="py-2 pr-3">
                {orgShortName(
                  { shortNameKk: r.organization.nameKk, shortNameRu: r.organization.nameRu },
                  locale,
                )}
                <span className="block text-xs text-slate-500">{territoryName(r.territory, locale)}</span>
              </td>
              <td className="py-2 pr-3">{r.group ?? "—"}</td>
              <td className="py-2 pr-3">{r.birthYear}</td>
              <td className="py-2 pr-3">{tLang(r.language as "KK")}</td>
              <td className="py-2 text-slate-700">{facts(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
