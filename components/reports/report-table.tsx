import { dateFormat, numberFormat } from "@/lib/intl/formats";
import type { Locale } from "@/i18n/routing";
import { formatDate, formatDateTime } from "@/lib/format";
import { cellHref, cellValue, type Cell, type Column, type ReportSection } from "@/lib/reports/table";

const TAGS: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

// A number, a share or a day as the reader writes it.
export function formatCell(v: ReturnType<typeof cellValue>, kind: Column["kind"], locale: Locale): string {
  if (v === null || v === "")
    return kind === "text" || kind === "date" || kind === "month" || kind === "datetime" ? "" : "—";
  if (v instanceof Date) {
    if (kind === "datetime") return formatDateTime(v, locale, "UTC");
    if (kind === "month")
      return dateFormat(TAGS[locale], {
        timeZone: "UTC",
        month: "2-digit",
        year: "numeric",
      }).format(v);
    return formatDate(v, locale);
  }
  if (typeof v === "number") {
    const tag = TAGS[locale];
    if (kind === "percent")
      return numberFormat(tag, { style: "percent", maximumFractionDigits: 1 }).format(v);
    if (kind === "decimal") return numberFormat(tag, { maximumFractionDigits: 2 }).format(v);
    return numberFormat(tag).format(v);
  }
  return v;
}

function CellView({ cell, column, locale }: { cell: Cell; column: Column; locale: Locale }) {
  const text = formatCell(cellValue(cell), column.kind, locale);
  const href = cellHref(cell);
  return href ? <a href={href}>{text}</a> : <>{text}</>;
}

// One section of a report as a table (server-rendered: the numbers never depend on JavaScript).
export function ReportTable({ section, locale }: { section: ReportSection; locale: Locale }) {
  const numeric = (c: Column) => c.kind !== "text";
  return (
    <section
      className="report-section space-y-2"
      data-testid={`report-section-${section.id}`}
      aria-labelledby={`rs-${section.id}`}
    >
      <h2 id={`rs-${section.id}`} className="text-lg font-semibold text-slate-900">
        {section.title}
      </h2>
      {section.note ? <p className="text-sm text-slate-600">{section.note}</p> : null}
      {section.rows.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="report-empty">
          {section.empty}
        </p>
      ) : (
        <div className="overflow-x-auto print:overflow-visible">
          <table
            className={`report-table text-left text-sm ${section.columns.length <= 3 ? "w-auto" : "w-full"}`}
            data-testid="report-table"
          >
            <thead className="text-slate-500">
              <tr>
                {section.columns.map((c) => (
                  <th key={c.key} scope="col" className={numeric(c) ? "n" : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {section.rows.map((row, i) => (
                <tr key={i} data-testid="report-row">
                  {section.columns.map((c, j) => (
                    <td key={c.key} className={numeric(c) ? "n" : undefined}>
                      <CellView cell={row[j] ?? null} column={c} locale={locale} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            {section.totals ? (
              <tfoot>
                <tr data-testid="report-totals">
                  {section.columns.map((c, j) => (
                    <td key={c.key} data-col={c.key} className={numeric(c) ? "n" : undefined}>
                      <CellView cell={section.totals![j] ?? null} column={c} locale={locale} />
                    </td>
                  ))}
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      )}
    </section>
  );
}
