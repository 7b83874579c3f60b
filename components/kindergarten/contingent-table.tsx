import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { formatDate } from "@/lib/format";
import { maskIin } from "@/lib/iin/iin";
import { personName } from "@/lib/org/names";
import type { ContingentRow } from "@/lib/kindergarten/contingent/list-contingent";
import { ContingentRelation } from "./contingent-relation";
import { ContingentPhones } from "./contingent-phones";

// The contingent list: each child once (latest enrolment here), IIN masked, the order, the status today,
// and the legal representatives with their phones (the administrator needs them to reach the family).
export async function ContingentTable({ rows, locale }: { rows: ContingentRow[]; locale: string }) {
  const t = await getTranslations("kgContingent");
  const day = (ymd: string) => formatDate(ymdToDbDate(ymd), locale);
  const status = (r: ContingentRow) =>
    r.status === "upcoming"
      ? t("status.upcoming", { date: day(r.startsOn) })
      : r.status === "left"
        ? t("status.left", { date: day(r.endsOn!) })
        : r.endsOn
          ? t("status.currentUntil", { date: day(r.endsOn) })
          : t("status.current");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[52rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("colChild")}</th>
            <th className="pr-3">{t("colIin")}</th>
            <th className="pr-3">{t("colGroup")}</th>
            <th className="pr-3">{t("colOrder")}</th>
            <th className="pr-3">{t("colStart")}</th>
            <th className="pr-3">{t("colStatus")}</th>
            <th>{t("colReps")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((r) => (
            <tr key={r.id} data-testid="contingent-row" data-status={r.status}>
              <td className="py-2 pr-3">
                <Link
                  href={`/kindergarten/contingent/${r.childId}`}
                  className="font-medium text-brand-700 hover:underline"
                  data-testid="contingent-row-link"
                >
                  {r.name}
                </Link>
                {r.child.birthDate ? (
                  <span className="block text-xs text-slate-500">
                    {formatDate(r.child.birthDate, locale)}
                  </span>
                ) : null}
              </td>
              <td className="pr-3 font-mono text-xs">{r.child.iin ? maskIin(r.child.iin) : "—"}</td>
              <td className="pr-3">{r.group.name}</td>
              <td className="pr-3">
                {t("orderValue", { number: r.orderNumber, date: formatDate(r.orderDate, locale) })}
              </td>
              <td className="pr-3">{day(r.startsOn)}</td>
              <td
                className={`pr-3 ${r.status === "left" ? "text-slate-500" : ""}`}
                data-testid="contingent-row-status"
              >
                {status(r)}
              </td>
              <td>
                <ul className="space-y-1">
                  {r.child.representatives.map((l) => (
                    <li key={l.representative.id}>
                      <ContingentRelation relation={l.relation} />: {personName(l.representative)}
                      {l.representative.phone || l.contactPhone ? " · " : null}
                      <ContingentPhones phone={l.representative.phone} contactPhone={l.contactPhone} />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
