// What a report is made of (pure): sections — each a titled table with typed columns — and a chart.
// The page, the XLSX and the CSV are all drawn from the same sections, so they show the same numbers.

/** How a column's values are written: text; whole numbers; a share 0…1 (shown as %); a ratio with up to
 * two decimals; a calendar day (a Date at UTC midnight); a month (a Date on its first day, UTC); a local
 * date and time (a Date whose UTC fields are Kazakhstan's wall clock — spreadsheets have no time zones). */
export type ColumnKind = "text" | "int" | "percent" | "decimal" | "date" | "month" | "datetime";

export type Column = { key: string; header: string; kind: ColumnKind };

export type CellValue = string | number | Date | null;
/** A value, or a value with a link to the list behind it (shown on the page only). */
export type Cell = CellValue | { value: CellValue; href?: string };

export type ReportSection = {
  id: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** A totals row under the table. */
  totals?: Cell[];
  /** What the page says instead of an empty table. */
  empty?: string;
  /** A line under the title (e.g. "the first 500 of 812"). */
  note?: string;
};

/** A chart over one section's rows: the x axis and the series (columns of numbers). */
export type ChartSpec = {
  kind: "line" | "bar" | "stacked";
  title: string;
  /** A short text for screen readers: what the chart shows (the numbers are in the table). */
  summary: string;
  x: string;
  /** The series; a colour (CSS) may be given where it carries a meaning (red for not confirmed). */
  series: { key: string; name: string; color?: string }[];
  data: Record<string, string | number | null>[];
  /** The y axis as percentages (values 0…1) or plain numbers. */
  percent?: boolean;
  /** Horizontal lines at given values (a norm), with their labels. */
  references?: { value: number; label: string }[];
};

export type ReportResult = {
  sections: ReportSection[];
  chart?: ChartSpec | null;
};

// The value of a cell (without its link).
export function cellValue(c: Cell): CellValue {
  return c !== null && typeof c === "object" && !(c instanceof Date) ? c.value : c;
}

// The link of a cell, if any.
export function cellHref(c: Cell): string | undefined {
  return c !== null && typeof c === "object" && !(c instanceof Date) ? c.href : undefined;
}

// A share a/b (null when b is 0), rounded to 4 places so the page, XLSX and CSV agree.
export function share(a: number, b: number): number | null {
  return b > 0 ? Math.round((a / b) * 10000) / 10000 : null;
}

// A ratio a/b with two decimals (null when b is 0).
export function ratio(a: number, b: number): number | null {
  return b > 0 ? Math.round((a / b) * 100) / 100 : null;
}

// Sums of the numeric columns of rows (text columns get the label in the first, else null).
export function totalsRow(columns: Column[], rows: Cell[][], label: string, skip: string[] = []): Cell[] {
  return columns.map((c, i) => {
    if (i === 0) return label;
    if (c.kind !== "int" || skip.includes(c.key)) return null;
    return rows.reduce<number>((s, r) => s + (Number(cellValue(r[i] ?? null)) || 0), 0);
  });
}

// A month as the Date a month column holds.
export function monthDate(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1));
}

// An instant as the Date a datetime column holds: Kazakhstan's wall-clock time in the UTC fields.
export function wallClock(instant: Date, offsetHours = 5): Date {
  return new Date(instant.getTime() + offsetHours * 3_600_000);
}
