import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { resolveLocale } from "@/i18n/page-locale";
import { groupMonthForPage } from "@/lib/attendance/page-data";
import { AttendanceGrid } from "@/components/attendance/attendance-grid";
import { compactMonth } from "@/lib/attendance/grid-codes";
import { MonthSwitcher } from "@/components/attendance/month-switcher";
import { GroupTabs } from "@/components/attendance/group-tabs";
import { AttendanceLegend } from "@/components/attendance/legend";

type Props = {
  params: Promise<{ locale: string; groupId: string }>;
  searchParams: Promise<{ month?: string }>;
};

// The educator's attendance timesheet of a group for a month.
export default async function AttendancePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { groupId } = await params;
  const { month } = await searchParams;
  const { data } = await groupMonthForPage(locale, groupId, month);
  const t = await getTranslations("attendance");
  const mm = `${data.year}-${String(data.month).padStart(2, "0")}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold" data-testid="group-title">
          {t("title", { group: data.group.name })}
        </h1>
        <MonthSwitcher
          basePath={`/kindergarten/groups/${groupId}/attendance`}
          year={data.year}
          month={data.month}
          locale={locale}
        />
      </div>
      <GroupTabs groupId={groupId} current="attendance" query={`?month=${mm}`} />
      {data.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noChildren")}</p>
      ) : (
        <ClientMessages namespaces={["attendance"]}>
          <AttendanceGrid data={compactMonth(data)} />
        </ClientMessages>
      )}
      <AttendanceLegend />
    </div>
  );
}
