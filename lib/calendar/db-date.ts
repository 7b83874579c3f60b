import { DEFAULT_TIME_ZONE, localDate } from "./zone";

// A YYYY-MM-DD calendar day as the Date Prisma stores in a `@db.Date` column (UTC midnight).
export function ymdToDbDate(ymd: string): Date {
  return new Date(`${ymd}T00:00:00.000Z`);
}

// A `@db.Date` value back to YYYY-MM-DD.
export function dbDateToYmd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// Today in the organisation's time zone, as a `@db.Date` value.
export function todayDbDate(now: Date, tz: string = DEFAULT_TIME_ZONE): Date {
  return ymdToDbDate(localDate(now, tz));
}
