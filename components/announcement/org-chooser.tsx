"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";

/** An organisation under the author, in tree order (depth 1 = a direct subordinate). */
export type OrgOption = { id: string; name: string; depth: number; kindergarten: boolean };

// The choice of subordinate organisations: the tree under the author with a checkbox each (an organisation
// chosen includes those under it) and a name filter, for a region's few hundred kindergartens.
export function OrgChooser({
  options,
  chosen,
  onChange,
}: {
  options: OrgOption[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("announcements");
  const [filter, setFilter] = useState("");
  const words = filter.trim().toLocaleLowerCase();
  const shown = useMemo(
    () => (words ? options.filter((o) => o.name.toLocaleLowerCase().includes(words)) : options),
    [options, words],
  );
  const set = (id: string, on: boolean) =>
    onChange(on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
  return (
    <div className="space-y-2" data-testid="org-chooser">
      <p className="text-xs text-slate-500">{t("wizard.orgsHint")}</p>
      <input
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={t("wizard.orgsFilter")}
        aria-label={t("wizard.orgsFilter")}
        className={inputClass}
      />
      <ul className="max-h-80 space-y-1 overflow-y-auto rounded-md p-2 ring-1 ring-slate-200">
        {shown.map((o) => (
          <li key={o.id} style={{ paddingLeft: `${(words ? 0 : o.depth - 1) * 1.25}rem` }}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(o.id)}
                onChange={(e) => set(o.id, e.target.checked)}
                className="h-4 w-4 accent-brand-600"
                data-testid="org-choice"
                data-org-id={o.id}
              />
              <span className={o.kindergarten ? "" : "font-medium"}>{o.name}</span>
            </label>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600" aria-live="polite">
        {t("wizard.orgsChosen", { count: chosen.length })}
      </p>
    </div>
  );
}
