import { getTranslations } from "next-intl/server";
import type { VoucherRow } from "@/lib/voucher/scoped-vouchers";
import { maskIin } from "@/lib/iin/iin";
import { personName, orgShortName } from "@/lib/org/names";
import { formatDate } from "@/lib/format";
import { VoucherBadge } from "./voucher-badge";
import { VoucherNote } from "./voucher-note";

type Row = VoucherRow & { holder?: { shortNameKk: string; shortNameRu: string } };

// Vouchers as a table (scrolls sideways on a phone): child (IIN masked), state and the months behind
// it first, then the kindergarten (the authority's list), number and issue date.
export async function VoucherTable({
  rows,
  locale,
  showHolder = false,
  testId,
}: {
  rows: Row[];
  locale: string;
  showHolder?: boolean;
  testId: string;
}) {
  const t = await getTranslations("vouchers");
  return (
    <div className="overflow-x-auto" data-testid={testId}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("child")}</th>
            <th className="pr-3">{t("status")}</th>
            <th className="pr-3">{t("details")}</th>
            {showHolder ? <th className="pr-3">{t("kindergarten")}</th> : null}
            <th className="pr-3">{t("number")}</th>
            <th>{t("issuedOn")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr
              key={r.id}
              data-testid="voucher-row"
              data-voucher={r.number}
              data-view={r.view}
              className="align-top"
            >
              <td className="py-2 pr-3">
                <span className="font-medium">{personName(r.child)}</span>
                {r.child.iin ? (
                  <span className="block text-xs text-slate-500">{maskIin(r.child.iin)}</span>
                ) : null}
              </td>
              <td className="py-2 pr-3">
                <VoucherBadge view={r.view} />
              </td>
              <td className="py-2 pr-3 min-w-48">
                <VoucherNote row={r} locale={locale} />
              </td>
              {showHolder ? (
                <td className="py-2 pr-3">{r.holder ? orgShortName(r.holder, locale) : "—"}</td>
              ) : null}
              <td className="py-2 pr-3 whitespace-nowrap">{r.number}</td>
              <td className="py-2 whitespace-nowrap">{formatDate(r.issuedOn, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
