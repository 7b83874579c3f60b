import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { groupMonthForPage } from "@/lib/attendance/page-data";
import { groupSummary } from "@/lib/attendance/group-summary";
import type { ChildSummary } from "@/lib/attendance/summary";
import { MonthSwitcher } from "@/components/attendance/month-switcher";
import { GroupTabs } from "@/components/attendance/group-tabs";
import { PrintButton } from "@/components/ui/print-button";
import { REASONS_IN_ORDER } from "@/components/attendance/reason-codes";

type Props = {
  params: Promise<{ locale: string; groupId: string }>;
  searchParams: Promise<{ month?: string }>;
};

// The group's month summary: days attended, absences by reason and the attendance rate, printable.
export default async function SummaryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { groupId } = await params;
  const { month } = await searchParams;
  const { data } = await groupMonthForPage(locale, groupId, month);
  const t = await getTranslations("attendance");
  const ts = await getTranslations("attendanceSummary");
  const { children, total } = groupSummary(data);
  const mm = `${data.year}-${String(data.month).padStart(2, "0")}`;
  const pct = (s: ChildSummary) => (s.rate === null ? "—" : `${Math.round(s.rate * 1000) / 10}%`);
  const row = (name: string, s: ChildSummary, testId: string, strong = false) => (
    <tr key={testId} data-testid={testId} className={strong ? "font-semibold" : ""}>
      <th scope="row" className={`py-1.5 pr-3 text-left ${strong ? "" : "font-normal"}`}>
        {name}
      </th>
      <td className="px-2 text-right">{s.expectedDays}</td>
      <td className="px-2 text-right">{s.present}</td>
      <td className="px-2 text-right">{s.absent}</td>
      {REASONS_IN_ORDER.map((r) => (
        <td key={r} className="px-2 text-right">
          {s.absentByReason[r] ?? ""}
        </td>
      ))}
      <td className="px-2 text-right">{s.unmarked || ""}</td>
      <td className="px-2 text-right" data-testid={`${testId}-rate`}>
        {pct(s)}
      </td>
    </tr>
  );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{ts("title", { group: data.group.name })}</h1>
        <div className="flex items-center gap-2">
          <MonthSwitcher
            basePath={`/kindergarten/groups/${groupId}/summary`}
            year={data.year}
            month={data.month}
            locale={locale}
          />
          <PrintButton label={ts("print")} />
        </div>
      </div>
      <GroupTabs groupId={groupId} current="summary" query={`?month=${mm}`} />
      <div className="overflow-x-auto rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <table className="w-full min-w-[48rem] text-sm" data-testid="summary-table">
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="text-left">{t("child")}</th>
              <th className="px-2 text-right">{ts("expected")}</th>
              <th className="px-2 text-right">{ts("present")}</th>
              <th className="px-2 text-right">{ts("absent")}</th>
              {REASONS_IN_ORDER.map((r) => (
                <th key={r} className="px-2 text-right" title={t(`reason.${r}`)}>
                  {t(`short.${r}`)}
                </th>
              ))}
              <th className="px-2 text-right">{ts("unmarked")}</th>
              <th className="px-2 text-right">{ts("rate")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {children.map((c) => row(c.name, c.summary, "summary-row"))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300">
            {row(ts("group"), total, "summary-total", true)}
          </tfoot>
        </table>
        <p className="mt-3 text-xs text-slate-500">{ts("rateNote")}</p>
      </div>
    </div>
  );
}
