import "./report-print.css";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { PrintButton } from "@/components/ui/print-button";
import type { ReportRun } from "@/lib/reports/run";
import { HowBuilt } from "./how-built";
import { ExportButton } from "./export-button";
import { ReportChart } from "./report-chart";
import { ReportFilters } from "./report-filters";
import { ReportTable } from "./report-table";

const card = "report-card rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6";

// A report's page: title, "how is it built?", the filters (a form on screen, words on paper), the
// downloads and print, the chart and the tables. Everything but the chart's drawing is server-rendered.
export function ReportView({ run }: { run: ReportRun }) {
  const { t, dyn } = run.words;
  const sections = run.result.sections;
  const exportHref = (format: "xlsx" | "csv", section?: string) => {
    const q = new URLSearchParams(run.query);
    q.set("format", format);
    if (section) q.set("section", section);
    return `${run.base}/export?${q}`;
  };
  const tabs = run.controls.filter((c) => c.kind === "tabs");
  const exportWords = { pendingLabel: t("export.pending"), failedLabel: t("export.failed") };
  return (
    <div className="report-root space-y-4" data-testid={`report-${run.id}`}>
      <div className="space-y-1">
        <p className="no-print text-sm">
          <Link
            href={`/${run.area}/reports`}
            className="text-brand-700 hover:underline"
            data-testid="report-back"
          >
            ← {t("list.title")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold" data-testid="report-title">
          {dyn(`titles.${run.id}`)}
        </h1>
        <p className="text-sm text-slate-600">{dyn(`leads.${run.id}`)}</p>
      </div>
      <HowBuilt run={run} />
      <div className={`no-print ${card}`}>
        <ReportFilters run={run} />
      </div>
      {tabs.map((c) => (
        <nav
          key={c.name}
          aria-label={c.label}
          className="no-print flex flex-wrap gap-2"
          data-testid={`report-tabs-${c.name}`}
        >
          {c.options.map((o) => {
            const q = new URLSearchParams(run.query);
            q.set(c.name, o.value);
            const current = o.value === c.value;
            return (
              <a
                key={o.value}
                href={`${run.base}?${q}`}
                aria-current={current ? "page" : undefined}
                className={`rounded-full px-3 py-1 text-sm ring-1 ${current ? "bg-brand-600 text-white ring-brand-600" : "text-slate-700 ring-slate-300 hover:bg-slate-100"}`}
              >
                {o.label}
              </a>
            );
          })}
        </nav>
      ))}
      {run.notes.length > 0 ? (
        <Alert tone="warning" testId="report-notes">
          <ul className="list-disc pl-4">
            {run.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="report-summary">
        {run.lines.map(([k, v]) => (
          <div key={k} className="flex gap-2">
            <dt className="text-slate-500">{k}:</dt>
            <dd className="font-medium">{v}</dd>
          </div>
        ))}
      </dl>
      <div className="no-print flex flex-wrap items-center gap-2" data-testid="report-actions">
        <ExportButton
          href={exportHref("xlsx")}
          label={t("export.xlsx")}
          fallbackName={`${run.id}.xlsx`}
          testId="report-export-xlsx"
          {...exportWords}
        />
        {sections.map((s, i) => (
          <ExportButton
            key={s.id}
            href={exportHref("csv", s.id)}
            label={sections.length > 1 ? t("export.csvOf", { section: s.title }) : t("export.csv")}
            fallbackName={`${run.id}-${s.id}.csv`}
            testId={i === 0 ? "report-export-csv" : `report-export-csv-${s.id}`}
            {...exportWords}
          />
        ))}
        <PrintButton label={t("print")} />
      </div>
      {run.result.chart ? (
        <div className={card}>
          <ReportChart spec={run.result.chart} />
        </div>
      ) : null}
      {sections.map((s) => (
        <div key={s.id} className={card}>
          <ReportTable section={s} locale={run.words.locale} />
        </div>
      ))}
    </div>
  );
}
