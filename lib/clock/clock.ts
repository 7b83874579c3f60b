// The one source of "now" for the whole app. Precedence: setClock() > BALABAQSHA_NOW > real time.

let fixed: Date | null = null;

// Parses an ISO date-time with an explicit offset (Z or ±hh:mm); null for anything else.
export function parseClockOverride(value: string | undefined): Date | null {
  if (value === undefined) return null;
  const s = value.trim();
  const m =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i.exec(s);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(m[6] ?? 0);
  const real = new Date(Date.UTC(year, month - 1, day));
  if (real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return null; // e.g. 2026-02-30
  if (hour > 23 || minute > 59 || second > 59 || Number(m[7] ?? 0) > 14 || Number(m[8] ?? 0) > 59)
    return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

// Current time: the time set by setClock, else BALABAQSHA_NOW (read on each call), else real time.
export function now(): Date {
  if (fixed) return new Date(fixed.getTime());
  const env = parseClockOverride(process.env.BALABAQSHA_NOW);
  return env ?? new Date();
}

// Freezes "now" at a date (tests, jobs); null returns to BALABAQSHA_NOW / real time.
export function setClock(date: Date | null): void {
  if (date && Number.isNaN(date.getTime())) throw new RangeError("setClock: invalid date");
  fixed = date ? new Date(date.getTime()) : null;
}

// Runs fn with "now" frozen at date, restoring the previous clock afterwards (also for async fn).
export function withClock<T>(date: Date, fn: () => T): T {
  const previous = fixed;
  setClock(date);
  let result: T;
  try {
    result = fn();
  } catch (e) {
    fixed = previous;
    throw e;
  }
  if (result instanceof Promise) {
    return result.finally(() => {
      fixed = previous;
    }) as T;
  }
  fixed = previous;
  return result;
}

// True when BALABAQSHA_NOW fixes the process's clock (refused out of demo mode).
export function isClockFixed(): boolean {
  return !!process.env.BALABAQSHA_NOW;
}
