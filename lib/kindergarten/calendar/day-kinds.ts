// A kindergarten's working calendar from data (pure): the national Holiday rows, the
// kindergarten's closures and its school years, over a range of days.
import { makeCalendar, type DayOverride } from "@/lib/calendar/working-days";
import { addDays, daysBetween, isYmd } from "@/lib/calendar/zone";
import { inSpan, schoolYearSpan, type SchoolYearDates } from "./rules";

// What a day is for the kindergarten (only "working" days are markable).
export type DayKind = "working" | "weekend" | "holiday" | "closure" | "outside_school_year";
// A row of the national Holiday table, dates as YYYY-MM-DD.
export type HolidayRow = {
  date: string;
  kind: "HOLIDAY" | "TRANSFER_DAY_OFF" | "WORKING_DAY";
  nameKk: string;
  nameRu: string;
  nameEn: string;
};
// Everything the calendar is built from.
export type CalendarData = {
  holidays: HolidayRow[];
  closures: { date: string; reason: string }[];
  schoolYears: SchoolYearDates[];
};

// Day-by-day answers for the range it was built for (a day outside the range is a bug: RangeError).
export type KindergartenCalendar = {
  from: string;
  to: string;
  // True when children attend: inside a school year (its summer included) and not a day off.
  isWorkingDay(ymd: string): boolean;
  dayKind(ymd: string): DayKind;
  // The national calendar's name of the day (holiday, transfer, working weekend), if any.
  holidayName(ymd: string, locale: string): string | undefined;
  closureReason(ymd: string): string | undefined;
  // True for a day of a school year's summer period.
  isSummer(ymd: string): boolean;
  // The working days of the whole range, in order.
  workingDays(): string[];
};

// Throws a RangeError unless fromYmd..toYmd is a real, ordered range of days.
export function assertDayRange(fromYmd: string, toYmd: string): void {
  if (!isYmd(fromYmd) || !isYmd(toYmd) || toYmd < fromYmd)
    throw new RangeError(`kindergartenCalendar: bad range ${fromYmd}..${toYmd}`);
}

// Builds the calendar: HOLIDAY and TRANSFER_DAY_OFF are days off, WORKING_DAY makes a weekend
// a working day, and a closure makes any day a day off (it wins over a working weekend).
export function buildKindergartenCalendar(
  data: CalendarData,
  fromYmd: string,
  toYmd: string,
): KindergartenCalendar {
  assertDayRange(fromYmd, toYmd);
  const holidays = new Map(data.holidays.map((h) => [h.date, h]));
  const closures = new Map(data.closures.map((c) => [c.date, c.reason]));
  const spans = data.schoolYears.map(schoolYearSpan);
  const summers = data.schoolYears.flatMap((y) =>
    y.summerStartsOn && y.summerEndsOn ? [{ from: y.summerStartsOn, to: y.summerEndsOn }] : [],
  );
  const overrides: DayOverride[] = [
    ...data.holidays
      .filter((h) => h.kind === "WORKING_DAY")
      .map((h) => ({ date: h.date, kind: "working_day" as const })),
    ...data.closures.map((c) => ({ date: c.date, kind: "day_off" as const })),
  ];
  const base = makeCalendar({
    holidays: data.holidays.filter((h) => h.kind !== "WORKING_DAY").map((h) => h.date),
    overrides,
  });
  const check = (ymd: string) => {
    if (!isYmd(ymd) || ymd < fromYmd || ymd > toYmd)
      throw new RangeError(`kindergartenCalendar: ${ymd} is outside ${fromYmd}..${toYmd}`);
  };

  const dayKind = (ymd: string): DayKind => {
    check(ymd);
    if (!spans.some((s) => inSpan(ymd, s))) return "outside_school_year";
    if (closures.has(ymd)) return "closure";
    if (base.isWorkingDay(ymd)) return "working";
    const h = holidays.get(ymd);
    return h && h.kind !== "WORKING_DAY" ? "holiday" : "weekend";
  };
  const holidayName = (ymd: string, locale: string) => {
    check(ymd);
    const h = holidays.get(ymd);
    if (!h) return undefined;
    return locale === "ru" ? h.nameRu : locale === "en" ? h.nameEn : h.nameKk;
  };
  const isSummer = (ymd: string) => {
    check(ymd);
    return summers.some((s) => inSpan(ymd, s));
  };
  const workingDays = () =>
    Array.from({ length: daysBetween(fromYmd, toYmd) + 1 }, (_, i) => addDays(fromYmd, i)).filter(
      (d) => dayKind(d) === "working",
    );

  return {
    from: fromYmd,
    to: toYmd,
    isWorkingDay: (ymd) => dayKind(ymd) === "working",
    dayKind,
    holidayName,
    closureReason: (ymd) => (check(ymd), closures.get(ymd)),
    isSummer,
    workingDays,
  };
}
