import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { territoryName } from "@/lib/org/territories";

type Territory = { id: string; nameKk: string; nameRu: string; nameEn: string };

// Step 1 of the application: the district whose kindergartens the parent chooses from (a plain GET
// form, so it works without JavaScript; the page reads ?district=).
export async function ApplicationDistrictPicker({
  locale,
  regions,
  current,
}: {
  locale: string;
  regions: (Territory & { children: Territory[] })[];
  current: string | null;
}) {
  const t = await getTranslations("queueApply");
  return (
    <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end" data-testid="apply-district">
      <div className="flex-1 space-y-1">
        <label htmlFor="district" className="block text-sm font-medium text-slate-700">
          {t("district")}
        </label>
        <select
          id="district"
          name="district"
          defaultValue={current ?? ""}
          className={inputClass}
          data-testid="apply-district-select"
          required
        >
          <option value="" disabled>
            {t("chooseDistrict")}
          </option>
          {regions.map((r) => (
            <optgroup key={r.id} label={territoryName(r, locale)}>
              {r.children.map((d) => (
                <option key={d.id} value={d.id}>
                  {territoryName(d, locale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")} data-testid="apply-district-submit">
        {t("showKindergartens")}
      </button>
    </form>
  );
}
