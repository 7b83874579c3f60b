// Months of a report's period (pure): "YYYY-MM" strings, the school year's default, the range's days.
import { daysInMonth, formatYmd, localParts } from "@/lib/calendar/zone";

export type Ym = { year: number; month: number };

const YM = /^(\d{4})-(\d{2})$/;

// "2026-09" → { year: 2026, month: 9 }, or null for anything else.
export function parseYm(s: string | undefined): Ym | null {
  const m = s ? YM.exec(s) : null;
  if (!m) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : null;
}

// { year: 2026, month: 9 } → "2026-09".
export function formatYm(ym: Ym): string {
  return `${ym.year}-${String(ym.month).padStart(2, "0")}`;
}

// A month as one number (consecutive months differ by 1).
export function ymIndex(ym: Ym): number {
  return ym.year * 12 + ym.month - 1;
}

// The month of a month index.
export function ymFromIndex(i: number): Ym {
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

// Every month from `from` to `to` inclusive.
export function monthsOf(from: Ym, to: Ym): Ym[] {
  const out: Ym[] = [];
  for (let i = ymIndex(from); i <= ymIndex(to); i++) out.push(ymFromIndex(i));
  return out;
}

// The first and last calendar day of a period (YYYY-MM-DD).
export function periodDays(from: Ym, to: Ym): { first: string; last: string } {
  return {
    first: formatYmd(from.year, from.month, 1),
    last: formatYmd(to.year, to.month, daysInMonth(to.year, to.month)),
  };
}

// The current month at `now` (Kazakhstan time) and the school year's default period: from September
// (of this year from September on, else of last year) to the current month.
export function defaultPeriod(now: Date, tz = "Asia/Almaty"): { from: Ym; to: Ym } {
  const p = localParts(now, tz);
  const to = { year: p.year, month: p.month };
  return { from: { year: p.month >= 9 ? p.year : p.year - 1, month: 9 }, to };
}

/** The longest period a report covers (two school years). */
export const MAX_PERIOD_MONTHS = 24;
