import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ChildCard } from "@/lib/kindergarten/contingent/child-card";

const AUDIT_KEYS = [
  "enrol",
  "enrol_refused_elsewhere",
  "transfer_out",
  "transfer_in",
  "withdraw",
  "person_create",
  "person_update",
  "representative_add",
  "representative_update",
  "representative_remove",
] as const;
type AuditKey = (typeof AUDIT_KEYS)[number];

// Every move of the child in this kindergarten, from the enrolment rows (also those made before the portal
// recorded them): group, order, first and last day, how it ended and why.
export async function ContingentMoves({
  enrolments,
  locale,
}: {
  enrolments: ChildCard["enrolments"];
  locale: string;
}) {
  const t = await getTranslations("kgContingent");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("colGroup")}</th>
            <th className="pr-3">{t("colOrder")}</th>
            <th className="pr-3">{t("colFrom")}</th>
            <th className="pr-3">{t("colTo")}</th>
            <th className="pr-3">{t("colEnd")}</th>
            <th>{t("colReason")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {enrolments.map((e) => (
            <tr key={e.id} data-testid="contingent-move" data-end={e.endKind ?? "open"}>
              <td className="py-2 pr-3 font-medium">{e.group.name}</td>
              <td className="pr-3">
                {t("orderValue", { number: e.orderNumber, date: formatDate(e.orderDate, locale) })}
                {e.capacityOverrideReason ? (
                  <span className="block text-xs text-amber-800">
                    {t("overrideNote", { reason: e.capacityOverrideReason })}
                  </span>
                ) : null}
              </td>
              <td className="pr-3">{formatDate(e.startsOn, locale)}</td>
              <td className="pr-3">{e.endsOn ? formatDate(e.endsOn, locale) : "—"}</td>
              <td className="pr-3">
                {e.endKind ? t(`endKind.${e.endKind}`) : "—"}
                {e.endOrderNumber ? (
                  <span className="block text-xs text-slate-500">
                    {t("endOrder", { number: e.endOrderNumber })}
                  </span>
                ) : null}
              </td>
              <td>{e.endReason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The change log of the child's record here: when, who, what (newest first).
export async function ContingentAuditLog({
  history,
  locale,
  timeZone,
}: {
  history: ChildCard["history"];
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("kgContingent");
  const label = (action: string) => {
    const key = action.replace(/^contingent\./, "");
    return (AUDIT_KEYS as readonly string[]).includes(key) ? t(`audit.${key as AuditKey}`) : t("audit.other");
  };
  if (history.length === 0) return <p className="text-sm text-slate-600">{t("historyEmpty")}</p>;
  return (
    <ol className="space-y-2 text-sm">
      {history.map((h) => (
        <li
          key={h.id}
          className="flex flex-wrap gap-x-3"
          data-testid="contingent-audit"
          data-action={h.action}
        >
          <span className="whitespace-nowrap text-slate-500">{formatDateTime(h.at, locale, timeZone)}</span>
          <span className="font-medium">
            {label(h.action)}
            {h.subject ? `: ${h.subject}` : ""}
          </span>
          {h.actor ? <span className="text-slate-600">{h.actor}</span> : null}
        </li>
      ))}
    </ol>
  );
}
