import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { formatYm } from "@/lib/reports/period";
import type { ReportRun } from "@/lib/reports/run";
import { MonthSelect } from "@/components/ui/month-select";
import { localDate } from "@/lib/calendar/zone";

/** The first month the report period pickers offer. */
const MONTHS_FROM = "2020-01";

const label = "block text-sm font-medium text-slate-700";

function Select({
  id,
  name,
  text,
  value,
  all,
  options,
}: {
  id: string;
  name: string;
  text: string;
  value: string;
  all?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        className={inputClass}
        data-testid={`report-filter-${name}`}
      >
        {all !== undefined ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

// The report's filters as a plain GET form (so a report is an address that can be bookmarked and sent):
// territory → district → organisation type → organisation (each offering what the one above allows),
// the period, and the report's own parameters. The view tabs are links above the report.
export function ReportFilters({ run }: { run: ReportRun }) {
  const { t, locale } = run.words;
  const f = run.filter;
  const all = t("filters.all");
  const tabs = run.controls.filter((c) => c.kind === "tabs");
  return (
    <form
      method="get"
      action={run.base}
      className="no-print grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
      data-testid="report-filters"
    >
      {run.area === "authority" ? (
        <>
          <Select
            id="rf-territory"
            name="territory"
            text={t("filters.territory")}
            value={f.territory ?? ""}
            all={all}
            options={run.choices.territories.map((x) => ({ value: x.code, label: territoryName(x, locale) }))}
          />
          <Select
            id="rf-district"
            name="district"
            text={t("filters.district")}
            value={f.district ?? ""}
            all={all}
            options={run.choices.districts.map((x) => ({ value: x.code, label: territoryName(x, locale) }))}
          />
          <Select
            id="rf-type"
            name="type"
            text={t("filters.type")}
            value={f.orgType ?? ""}
            all={all}
            options={run.choices.orgTypes.map((x) => ({ value: x, label: run.words.orgType(x) }))}
          />
          <Select
            id="rf-org"
            name="org"
            text={t("filters.org")}
            value={f.org ?? ""}
            all={all}
            options={run.choices.orgs.map((o) => ({ value: o.id, label: orgShortName(o, locale) }))}
          />
        </>
      ) : null}
      {run.period ? (
        <>
          <div className="space-y-1">
            <label htmlFor="rf-from" className={label}>
              {t("filters.from")}
            </label>
            <MonthSelect
              id="rf-from"
              name="from"
              value={formatYm(f.from)}
              from={MONTHS_FROM}
              to={localDate(run.now).slice(0, 7)}
              locale={locale}
              testId="report-filter-from"
            />
          </div>
          <div className="space-y-1">
            <label htmlFor="rf-to" className={label}>
              {t("filters.to")}
            </label>
            <MonthSelect
              id="rf-to"
              name="to"
              value={formatYm(f.to)}
              from={MONTHS_FROM}
              to={localDate(run.now).slice(0, 7)}
              locale={locale}
              testId="report-filter-to"
            />
          </div>
        </>
      ) : null}
      {run.controls.map((c) => {
        const id = `rf-${c.name}`;
        if (c.kind === "select")
          return (
            <Select
              key={c.name}
              id={id}
              name={c.name}
              text={c.label}
              value={c.value}
              all={c.all}
              options={c.options}
            />
          );
        if (c.kind === "number")
          return (
            <div key={c.name} className="space-y-1">
              <label htmlFor={id} className={label}>
                {c.label}
              </label>
              <input
                id={id}
                name={c.name}
                type="number"
                min={c.min}
                max={c.max}
                step={c.step}
                defaultValue={c.value}
                className={inputClass}
                data-testid={`report-filter-${c.name}`}
              />
            </div>
          );
        if (c.kind === "checks")
          return (
            <fieldset key={c.name} className="space-y-1 sm:col-span-2 lg:col-span-4">
              <legend className={label}>{c.label}</legend>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {c.options.map((o) => (
                  <label key={o.value} className="inline-flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name={c.name}
                      value={o.value}
                      defaultChecked={c.values.includes(o.value)}
                      data-testid={`report-check-${c.name}-${o.value}`}
                    />
                    {o.label}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        return null;
      })}
      {tabs.map((c) => (
        <input key={c.name} type="hidden" name={c.name} value={c.value} />
      ))}
      <div>
        <button
          type="submit"
          className={buttonClass("primary", "w-full sm:w-auto")}
          data-testid="report-apply"
        >
          {t("filters.apply")}
        </button>
      </div>
    </form>
  );
}
