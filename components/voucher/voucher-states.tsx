import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDateTime } from "@/lib/format";
import { LIFE_STATES, type LifeState } from "@/lib/voucher/authority-vouchers";

type Row = {
  id: string;
  number: string;
  status: string;
  issuedAt: Date | null;
  acceptBy: Date | null;
  contractBy: Date | null;
  contractedAt: Date | null;
  expiredAt: Date | null;
  refusedAt: Date | null;
  application: { number: string; birthYear: number } | null;
  child: { lastName: string; firstName: string };
};

// The department's vouchers from the queue: a count per state (each a filter link) and the list of the
// chosen state with each voucher's deadline (accept by, contract by) or the date it ended there.
export async function VoucherStates({
  counts,
  list,
  state,
  locale,
}: {
  counts: Record<LifeState, number>;
  list: Row[];
  state?: LifeState;
  locale: string;
}) {
  const t = await getTranslations("vouchers.states");
  const tv = await getTranslations("vouchers");
  const at = (d: Date | null) => formatDateTime(d, locale);
  const when = (r: Row) =>
    r.status === "ISSUED"
      ? at(r.acceptBy)
      : r.status === "ACCEPTED"
        ? at(r.contractBy)
        : r.status === "ACTIVE"
          ? at(r.contractedAt)
          : r.status === "EXPIRED"
            ? at(r.expiredAt)
            : r.status === "REFUSED"
              ? at(r.refusedAt)
              : "—";
  const pill = (s: LifeState | undefined, label: string, n?: number) => (
    <Link
      key={s ?? "all"}
      href={s ? `/authority/vouchers?state=${s}` : "/authority/vouchers"}
      className={`rounded-full px-3 py-1 text-sm ring-1 ${state === s ? "bg-slate-800 text-white ring-slate-800" : "bg-white ring-slate-300"}`}
      data-testid="voucher-state-filter"
      data-state={s ?? ""}
    >
      {label}
      {n !== undefined ? (
        <span className="ml-1 font-semibold" data-testid="voucher-state-count">
          {n}
        </span>
      ) : null}
    </Link>
  );
  return (
    <div className="space-y-3" data-testid="voucher-states">
      <nav className="flex flex-wrap gap-2" aria-label={t("filter")}>
        {pill(undefined, t("filterAll"))}
        {LIFE_STATES.map((s) => pill(s, t(`state.${s}`), counts[s]))}
      </nav>
      {list.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th className="py-2 pr-3">{tv("number")}</th>
                <th className="py-2 pr-3">{tv("child")}</th>
                <th className="py-2 pr-3">{t("application")}</th>
                <th className="py-2 pr-3">{tv("status")}</th>
                <th className="py-2 pr-3">{t("deadline")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr
                  key={r.id}
                  className="border-t border-slate-100"
                  data-testid="voucher-state-row"
                  data-status={r.status}
                >
                  <td className="py-2 pr-3 font-mono">{r.number}</td>
                  <td className="py-2 pr-3">
                    {r.child.lastName} {r.child.firstName}
                  </td>
                  <td className="py-2 pr-3">
                    {r.application ? `${r.application.number} · ${r.application.birthYear}` : "—"}
                  </td>
                  <td className="py-2 pr-3">{t(`state.${r.status as LifeState}`)}</td>
                  <td className="py-2 pr-3">{when(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
