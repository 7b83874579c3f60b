"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Link } from "@/i18n/navigation";
import { chooseDistrict } from "@/lib/org/actions";
import { inputClass } from "@/components/ui/field";

type Option = { code: string; name: string };

// Region → district selector (seed 000: "choose your district from the list"); submits on change. Under it,
// the chosen district's education department links to its profile.
export function DistrictSelector({
  regions,
  current,
  department,
}: {
  regions: { name: string; districts: Option[] }[];
  current: string | null;
  department?: { slug: string; name: string } | null;
}) {
  const t = useTranslations("home");
  const tLinks = useTranslations("profile.links");
  const form = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={form}
      action={async (formData) => void (await chooseDistrict({ district: formData.get("district") }))}
      className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-end"
    >
      <div className="flex-1 space-y-1">
        <label htmlFor="district" className="block text-sm font-medium text-slate-700">
          {t("districtLabel")}
        </label>
        <select
          id="district"
          name="district"
          defaultValue={current ?? ""}
          className={inputClass}
          data-testid="district-select"
          onChange={() => form.current?.requestSubmit()}
        >
          <option value="" disabled>
            {t("districtPlaceholder")}
          </option>
          {regions.map((r) => (
            <optgroup key={r.name} label={r.name}>
              {r.districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <noscript>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
          {t("districtApply")}
        </button>
      </noscript>
      {department ? (
        <Link
          href={`/org/${department.slug}`}
          className="text-sm font-medium text-brand-700 hover:underline sm:basis-full"
          data-testid="district-department-link"
        >
          {tLinks("department", { name: department.name })}
        </Link>
      ) : null}
    </form>
  );
}
