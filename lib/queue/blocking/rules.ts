// How long a cabinet stays blocked for passing its credentials to a third party (pure, SPEC §1.5).
import {
  daysInMonth,
  DEFAULT_TIME_ZONE,
  formatYmd,
  localDate,
  parseYmd,
  startOfLocalDay,
} from "@/lib/calendar/zone";

/** A confirmed violation blocks the cabinet for this many months. */
export const BLOCK_MONTHS = 6;

// The local date `months` calendar months after ymd (the 31st becomes the month's last day).
export function addMonthsYmd(ymd: string, months: number): string {
  const { year, month, day } = parseYmd(ymd);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

// The instant the block ends: 00:00 local of the same date six months after the day of the block.
export function blockedUntil(at: Date, tz = DEFAULT_TIME_ZONE, months = BLOCK_MONTHS): Date {
  return startOfLocalDay(addMonthsYmd(localDate(at, tz), months), tz);
}

// The last day of a contract ended by the block: today, or its first day if it has not started yet.
export function contractLastDay(todayYmd: string, startsOnYmd: string): string {
  return startsOnYmd > todayYmd ? startsOnYmd : todayYmd;
}
