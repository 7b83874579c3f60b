import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { resolveLocale } from "@/i18n/page-locale";
import { groupDayForPage } from "@/lib/attendance/group-day";
import { GroupTabs } from "@/components/attendance/group-tabs";
import { DayDateChooser, formatDay } from "@/components/attendance/day-date-chooser";
import { DayList } from "@/components/attendance/day-list";
import { DayServiceWorker } from "@/components/attendance/day-service-worker";

type Props = {
  params: Promise<{ locale: string; groupId: string }>;
  searchParams: Promise<{ date?: string }>;
};

// The educator's day on a phone: one day of the group as a list, a tap per mark, usable offline.
export default async function AttendanceDayPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { groupId } = await params;
  const { date } = await searchParams;
  const data = await groupDayForPage(locale, groupId, date);
  const t = await getTranslations("attendanceDay");
  const basePath = `/kindergarten/groups/${groupId}/attendance/day`;
  return (
    <div className="mx-auto max-w-xl space-y-4" data-testid="day-view">
      <div>
        <h1 className="text-xl font-bold" data-testid="group-title">
          {data.group.name}
        </h1>
        <p className="text-sm text-slate-700" data-testid="day-title">
          {formatDay(data.date, locale)}
          {data.date === data.today ? ` · ${t("today")}` : ""}
        </p>
      </div>
      <GroupTabs groupId={groupId} current="day" query={`?month=${data.date.slice(0, 7)}`} />
      <DayDateChooser
        basePath={basePath}
        date={data.date}
        prev={data.prev}
        next={data.next}
        workingDays={data.workingDays}
        locale={locale}
      />
      <p className="text-xs text-slate-600" data-testid="day-offline-note">
        {t("offlineNote")}
      </p>
      <ClientMessages
        namespaces={[
          "attendanceDay",
          "attendance.status",
          "attendance.reason",
          "attendance.notMarked",
          "attendance.correctionLabel",
        ]}
      >
        <DayList data={data} />
        <DayServiceWorker />
      </ClientMessages>
    </div>
  );
}
