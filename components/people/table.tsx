import { localName } from "@/lib/org/names";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDate, formatDateTime } from "@/lib/format";
import { personName } from "@/lib/org/names";
import { maskIin } from "@/lib/iin/iin";
import type { listStaff } from "@/lib/people/staff/queries";
import { canKeepGroups } from "@/lib/people/staff/roles";
import { StaffStatus } from "./status";

type Row = Awaited<ReturnType<typeof listStaff>>[number];

// The people list as a table (scrolls sideways on a phone): the "hand" of a registered user or the grey
// name of a person not registered yet (seed 002), the name linking to the edit page, the masked IIN; role,
// public position title and extra rights; unit; a kindergarten's qualification and groups; sign-in status;
// the arrival date, or in the archive when the work ended or the person was excluded.
export async function StaffTable({
  rows,
  archive,
  locale,
  base,
  kindergarten,
  timeZone,
}: {
  rows: Row[];
  archive: boolean;
  locale: string;
  base: string;
  kindergarten: boolean;
  timeZone: string;
}) {
  const t = await getTranslations("people");
  const tRole = await getTranslations("memberRole");
  const tQ = await getTranslations("qualification");
  const units = rows.some((r) => r.unit);
  const unitName = (u: { nameKk: string; nameRu: string }) => localName(u.nameKk, u.nameRu, locale);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("col.name")}</th>
            <th className="pr-3">{t("col.role")}</th>
            {units ? <th className="pr-3">{t("col.unit")}</th> : null}
            {kindergarten ? <th className="pr-3">{t("col.qualification")}</th> : null}
            {kindergarten ? <th className="pr-3">{t("col.groups")}</th> : null}
            <th className="pr-3">{t("col.signIn")}</th>
            <th>{archive ? t("col.left") : t("col.since")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => {
            const registered = !!r.account.registeredAt;
            return (
              <tr
                key={r.id}
                data-testid="staff-row"
                data-membership-id={r.id}
                data-registered={registered ? "1" : "0"}
              >
                <td className="py-2 pr-3">
                  <span className="flex items-center gap-1.5">
                    <span
                      aria-label={registered ? t("registeredUser") : t("person")}
                      title={registered ? t("registeredUser") : t("person")}
                      role="img"
                      className="w-5 shrink-0 text-center"
                    >
                      {registered ? "✋" : "·"}
                    </span>
                    <Link
                      href={`${base}/${r.id}`}
                      className={`font-medium hover:underline ${registered ? "text-emerald-700" : "text-slate-500"}`}
                      data-testid="staff-row-link"
                    >
                      {personName(r.person)}
                    </Link>
                  </span>
                  {r.person.iin ? (
                    <span className="block pl-6 font-mono text-xs text-slate-500">
                      {maskIin(r.person.iin)}
                    </span>
                  ) : null}
                </td>
                <td className="pr-3">
                  {tRole(r.role)}
                  {r.positionTitle ? (
                    <span className="block text-xs text-slate-500">{r.positionTitle}</span>
                  ) : null}
                  {[
                    r.isAdministrator ? t("adminBadge") : null,
                    r.isModerator ? t("moderatorBadge") : null,
                    r.isEditor ? t("editorBadge") : null,
                  ]
                    .filter(Boolean)
                    .map((label) => (
                      <span key={label} className="block text-xs font-medium text-amber-700">
                        {label}
                      </span>
                    ))}
                </td>
                {units ? <td className="pr-3">{r.unit ? unitName(r.unit) : "—"}</td> : null}
                {kindergarten ? (
                  <td className="pr-3">{r.qualification ? tQ(r.qualification) : "—"}</td>
                ) : null}
                {kindergarten ? (
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
                ) : null}
                <td className="pr-3">
                  <StaffStatus status={r.account.status} label={t(`status.${r.account.status}`)} />
                </td>
                <td>
                  {archive && !r.leftAt
                    ? formatDateTime(r.excludedAt, locale, timeZone)
                    : formatDate(archive ? r.leftAt : r.arrivedAt, locale)}
                  {archive && r.excludedAt && !r.leftAt ? (
                    <span className="block text-xs text-slate-500" data-testid="staff-row-excluded">
                      {t("exclude.title")}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
