import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listStaff } from "@/lib/people/staff/queries";
import { isKindergartenKind, rolesFor, type StaffRole } from "@/lib/people/staff/roles";
import type { PeopleScope } from "@/lib/people/staff/page-scope";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { StaffTable } from "./table";

/** The list's query string: tab, name, role, registered ("yes" users / "no" persons). */
export type PeopleSearch = { tab?: string; q?: string; role?: string; reg?: string };

// The people list of an organisation (seed 002, "Список людей"; the kindergarten's "Staff", EPOS.DOU
// «Кадры»): the current people and the Archive tab, a name search, a role filter and users (registered)
// vs persons (not yet), the count, and "Add a participant". One page for authorities and kindergartens:
// the organisation's kind decides the roles, and a kindergarten's qualification and groups columns.
export async function PeopleListPage({
  scope,
  search,
  locale,
}: {
  scope: PeopleScope;
  search: PeopleSearch;
  locale: string;
}) {
  const { org, base } = scope;
  const t = await getTranslations("people");
  const tRole = await getTranslations("memberRole");
  const tNav = await getTranslations("kgNav");
  const kindergarten = isKindergartenKind(org.kind);
  // A kindergarten's area calls the list by its reference book's name ("Staff"), the administration "People".
  const title = kindergarten && base === "/kindergarten/staff" ? tNav("staff") : t("title");
  const roles = rolesFor(org.kind);
  const archive = search.tab === "archive";
  const query = (search.q ?? "").slice(0, 100);
  const role = roles.find((r) => r === search.role) as StaffRole | undefined;
  const registered = search.reg === "yes" ? true : search.reg === "no" ? false : undefined;
  const rows = await listStaff(org.id, org.kind, { archive, query, role, registered });
  const tabClass = (on: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${on ? "bg-brand-600 text-white" : "text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"}`;
  const filters = {
    ...(query ? { q: query } : {}),
    ...(role ? { role } : {}),
    ...(registered !== undefined ? { reg: registered ? "yes" : "no" } : {}),
  };
  const withTab = (tab?: string) => ({ pathname: base, query: { ...(tab ? { tab } : {}), ...filters } });
  const filtered = !!(query || role || registered !== undefined);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{title}</h1>
          <p className="max-w-3xl text-sm text-slate-600">
            {t("lead")} {kindergarten ? t("leadGroups") : null}
          </p>
        </div>
        <Link href={`${base}/new`} className={buttonClass()} data-testid="staff-add-link">
          {t("add")}
        </Link>
      </div>
      <Card testId="staff-list">
        <div className="mb-4 space-y-3">
          <nav className="flex gap-2" aria-label={title}>
            <Link
              href={withTab()}
              className={tabClass(!archive)}
              aria-current={!archive ? "page" : undefined}
              data-testid="staff-tab-current"
            >
              {t("tabCurrent")}
            </Link>
            <Link
              href={withTab("archive")}
              className={tabClass(archive)}
              aria-current={archive ? "page" : undefined}
              data-testid="staff-tab-archive"
            >
              {t("tabArchive")}
            </Link>
          </nav>
          <form
            method="get"
            className="flex flex-wrap items-end gap-2"
            role="search"
            data-testid="staff-search"
          >
            {archive ? <input type="hidden" name="tab" value="archive" /> : null}
            <div>
              <label htmlFor="staff-q" className="block text-xs font-medium text-slate-600">
                {t("search")}
              </label>
              <input
                id="staff-q"
                name="q"
                defaultValue={query}
                placeholder={t("search")}
                className={`${inputClass} sm:w-64`}
              />
            </div>
            <div>
              <label htmlFor="staff-role" className="block text-xs font-medium text-slate-600">
                {t("filter.role")}
              </label>
              <select
                id="staff-role"
                name="role"
                defaultValue={role ?? ""}
                className={`${inputClass} sm:w-56`}
              >
                <option value="">{t("filter.allRoles")}</option>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {tRole(r)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="staff-reg" className="block text-xs font-medium text-slate-600">
                {t("filter.registered")}
              </label>
              <select
                id="staff-reg"
                name="reg"
                defaultValue={registered === undefined ? "" : registered ? "yes" : "no"}
                className={`${inputClass} sm:w-64`}
              >
                <option value="">{t("filter.everyone")}</option>
                <option value="yes">{t("filter.users")}</option>
                <option value="no">{t("filter.persons")}</option>
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")} data-testid="staff-search-submit">
              {t("filter.submit")}
            </button>
          </form>
        </div>
        <p className="mb-2 text-sm text-slate-600" data-testid="staff-count">
          {t("count", { count: rows.length })}
        </p>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="staff-empty">
            {archive && !filtered ? t("emptyArchive") : t("empty")}
          </p>
        ) : (
          <StaffTable
            rows={rows}
            archive={archive}
            locale={locale}
            base={base}
            kindergarten={kindergarten}
            timeZone={org.timeZone}
          />
        )}
      </Card>
    </div>
  );
}
