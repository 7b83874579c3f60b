import { formatYmd, localDate, localParts } from "@/lib/calendar/zone";

export type YearMonth = { year: number; month: number };

// The month before the given one.
export function previousMonth({ year, month }: YearMonth): YearMonth {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

// The month after the given one.
export function nextMonth({ year, month }: YearMonth): YearMonth {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

// The confirmation window of a month's timesheet, as calendar days in the kindergarten's zone:
// from the 1st to the 10th (inclusive) of the following month (seed 000).
export function confirmationWindow(ym: YearMonth): { opens: string; closes: string } {
  const n = nextMonth(ym);
  return { opens: formatYmd(n.year, n.month, 1), closes: formatYmd(n.year, n.month, 10) };
}

// The month whose timesheet can be confirmed at this instant, or null outside the 1st–10th.
export function confirmableMonth(now: Date, tz: string): YearMonth | null {
  const p = localParts(now, tz);
  return p.day <= 10 ? previousMonth({ year: p.year, month: p.month }) : null;
}

// Whether the parent may confirm or dispute this month now: inside its window, or before the end of
// a grace period that a correction by the kindergarten opened (graceUntil, an instant).
export function canConfirmNow(ym: YearMonth, now: Date, tz: string, graceUntil?: Date | null): boolean {
  const today = localDate(now, tz);
  const w = confirmationWindow(ym);
  if (today >= w.opens && today <= w.closes) return true;
  return !!graceUntil && now < graceUntil && today >= w.opens;
}
