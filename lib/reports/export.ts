import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { toCsv } from "@/lib/queue/protocol/export";
import { log } from "@/lib/log";
import { textResponse } from "@/lib/action/state-texts";
import { cellValue, type Column, type ReportSection } from "./table";

// A report's sections as a download. XLSX is streamed with exceljs' streaming writer (each row is
// written out as it is committed): one sheet per section, the report's title and filters above the
// table, the header row frozen, columns sized to their text, numbers as numbers, days and months as
// dates. CSV is one section, through the protocol's CSV writer (RFC 4180, BOM, formula-like cells
// neutralised).

/** The most rows one download holds (its sections together): reports and the protocol alike. Every
 * report's list is bounded by its filters and its LIST_LIMIT, the protocol by a year; this is the line a
 * file never crosses whatever the filters, refused with a message to narrow them (not streamed half-way). */
export const MAX_EXPORT_ROWS = 100_000;

/** How many rows a download of these sections writes (with their totals rows). */
export const exportRowCount = (sections: ReportSection[]) =>
  sections.reduce((n, s) => n + s.rows.length + (s.totals ? 1 : 0), 0);

// The refusal of a download above MAX_EXPORT_ROWS, in the reader's language; null when within it.
export function exportTooLarge(locale: string, rows: number): Response | null {
  if (rows <= MAX_EXPORT_ROWS) return null;
  return textResponse(locale, "errors.export_too_large", 422, { rows, max: MAX_EXPORT_ROWS });
}

/** The title and the filters written above each sheet's table. */
export type ExportHead = { title: string; lines: [string, string][] };

const NUM_FMT: Partial<Record<Column["kind"], string>> = {
  int: "0",
  percent: "0.0%",
  decimal: "0.00",
  date: "dd.mm.yyyy",
  month: "mm.yyyy",
  datetime: "dd.mm.yyyy hh:mm",
};

// A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique in the workbook.
function sheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 31)
      .trim() || "Sheet";
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28).trim()} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

// The width of a column from its header and longest value (in characters), between 8 and 60.
function width(col: Column, section: ReportSection): number {
  const i = section.columns.indexOf(col);
  const lengths = [...section.rows, ...(section.totals ? [section.totals] : [])].map((r) => {
    const v = cellValue(r[i] ?? null);
    if (v instanceof Date) return 10;
    if (typeof v === "number") return String(v).length + 2;
    return String(v ?? "").length;
  });
  return Math.min(60, Math.max(8, col.header.length + 2, ...lengths.map((n) => n + 2)));
}

// An XLSX workbook as a byte stream (written while it is read).
export function xlsxStream(head: ExportHead, sections: ReportSection[]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "Balabaqsha";
  const used = new Set<string>();
  void (async () => {
    for (const section of sections) {
      const headerRow = head.lines.length + 4; // title, section, the filter lines, a blank line, then the header
      const ws = wb.addWorksheet(sheetName(section.title, used), {
        views: [{ state: "frozen", ySplit: headerRow }],
      });
      ws.columns = section.columns.map((c) => ({ key: c.key, width: width(c, section) }));
      ws.addRow([head.title]).font = { bold: true, size: 13 };
      ws.addRow([section.title]).font = { bold: true };
      for (const [label, value] of head.lines) ws.addRow([label, value]);
      ws.addRow([]);
      const header = ws.addRow(section.columns.map((c) => c.header));
      header.font = { bold: true };
      header.alignment = { wrapText: true, vertical: "top" };
      const write = (cells: ReportSection["rows"][number], bold = false) => {
        const row = ws.addRow(cells.map((c) => cellValue(c) ?? null));
        section.columns.forEach((c, i) => {
          const fmt = NUM_FMT[c.kind];
          if (fmt) row.getCell(i + 1).numFmt = fmt;
        });
        if (bold) row.font = { bold: true };
        row.commit();
      };
      for (const r of section.rows) write(r);
      if (section.totals) write(section.totals, true);
      ws.commit();
    }
    await wb.commit();
  })().catch((error) => {
    log.error("report.xlsx_failed", { error });
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

// A cell as CSV text: days YYYY-MM-DD, months YYYY-MM, shares as percentages with one decimal.
function csvValue(v: ReturnType<typeof cellValue>, kind: Column["kind"]): string | number {
  if (v === null) return "";
  if (v instanceof Date)
    return kind === "month"
      ? v.toISOString().slice(0, 7)
      : kind === "datetime"
        ? v.toISOString().slice(0, 16).replace("T", " ")
        : v.toISOString().slice(0, 10);
  if (typeof v === "number" && kind === "percent") return Math.round(v * 1000) / 10;
  return v;
}

// One section as CSV text.
export function sectionCsv(section: ReportSection): string {
  const rows: (string | number)[][] = [section.columns.map((c) => c.header)];
  for (const r of [...section.rows, ...(section.totals ? [section.totals] : [])])
    rows.push(section.columns.map((c, i) => csvValue(cellValue(r[i] ?? null), c.kind)));
  return toCsv(rows);
}
