// A pure working-day calendar built from data: days off (holidays, transfers) plus
// administrator overrides. Saturday and Sunday are days off unless overridden.
import { defaultDaysOff } from "./holidays";
import { addDays, daysBetween, isWeekend, isYmd, monthDays } from "./zone";

// An administrator-maintained exception: an extra day off, or a weekend day made a working day.
export type DayOverride = { date: string; kind: "day_off" | "working_day" };

// Working-day queries over one set of days off and overrides.
export type WorkingCalendar = {
  // True if ymd is a working day (override > days off > weekend rule).
  isWorkingDay(ymd: string): boolean;
  // The n-th working day after ymd (n >= 0; n = 0 returns ymd itself).
  addWorkingDays(ymd: string, n: number): string;
  // Working days in (fromYmd, toYmd]; negative when toYmd is before fromYmd.
  workingDaysBetween(fromYmd: string, toYmd: string): number;
  // The working days of a month (month 1–12), in order.
  workingDaysInMonth(year: number, month: number): string[];
};

// Longest run of consecutive days off tolerated before we assume the data is broken.
const MAX_GAP_DAYS = 366;

// Builds a calendar; later overrides for the same date win over earlier ones.
export function makeCalendar(opts: { holidays: string[]; overrides?: DayOverride[] }): WorkingCalendar {
  for (const d of [...opts.holidays, ...(opts.overrides ?? []).map((o) => o.date)]) {
    if (!isYmd(d)) throw new RangeError(`makeCalendar: not a YYYY-MM-DD date: ${JSON.stringify(d)}`);
  }
  const daysOff = new Set(opts.holidays);
  const overrides = new Map<string, DayOverride["kind"]>();
  for (const o of opts.overrides ?? []) overrides.set(o.date, o.kind);

  const isWorkingDay = (ymd: string): boolean => {
    const o = overrides.get(ymd);
    if (o) return o === "working_day";
    return !daysOff.has(ymd) && !isWeekend(ymd);
  };

  const addWorkingDays = (ymd: string, n: number): string => {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`addWorkingDays: n must be a non-negative integer, got ${n}`);
    let d = addDays(ymd, 0); // validates ymd
    for (let left = n; left > 0; left--) {
      let gap = 0;
      do {
        d = addDays(d, 1);
        if (++gap > MAX_GAP_DAYS)
          throw new Error(`addWorkingDays: no working day within ${MAX_GAP_DAYS} days of ${d}`);
      } while (!isWorkingDay(d));
    }
    return d;
  };

  const workingDaysBetween = (fromYmd: string, toYmd: string): number => {
    const span = daysBetween(fromYmd, toYmd);
    if (span < 0) return -workingDaysBetween(toYmd, fromYmd);
    let count = 0;
    for (let i = 1; i <= span; i++) if (isWorkingDay(addDays(fromYmd, i))) count++;
    return count;
  };

  const workingDaysInMonth = (year: number, month: number): string[] =>
    monthDays(year, month).filter(isWorkingDay);

  return { isWorkingDay, addWorkingDays, workingDaysBetween, workingDaysInMonth };
}

// A calendar from the default Kazakhstan holidays of years fromYear..toYear plus overrides.
export function makeDefaultCalendar(
  fromYear: number,
  toYear: number,
  overrides: DayOverride[] = [],
): WorkingCalendar {
  const holidays: string[] = [];
  for (let y = fromYear; y <= toYear; y++) holidays.push(...defaultDaysOff(y));
  return makeCalendar({ holidays, overrides });
}
