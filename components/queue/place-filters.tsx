import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import type { ParsedRegistryFilter } from "@/lib/queue/places/registry-filter";

type Choices = {
  districts: { code: string; nameKk: string; nameRu: string; nameEn: string }[];
  kindergartens: { id: string; shortNameKk: string; shortNameRu: string }[];
  birthYears: number[];
};

// The registry's filters as a plain GET form (district, kindergarten, birth year, language): the
// filtered list has its own address and works without JavaScript.
export async function PlaceFilters({
  filter,
  choices,
  locale,
}: {
  filter: ParsedRegistryFilter;
  choices: Choices;
  locale: string;
}) {
  const t = await getTranslations("places");
  const tLang = await getTranslations("groupLanguage");
  const label = "block text-sm font-medium text-slate-700";
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-5 sm:items-end" data-testid="places-filters">
      <div className="space-y-1">
        <label htmlFor="f-district" className={label}>
          {t("district")}
        </label>
        <select
          id="f-district"
          name="district"
          defaultValue={filter.district ?? ""}
          className={inputClass}
          data-testid="places-filter-district"
        >
          <option value="">{t("allDistricts")}</option>
          {choices.districts.map((d) => (
            <option key={d.code} value={d.code}>
              {territoryName(d, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-kg" className={label}>
          {t("kindergarten")}
        </label>
        <select
          id="f-kg"
          name="kg"
          defaultValue={filter.organizationId ?? ""}
          className={inputClass}
          data-testid="places-filter-kg"
        >
          <option value="">{t("allKindergartens")}</option>
          {choices.kindergartens.map((k) => (
            <option key={k.id} value={k.id}>
              {orgShortName(k, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-year" className={label}>
          {t("birthYear")}
        </label>
        <select
          id="f-year"
          name="year"
          defaultValue={filter.birthYear ? String(filter.birthYear) : ""}
          className={inputClass}
          data-testid="places-filter-year"
        >
          <option value="">{t("allYears")}</option>
          {choices.birthYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-lang" className={label}>
          {t("language")}
        </label>
        <select
          id="f-lang"
          name="lang"
          defaultValue={filter.language ?? ""}
          className={inputClass}
          data-testid="places-filter-lang"
        >
          <option value="">{t("allLanguages")}</option>
          {(["KK", "RU", "MIXED"] as const).map((l) => (
            <option key={l} value={l}>
              {tLang(l)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button
          type="submit"
          className={buttonClass("secondary", "w-full sm:w-auto")}
          data-testid="places-filter-apply"
        >
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
