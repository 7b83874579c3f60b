import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { protocolQuery, type ParsedProtocolFilter } from "@/lib/queue/protocol/filter";

type Choices = {
  districts: { code: string; nameKk: string; nameRu: string; nameEn: string }[];
  kindergartens: { id: string; shortNameKk: string; shortNameRu: string }[];
};

// The protocol's filters (district, kindergarten, days) as a plain GET form, and the downloads (CSV,
// XLSX) of exactly what the filters show.
export async function ProtocolFilters({
  filter,
  choices,
  locale,
}: {
  filter: ParsedProtocolFilter;
  choices: Choices;
  locale: string;
}) {
  const t = await getTranslations("protocol");
  const label = "block text-sm font-medium text-slate-700";
  const q = protocolQuery(filter);
  return (
    <div className="space-y-3">
      <form method="get" className="grid gap-3 sm:grid-cols-5 sm:items-end" data-testid="protocol-filters">
        <div className="space-y-1">
          <label htmlFor="p-district" className={label}>
            {t("district")}
          </label>
          <select id="p-district" name="district" defaultValue={filter.district ?? ""} className={inputClass}>
            <option value="">{t("allDistricts")}</option>
            {choices.districts.map((d) => (
              <option key={d.code} value={d.code}>
                {territoryName(d, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="p-kg" className={label}>
            {t("kindergarten")}
          </label>
          <select id="p-kg" name="kg" defaultValue={filter.organizationId ?? ""} className={inputClass}>
            <option value="">{t("allKindergartens")}</option>
            {choices.kindergartens.map((k) => (
              <option key={k.id} value={k.id}>
                {orgShortName(k, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="p-from" className={label}>
            {t("from")}
          </label>
          <input id="p-from" name="from" type="date" defaultValue={filter.from} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="p-to" className={label}>
            {t("to")}
          </label>
          <input id="p-to" name="to" type="date" defaultValue={filter.to} className={inputClass} />
        </div>
        <div>
          <button
            type="submit"
            className={buttonClass("secondary", "w-full sm:w-auto")}
            data-testid="protocol-filter-apply"
          >
            {t("apply")}
          </button>
        </div>
      </form>
      <p className="flex flex-wrap gap-3 text-sm">
        <a
          href={`/${locale}/protocol/export?${q}&format=csv`}
          className="text-brand-700 hover:underline"
          data-testid="protocol-download-csv"
        >
          {t("downloadCsv")}
        </a>
        <a
          href={`/${locale}/protocol/export?${q}&format=xlsx`}
          className="text-brand-700 hover:underline"
          data-testid="protocol-download-xlsx"
        >
          {t("downloadXlsx")}
        </a>
      </p>
    </div>
  );
}
