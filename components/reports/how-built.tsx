import type { ReportRun } from "@/lib/reports/run";
import { formatDateTime } from "@/lib/format";

// "How is this report built?": what is counted, from which data, as of when.
export function HowBuilt({ run }: { run: ReportRun }) {
  const { t, dyn, locale } = run.words;
  return (
    <details
      className="report-built rounded-md bg-slate-50 px-4 py-2 text-sm ring-1 ring-slate-200"
      data-testid="report-how-built"
    >
      <summary className="cursor-pointer font-medium text-brand-700">{t("howBuilt.title")}</summary>
      <dl className="mt-2 space-y-2 text-slate-700">
        <div>
          <dt className="font-medium">{t("howBuilt.what")}</dt>
          <dd>{dyn(`${run.id}.built.what`)}</dd>
        </div>
        <div>
          <dt className="font-medium">{t("howBuilt.data")}</dt>
          <dd>{dyn(`${run.id}.built.data`)}</dd>
        </div>
        <div>
          <dt className="font-medium">{t("howBuilt.when")}</dt>
          <dd>
            {dyn(`${run.id}.built.when`)} {t("howBuilt.asOf", { time: formatDateTime(run.now, locale) })}
          </dd>
        </div>
      </dl>
    </details>
  );
}
