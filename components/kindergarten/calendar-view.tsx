import { getTranslations } from "next-intl/server";
import type { KindergartenCalendar } from "@/lib/kindergarten/calendar/working-calendar";
import { parseYmd } from "@/lib/calendar/zone";
import { CalendarMonth } from "./calendar-month";

const LEGEND = [
  ["working", "bg-white ring-1 ring-slate-200"],
  ["summer", "bg-sky-100 ring-1 ring-sky-200"],
  ["weekend", "bg-slate-100"],
  ["holiday", "bg-red-50 ring-1 ring-red-200"],
  ["closure", "bg-amber-100 ring-1 ring-amber-300"],
] as const;

// The school year month by month, with a legend and the year's total of working days.
export async function CalendarView({
  calendar,
  locale,
  today,
}: {
  calendar: KindergartenCalendar;
  locale: string;
  today: string;
}) {
  const t = await getTranslations("kgCalendar");
  const legendLabel = (k: (typeof LEGEND)[number][0]): string => t(`legend.${k}`);
  const from = parseYmd(calendar.from);
  const to = parseYmd(calendar.to);
  const months: { year: number; month: number }[] = [];
  for (let i = from.year * 12 + from.month - 1; i <= to.year * 12 + to.month - 1; i++)
    months.push({ year: Math.floor(i / 12), month: (i % 12) + 1 });
  return (
    <div className="space-y-3" data-testid="calendar-view">
      <p className="text-sm text-slate-700" data-testid="calendar-total">
        {t("workingDaysTotal", { count: calendar.workingDays().length })}
      </p>
      <ul className="flex flex-wrap gap-3 text-xs text-slate-700">
        {LEGEND.map(([k, cls]) => (
          <li key={k} className="flex items-center gap-1">
            <span className={`inline-block h-4 w-4 rounded ${cls}`} aria-hidden="true" />
            {legendLabel(k)}
          </li>
        ))}
      </ul>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {months.map(({ year, month }) => (
          <CalendarMonth
            key={`${year}-${month}`}
            calendar={calendar}
            year={year}
            month={month}
            locale={locale}
            today={today}
          />
        ))}
      </div>
    </div>
  );
}
