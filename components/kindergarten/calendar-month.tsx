import { dateFormat } from "@/lib/intl/formats";
import { getTranslations } from "next-intl/server";
import type { DayKind, KindergartenCalendar } from "@/lib/kindergarten/calendar/working-calendar";
import { dayOfWeek, formatYmd, monthDays } from "@/lib/calendar/zone";

const LOCALE_TAGS: Record<string, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

const CELL: Record<DayKind, string> = {
  working: "bg-white text-slate-900 ring-1 ring-slate-200",
  weekend: "bg-slate-100 text-slate-500",
  holiday: "bg-red-50 text-red-700 ring-1 ring-red-200 font-semibold",
  closure: "bg-amber-100 text-amber-900 ring-1 ring-amber-300 font-semibold",
  outside_school_year: "text-slate-300",
};
const SUMMER_CELL = "bg-sky-100 text-slate-900 ring-1 ring-sky-200";

// One month of the school year: a Monday-first grid coloured by kind of day (working, weekend,
// holiday, closure, outside the year; summer working days tinted), then the named days below it.
export async function CalendarMonth({
  calendar,
  year,
  month,
  locale,
  today,
}: {
  calendar: KindergartenCalendar;
  year: number;
  month: number;
  locale: string;
  today: string;
}) {
  const t = await getTranslations("kgCalendar");
  const kindLabel = (k: DayKind): string => t(`kind.${k}`);
  const tag = LOCALE_TAGS[locale] ?? "en-GB";
  const monthName = dateFormat(tag, { timeZone: "UTC", month: "long" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  const title = `${monthName.charAt(0).toLocaleUpperCase(tag)}${monthName.slice(1)} ${year}`;
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    dateFormat(tag, { timeZone: "UTC", weekday: "short" }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const days = monthDays(year, month).filter((d) => d >= calendar.from && d <= calendar.to);
  const blanks = days.length ? dayOfWeek(days[0]!) - 1 : 0;
  const label = (d: string) => calendar.closureReason(d) ?? calendar.holidayName(d, locale);
  const named = days.filter((d) => label(d));
  return (
    <section
      className="rounded-lg bg-white p-3 ring-1 ring-slate-200"
      data-testid={`calendar-month-${formatYmd(year, month, 1).slice(0, 7)}`}
    >
      <h3 className="mb-2 font-semibold">{title}</h3>
      <p className="mb-2 text-xs text-slate-600">
        {t("workingDaysCount", { count: days.filter(calendar.isWorkingDay).length })}
      </p>
      <div className="grid grid-cols-7 gap-1 text-center text-sm">
        {weekdays.map((w) => (
          <div key={w} className="text-xs text-slate-500" aria-hidden="true">
            {w}
          </div>
        ))}
        {Array.from({ length: blanks }, (_, i) => (
          <div key={`b${i}`} />
        ))}
        {days.map((d) => {
          const kind = calendar.dayKind(d);
          const cell = kind === "working" && calendar.isSummer(d) ? SUMMER_CELL : CELL[kind];
          const todayRing = d === today ? " outline outline-2 outline-brand-600" : "";
          return (
            <div
              key={d}
              className={`rounded py-1 ${cell}${todayRing}`}
              title={[kindLabel(kind), label(d)].filter(Boolean).join(": ")}
              data-testid={`day-${d}`}
              data-kind={kind}
            >
              {Number(d.slice(8))}
              <span className="sr-only"> {kindLabel(kind)}</span>
            </div>
          );
        })}
      </div>
      {named.length ? (
        <ul className="mt-2 space-y-0.5 text-xs">
          {named.map((d) => (
            <li
              key={d}
              className={
                calendar.dayKind(d) === "closure"
                  ? "text-amber-900"
                  : calendar.dayKind(d) === "holiday"
                    ? "text-red-700"
                    : "text-slate-600"
              }
            >
              {d.slice(8)}.{d.slice(5, 7)} — {label(d)}
              {calendar.dayKind(d) === "closure" ? ` (${kindLabel("closure")})` : ""}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
