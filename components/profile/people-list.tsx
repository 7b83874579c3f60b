import { getTranslations } from "next-intl/server";
import { orgShortName } from "@/lib/org/names";
import { shownName } from "@/lib/profile/names";
import type { PeopleRow } from "@/lib/profile/people";

// The people of a category: registered users highlighted, persons who have not registered greyed; their
// roles where they work, the group of a child, the children of a parent; phones masked (SPEC §6).
export async function PeopleList({
  people,
  organizationId,
  locale,
}: {
  people: PeopleRow[];
  organizationId: string;
  locale: string;
}) {
  const t = await getTranslations("profile.people");
  const tRole = await getTranslations("memberRole");
  return (
    <ul className="divide-y divide-slate-100" data-testid="people-list">
      {people.map((p) => {
        // The organisation's own staff need no organisation name; the others say where they are.
        const where = (o: { id?: string; shortNameKk: string; shortNameRu: string }) =>
          o.id === organizationId ? "" : ` · ${orgShortName(o, locale)}`;
        const lines = [
          ...p.memberships.map(
            (m) =>
              `${tRole(m.role)}${m.isAdministrator && !["AUTHORITY_ADMIN", "KG_ADMIN"].includes(m.role) ? ` (${t("admin")})` : ""}${where(m.organization)}`,
          ),
          ...p.enrolments.map((e) => `${t("child")}${where(e.organization)} · ${e.group.name}`),
          ...(p.children > 0 ? [t("parentOf", { count: p.children })] : []),
        ];
        return (
          <li
            key={p.id}
            className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2"
            data-testid="people-row"
            data-registered={p.registered ? "1" : "0"}
          >
            <div className="min-w-0">
              <p
                className={p.registered ? "font-semibold text-emerald-800" : "text-slate-400"}
                title={p.registered ? t("registered") : t("notRegistered")}
              >
                {p.online ? (
                  <span
                    className="mr-1.5 inline-block h-2 w-2 rounded-full bg-emerald-500 align-middle"
                    aria-label={t("onlineNow")}
                    role="img"
                  />
                ) : null}
                {shownName(p)}
                <span className="sr-only"> — {p.registered ? t("registered") : t("notRegistered")}</span>
              </p>
              <p className={`text-xs ${p.registered ? "text-slate-600" : "text-slate-400"}`}>
                {lines.join("; ")}
              </p>
            </div>
            {p.phone ? (
              <p className="text-xs whitespace-nowrap text-slate-500 tabular-nums">{p.phone}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
