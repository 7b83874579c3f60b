// A report's filters from the address (pure): territory → district → organisation type → organisation,
// the period where the report has one, and the report's own parameters. Every value is checked with zod
// and against what the reader may see; a bad or foreign value falls back to its default and leaves a
// note, so a bookmarked or forwarded report never fails and never widens the reader's scope.
import { z } from "zod";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { MAX_PERIOD_MONTHS, defaultPeriod, formatYm, parseYm, ymFromIndex, ymIndex, type Ym } from "./period";

export type ReportSearch = Record<string, string | string[] | undefined>;

/** A territory as the filters name it. */
export type TerritoryRef = { code: string; nameKk: string; nameRu: string; nameEn: string };

/** An organisation in the reader's scope, with what the filters look at. */
export type ScopeOrg = {
  id: string;
  kind: OrgKind;
  orgType: string;
  shortNameKk: string;
  shortNameRu: string;
  /** The region (the territory above a district; a region's own territory). */
  territory: TerritoryRef | null;
  /** The district or city, when the organisation's territory is one. */
  district: TerritoryRef | null;
};

export type ReportFilter = {
  territory: string | null;
  district: string | null;
  orgType: string | null;
  org: string | null;
  /** The period (for reports that have one; else the default, unused). */
  from: Ym;
  to: Ym;
};

/** Which field fell back to its default, for the note above the report. */
export type FilterNote = "territory" | "district" | "type" | "org" | "period" | "periodLong" | (string & {});

const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/);
const id = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/);
const orgType = z
  .string()
  .trim()
  .regex(/^[a-z_]{1,60}$/);

// The first value of a query parameter (an empty string is "not chosen").
export function param(search: ReportSearch, key: string): string | undefined {
  const v = search[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === "" ? undefined : s;
}

// The distinct territories (by code) of organisations, in name order.
function distinct(refs: (TerritoryRef | null)[]): TerritoryRef[] {
  const out = new Map<string, TerritoryRef>();
  for (const r of refs) if (r) out.set(r.code, r);
  return [...out.values()].sort((a, b) => a.nameKk.localeCompare(b.nameKk, "kk"));
}

/** What each filter offers, given the choices above it. */
export type FilterChoices = {
  territories: TerritoryRef[];
  districts: TerritoryRef[];
  orgTypes: string[];
  orgs: ScopeOrg[];
};

// The choices of each filter from the organisations in scope, each narrowed by the filters above it.
export function filterChoices(orgs: ScopeOrg[], f: Pick<ReportFilter, "territory" | "district" | "orgType">) {
  const inTerritory = orgs.filter((o) => !f.territory || o.territory?.code === f.territory);
  const inDistrict = inTerritory.filter((o) => !f.district || o.district?.code === f.district);
  const ofType = inDistrict.filter((o) => !f.orgType || o.orgType === f.orgType);
  return {
    territories: distinct(orgs.map((o) => o.territory)),
    districts: distinct(inTerritory.map((o) => o.district)),
    orgTypes: [...new Set(inDistrict.map((o) => o.orgType))].sort(),
    orgs: [...ofType].sort((a, b) => a.shortNameKk.localeCompare(b.shortNameKk, "kk")),
  } satisfies FilterChoices;
}

// The organisations the filters select (all of the reader's when nothing is chosen).
export function selectedOrgs(orgs: ScopeOrg[], f: ReportFilter): ScopeOrg[] {
  return orgs.filter(
    (o) =>
      (!f.territory || o.territory?.code === f.territory) &&
      (!f.district || o.district?.code === f.district) &&
      (!f.orgType || o.orgType === f.orgType) &&
      (!f.org || o.id === f.org),
  );
}

// The filter for a request over the organisations in the reader's scope (already limited to the kinds
// the report counts). Unknown, malformed or out-of-scope values fall back, each with a note.
export function parseReportFilter(
  search: ReportSearch,
  orgs: ScopeOrg[],
  now: Date,
): { filter: ReportFilter; notes: FilterNote[] } {
  const notes: FilterNote[] = [];
  const pick = <T>(key: string, schema: z.ZodType<T>, allowed: (v: T) => boolean, note: FilterNote) => {
    const raw = param(search, key);
    if (raw === undefined) return null;
    const parsed = schema.safeParse(raw);
    if (parsed.success && allowed(parsed.data)) return parsed.data;
    notes.push(note);
    return null;
  };
  const f: Pick<ReportFilter, "territory" | "district" | "orgType"> = {
    territory: null,
    district: null,
    orgType: null,
  };
  f.territory = pick(
    "territory",
    code,
    (v) => filterChoices(orgs, f).territories.some((t) => t.code === v),
    "territory",
  );
  f.district = pick(
    "district",
    code,
    (v) => filterChoices(orgs, f).districts.some((t) => t.code === v),
    "district",
  );
  f.orgType = pick("type", orgType, (v) => filterChoices(orgs, f).orgTypes.includes(v), "type");
  const org = pick("org", id, (v) => filterChoices(orgs, f).orgs.some((o) => o.id === v), "org");

  const def = defaultPeriod(now);
  const [rawFrom, rawTo] = [param(search, "from"), param(search, "to")];
  let from = parseYm(rawFrom);
  let to = parseYm(rawTo);
  if ((rawFrom !== undefined && !from) || (rawTo !== undefined && !to)) notes.push("period");
  from ??= def.from;
  to ??= def.to;
  if (ymIndex(from) > ymIndex(to)) [from, to] = [to, from];
  if (ymIndex(to) - ymIndex(from) >= MAX_PERIOD_MONTHS) {
    from = ymFromIndex(ymIndex(to) - MAX_PERIOD_MONTHS + 1);
    notes.push("periodLong");
  }
  return { filter: { ...f, org, from, to }, notes };
}

/** A report's own parameters: each a zod schema that accepts a missing value (its default). */
export type ExtraShape = Record<string, z.ZodType>;
export type Extras<S extends ExtraShape> = { [K in keyof S]: z.output<S[K]> };

// The report's own parameters from the address; a bad value falls back to the default with a note.
// Array-valued parameters (ticked boxes) keep every value given.
export function parseExtras<S extends ExtraShape>(
  search: ReportSearch,
  shape: S,
): { extras: Extras<S>; notes: FilterNote[] } {
  const notes: FilterNote[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const v = search[key];
    const raw = v === "" ? undefined : v;
    const parsed = schema.safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
    else {
      notes.push(key);
      out[key] = schema.parse(undefined);
    }
  }
  return { extras: out as Extras<S>, notes };
}

// The filter and parameters back as an address query (for links, the export and the form's state).
export function reportQuery(
  f: ReportFilter | null,
  extras: Record<string, unknown> = {},
  withPeriod = true,
): URLSearchParams {
  const q = new URLSearchParams();
  if (f) {
    if (f.territory) q.set("territory", f.territory);
    if (f.district) q.set("district", f.district);
    if (f.orgType) q.set("type", f.orgType);
    if (f.org) q.set("org", f.org);
    if (withPeriod) {
      q.set("from", formatYm(f.from));
      q.set("to", formatYm(f.to));
    }
  }
  for (const [k, v] of Object.entries(extras)) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) for (const x of v) q.append(k, String(x));
    else q.set(k, String(v));
  }
  return q;
}
