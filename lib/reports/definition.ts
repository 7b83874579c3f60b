// The shape every report has: its own parameters, the kinds of organisation it counts, whether it has a
// period, and how it loads its sections (pure types; the reports are in lib/reports/<report>.ts).
import type { OrgKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/i18n/routing";
import type { Extras, ExtraShape, ReportFilter, ScopeOrg } from "./filters";
import type { ReportArea, ReportScope } from "./scope";
import type { ReportResult } from "./table";
import type { Words } from "./words";
import type { ReportId } from "./catalogue";

/** A control of the report's own (a view, a group, ticked roles …), drawn by the filter form. */
export type ReportControl =
  | {
      kind: "select";
      name: string;
      label: string;
      value: string;
      options: { value: string; label: string }[];
      /** The first option "all" with this label (value ""). */
      all?: string;
    }
  | {
      kind: "checks";
      name: string;
      label: string;
      values: string[];
      options: { value: string; label: string }[];
    }
  | { kind: "number"; name: string; label: string; value: string; min: number; max: number; step: number }
  | { kind: "tabs"; name: string; label: string; value: string; options: { value: string; label: string }[] };

export type ReportContext<S extends ExtraShape> = {
  area: ReportArea;
  locale: Locale;
  scope: ReportScope;
  /** The organisations the filters select (of the kinds the report counts). */
  orgs: ScopeOrg[];
  filter: ReportFilter;
  extras: Extras<S>;
  now: Date;
  words: Words;
  /** A link to this report with some parameters changed (null removes one). */
  link: (changes: Record<string, string | null>) => string;
  /** Adds a note above the report (a parameter fell back). */
  note: (text: string) => void;
};

export type ReportDefinition<S extends ExtraShape = ExtraShape> = {
  id: ReportId;
  /** The kinds of organisation the filters offer and the report counts. */
  kinds: OrgKind[] | "all";
  /** True when the report covers a period of months (the from/to filters). */
  period: boolean;
  extras: S;
  /** The controls of the report's own parameters. */
  controls?: (ctx: ReportContext<S>) => Promise<ReportControl[]> | ReportControl[];
  load: (ctx: ReportContext<S>) => Promise<ReportResult>;
};

// Keeps a definition's parameter types (a helper for `satisfies`-like inference).
export function defineReport<S extends ExtraShape>(def: ReportDefinition<S>): ReportDefinition<S> {
  return def;
}
