import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import type { ListFilter } from "@/lib/kindergarten/contingent/schemas";

// The list's filters as a plain GET form (group, current/left, name or IIN): the filtered list has its own
// address, works without JavaScript and survives a reload.
export async function ContingentFilters({
  filter,
  groups,
}: {
  filter: ListFilter;
  groups: { id: string; name: string }[];
}) {
  const t = await getTranslations("kgContingent");
  const label = "block text-sm font-medium text-slate-700";
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-4 sm:items-end" data-testid="contingent-filters">
      <div className="space-y-1">
        <label htmlFor="f-group" className={label}>
          {t("filterGroup")}
        </label>
        <select
          id="f-group"
          name="group"
          defaultValue={filter.group ?? ""}
          className={inputClass}
          data-testid="contingent-filter-group"
        >
          <option value="">{t("allGroups")}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-status" className={label}>
          {t("filterStatus")}
        </label>
        <select
          id="f-status"
          name="status"
          defaultValue={filter.status}
          className={inputClass}
          data-testid="contingent-filter-status"
        >
          <option value="current">{t("statusCurrent")}</option>
          <option value="left">{t("statusLeft")}</option>
          <option value="all">{t("statusAll")}</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-q" className={label}>
          {t("search")}
        </label>
        <input
          id="f-q"
          name="q"
          defaultValue={filter.q ?? ""}
          className={inputClass}
          autoComplete="off"
          data-testid="contingent-filter-q"
        />
      </div>
      <div>
        <button
          type="submit"
          className={buttonClass("secondary", "w-full sm:w-auto")}
          data-testid="contingent-filter-apply"
        >
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
