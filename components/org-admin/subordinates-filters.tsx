import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import type { SubordinateFilter } from "@/lib/org/subordinates/schemas";

type Option = { value: string; label: string };

// The list's filters (a plain GET form, works without JavaScript): organisational type, type, territory,
// state and a name search.
export async function SubordinatesFilters({
  filter,
  kinds,
  types,
  territories,
}: {
  filter: SubordinateFilter;
  kinds: Option[];
  types: Option[];
  territories: Option[];
}) {
  const t = await getTranslations("orgAdmin.subordinates");
  const select = (
    name: "kind" | "type" | "territory" | "status",
    label: string,
    options: Option[],
    all = true,
  ) => (
    <div className="space-y-1">
      <label htmlFor={`sub-${name}`} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={`sub-${name}`}
        name={name}
        defaultValue={filter[name] ?? ""}
        className={inputClass}
        data-testid={`subordinates-filter-${name}`}
      >
        {all ? <option value="">{t("any")}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
      data-testid="subordinates-filters"
    >
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor="sub-q" className="block text-sm font-medium text-slate-700">
          {t("search")}
        </label>
        <input
          id="sub-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          maxLength={100}
          className={inputClass}
          data-testid="subordinates-filter-q"
        />
      </div>
      {select("kind", t("filterKind"), kinds)}
      {select("type", t("filterType"), types)}
      {select("territory", t("filterTerritory"), territories)}
      {select(
        "status",
        t("filterStatus"),
        (["all", "current", "excluded"] as const).map((s) => ({ value: s, label: t(`status.${s}`) })),
        false,
      )}
      <div className="flex items-end">
        <button type="submit" className={buttonClass("secondary")} data-testid="subordinates-filter-submit">
          {t("show")}
        </button>
      </div>
    </form>
  );
}
