import { Link } from "@/i18n/navigation";
import { reportsOf } from "@/lib/reports/catalogue";
import type { ReportArea } from "@/lib/reports/scope";
import type { Words } from "@/lib/reports/words";

// The reports of an area (only those that exist), each with a line on what it answers.
export function ReportList({ area, words }: { area: ReportArea; words: Words }) {
  const { t, dyn } = words;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t("list.title")}</h1>
        <p className="text-sm text-slate-600">
          {t(area === "authority" ? "list.leadAuthority" : "list.leadKindergarten")}
        </p>
      </div>
      <ul className="grid gap-3 md:grid-cols-2" data-testid="report-list">
        {reportsOf(area).map((id) => (
          <li key={id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <Link
              href={`/${area}/reports/${id}`}
              className="text-lg font-semibold text-brand-700 hover:underline"
              data-testid={`report-link-${id}`}
            >
              {dyn(`titles.${id}`)}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{dyn(`leads.${id}`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
