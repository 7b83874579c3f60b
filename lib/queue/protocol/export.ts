// The protocol as a table for download (pure): CSV text and the rows an XLSX sheet is made of.
import type { ProtocolRow } from "./days";

/** Column headings and the words a row needs, in the reader's language. */
export type ExportWords = {
  headings: string[];
  kind: (kind: string) => string;
  language: (language: string) => string;
  access: (access: string) => string;
  time: (iso: string) => string;
  name: (o: { nameKk: string; nameRu: string }) => string;
  district: (t: { nameKk: string; nameRu: string; nameEn: string }) => string;
};

// One line per published event: day, time, event, kindergarten, district, birth year, language, group,
// access, referral, reason, event number and the day's hash (to check against the chain).
export function exportRows(rows: ProtocolRow[], w: ExportWords): (string | number)[][] {
  return [
    w.headings,
    ...rows.map((r) => [
      r.day,
      w.time(r.at),
      w.kind(r.kind),
      w.name(r.organization),
      w.district(r.territory),
      r.birthYear,
      w.language(r.language),
      r.group ?? "",
      typeof r.facts.access === "string" ? w.access(r.facts.access) : "",
      String(r.facts.referral ?? ""),
      String(r.facts.reason ?? ""),
      r.id,
      r.dayHash,
    ]),
  ];
}

// RFC 4180 CSV (comma, CRLF, quotes doubled) with a BOM so spreadsheet programs read it as UTF-8.
// Cells starting with = + - @, a tab or a carriage return are prefixed with ' so a spreadsheet never
// runs them as formulas (the reports' CSV uses this writer too: lib/reports/export.ts).
export function toCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
