// Time-zone math and plain calendar-day arithmetic on "YYYY-MM-DD" strings.
// Calendar days are computed in UTC on purpose: a day string never drifts with the server's zone.
import { TZDate } from "@date-fns/tz";

// The whole country is on UTC+5 since 1 March 2024, without daylight saving (SPEC §5).
export const DEFAULT_TIME_ZONE = "Asia/Almaty";

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

// Calendar parts of an instant in a time zone (month 1–12).
export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number };

// True if the string is a real calendar date in the form YYYY-MM-DD.
export function isYmd(s: string): boolean {
  const m = YMD.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Parses YYYY-MM-DD into numbers; throws on anything that is not a real date.
export function parseYmd(ymd: string): { year: number; month: number; day: number } {
  const m = YMD.exec(ymd);
  if (!m || !isYmd(ymd)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(ymd)}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

// Formats year/month(1–12)/day as YYYY-MM-DD.
export function formatYmd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function utcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // setUTCFullYear avoids the 0–99 → 1900s quirk of Date.UTC
  return d.getTime();
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return formatYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// Calendar parts (year, month 1–12, day, hour, minute) of an instant as seen in a zone.
export function localParts(instant: Date, tz: string = DEFAULT_TIME_ZONE): LocalParts {
  const d = new TZDate(instant.getTime(), tz);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
  };
}

// The local calendar date (YYYY-MM-DD) of an instant in a zone.
export function localDate(instant: Date, tz: string = DEFAULT_TIME_ZONE): string {
  const p = localParts(instant, tz);
  return formatYmd(p.year, p.month, p.day);
}

// The instant at which the local day `ymd` begins (00:00) in a zone.
export function startOfLocalDay(ymd: string, tz: string = DEFAULT_TIME_ZONE): Date {
  const { year, month, day } = parseYmd(ymd);
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, 0, tz).getTime());
}

// The date n calendar days after (n < 0: before) ymd.
export function addDays(ymd: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  const { year, month, day } = parseYmd(ymd);
  return fromUtcMs(utcMs(year, month, day) + n * DAY_MS);
}

// ISO day of week: 1 = Monday … 7 = Sunday.
export function dayOfWeek(ymd: string): number {
  const { year, month, day } = parseYmd(ymd);
  const wd = new Date(utcMs(year, month, day)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

// True for Saturday and Sunday.
export function isWeekend(ymd: string): boolean {
  return dayOfWeek(ymd) >= 6;
}

// Number of days in a month (month 1–12), leap years included.
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Bad month: ${month}`);
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

// Every date of a month (month 1–12) as YYYY-MM-DD, in order.
export function monthDays(year: number, month: number): string[] {
  const n = daysInMonth(year, month);
  return Array.from({ length: n }, (_, i) => formatYmd(year, month, i + 1));
}

// Whole calendar days from `fromYmd` to `toYmd` (negative if `toYmd` is earlier).
export function daysBetween(fromYmd: string, toYmd: string): number {
  const a = parseYmd(fromYmd);
  const b = parseYmd(toYmd);
  return Math.round((utcMs(b.year, b.month, b.day) - utcMs(a.year, a.month, a.day)) / DAY_MS);
}
