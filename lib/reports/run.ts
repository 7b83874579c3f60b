import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/i18n/routing";
import { formatDateTime } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import type { ReportControl, ReportContext, ReportDefinition } from "./definition";
import {
  filterChoices,
  parseExtras,
  parseReportFilter,
  reportQuery,
  selectedOrgs,
  type ExtraShape,
  type ReportFilter,
  type ReportSearch,
} from "./filters";
import { ofKinds, scopeFor, type ReportArea } from "./scope";
import { reportWords, type Words } from "./words";

// Runs a report for a reader: their scope (the policy asked), the filters from the address checked
// against it, the report's own parameters, then its queries. The page and the export route both call
// this, so a download always holds what the page shows.

export type ReportRun = Awaited<ReturnType<typeof runReport>>;

export async function runReport<S extends ExtraShape>(
  def: ReportDefinition<S>,
  opts: { area: ReportArea; actor: Actor; search: ReportSearch; now: Date; locale: Locale },
) {
  const { area, actor, search, now, locale } = opts;
  const scope = await scopeFor(area, actor);
  const inKinds = ofKinds(scope, def.kinds);
  const parsed = parseReportFilter(area === "authority" ? search : pickPeriod(search), inKinds, now);
  const { extras, notes: extraNotes } = parseExtras(search, def.extras);
  const filter = parsed.filter;
  const words = await reportWords(locale);
  const query = reportQuery(filter, extras, def.period);
  const base = `/${locale}/${area}/reports/${def.id}`;
  const notes: string[] = parsed.notes.map((n) => words.dyn(`notes.${n}`));
  const ctx: ReportContext<S> = {
    area,
    locale,
    scope,
    orgs: selectedOrgs(inKinds, filter),
    filter,
    extras,
    now,
    words,
    link: (changes) => {
      const q = new URLSearchParams(query);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null) q.delete(k);
        else q.set(k, v);
      }
      return `${base}?${q}`;
    },
    note: (text) => notes.push(text),
  };
  const result = await def.load(ctx);
  const controls: ReportControl[] = def.controls ? await def.controls(ctx) : [];
  // A parameter that fell back is named by its control's label.
  notes.push(
    ...extraNotes.map((n) =>
      words.t("notes.param", { name: controls.find((c) => c.name === n)?.label ?? n }),
    ),
  );
  return {
    id: def.id,
    area,
    period: def.period,
    scope,
    filter,
    extras,
    orgs: ctx.orgs,
    choices: filterChoices(inKinds, filter),
    controls,
    result,
    notes,
    query,
    base,
    now,
    words,
    lines: filterLines({ area, filter, period: def.period, controls, words, inKinds, now }),
  };
}

// A kindergarten's reader has no territory or organisation filters: only the period and the report's own.
function pickPeriod(search: ReportSearch): ReportSearch {
  return { from: search.from, to: search.to };
}

// The filters in words, as the page's summary, the print and the export's lines above the table show them.
function filterLines(o: {
  area: ReportArea;
  filter: ReportFilter;
  period: boolean;
  controls: ReportControl[];
  words: Words;
  inKinds: ReturnType<typeof ofKinds>;
  now: Date;
}): [string, string][] {
  const { t, locale } = o.words;
  const f = o.filter;
  const all = t("filters.all");
  const lines: [string, string][] = [];
  const org = f.org ? o.inKinds.find((x) => x.id === f.org) : null;
  if (o.area === "authority") {
    const terr = o.inKinds.find((x) => x.territory?.code === f.territory)?.territory;
    const dist = o.inKinds.find((x) => x.district?.code === f.district)?.district;
    lines.push([t("filters.territory"), terr ? territoryName(terr, locale) : all]);
    lines.push([t("filters.district"), dist ? territoryName(dist, locale) : all]);
    lines.push([t("filters.type"), f.orgType ? o.words.orgType(f.orgType) : all]);
    lines.push([t("filters.org"), org ? orgShortName(org, locale) : all]);
  } else if (o.inKinds[0]) {
    lines.push([t("filters.org"), orgShortName(o.inKinds[0], locale)]);
  }
  const mm = (ym: ReportFilter["from"]) => `${String(ym.month).padStart(2, "0")}.${ym.year}`;
  if (o.period) lines.push([t("filters.period"), `${mm(f.from)} – ${mm(f.to)}`]);
  for (const c of o.controls) {
    if (c.kind === "checks") {
      const chosen = c.options.filter((x) => c.values.includes(x.value)).map((x) => x.label);
      lines.push([c.label, chosen.length === c.options.length ? all : chosen.join(", ")]);
    } else if (c.kind === "number") {
      if (c.value) lines.push([c.label, c.value]);
    } else {
      const chosen = c.options.find((x) => x.value === c.value);
      lines.push([c.label, chosen ? chosen.label : c.kind === "select" && c.all ? c.all : c.value]);
    }
  }
  lines.push([t("filters.asOf"), formatDateTime(o.now, locale)]);
  return lines;
}
