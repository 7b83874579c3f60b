import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDate } from "@/lib/format";
import { personName } from "@/lib/org/names";
import { maskIin } from "@/lib/iin/iin";
import type { listStaff } from "@/lib/kindergarten/staff/queries";
import { canKeepGroups } from "@/lib/kindergarten/staff/roles";
import { StaffStatus } from "./staff-status";

type Row = Awaited<ReturnType<typeof listStaff>>[number];

// The staff list as a table (scrolls sideways on a phone): name with the masked IIN, role and
// position, qualification, groups (educators), sign-in status, start or leaving date.
export async function StaffTable({
  rows,
  archive,
  locale,
}: {
  rows: Row[];
  archive: boolean;
  locale: string;
}) {
  const t = await getTranslations("kgStaff");
  const tRole = await getTranslations("memberRole");
  const tQ = await getTranslations("qualification");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("col.name")}</th>
            <th className="pr-3">{t("col.role")}</th>
            <th className="pr-3">{t("col.qualification")}</th>
            <th className="pr-3">{t("col.groups")}</th>
            <th className="pr-3">{t("col.signIn")}</th>
            <th>{archive ? t("col.left") : t("col.since")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} data-testid="staff-row" data-membership-id={r.id}>
              <td className="py-2 pr-3">
                <Link
                  href={`/kindergarten/staff/${r.id}`}
                  className="font-medium text-brand-700 hover:underline"
                  data-testid="staff-row-link"
                >
                  {personName(r.person)}
                </Link>
                {r.person.iin ? (
                  <span className="block font-mono text-xs text-slate-500">{maskIin(r.person.iin)}</span>
                ) : null}
              </td>
              <td className="pr-3">
                {tRole(r.role)}
                {r.positionTitle ? (
                  <span className="block text-xs text-slate-500">{r.positionTitle}</span>
                ) : null}
                {r.isAdministrator ? (
                  <span className="block text-xs font-medium text-amber-700">{t("adminBadge")}</span>
                ) : null}
              </td>
              <td className="pr-3">{r.qualification ? tQ(r.qualification) : "—"}</td>
              <td className="pr-3">
                {r.groups.length ? (
                  r.groups.map((g) => g.name).join(", ")
                ) : canKeepGroups(r.role) && !archive ? (
                  <span className="text-amber-700" data-testid="staff-row-unbound">
                    {t("notBound")}
                  </span>
                ) : (
                  "—"
                )}
              </td>
              <td className="pr-3">
                <StaffStatus status={r.account.status} label={t(`status.${r.account.status}`)} />
              </td>
              <td>{formatDate(archive ? (r.leftAt ?? r.excludedAt) : r.arrivedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
