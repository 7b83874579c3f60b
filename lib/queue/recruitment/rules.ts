// The summer-recruitment schedule's dates (pure): per birth year, priority access from–to, then
// general access (seed 003, Temirtau 2024: born 2021 — priority 03–05.06, general 06.06).

export type ScheduleDates = { priorityFrom: string; priorityTo: string; generalFrom: string };

/** Children of 1 to 7 years old in the recruitment year may be scheduled. */
export const MIN_AGE = 1;
export const MAX_AGE = 7;

// Field errors (translation keys) of a schedule's or shift's dates in a recruitment year; {} when fine.
export function scheduleDateErrors(year: number, d: ScheduleDates): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ["priorityFrom", "priorityTo", "generalFrom"] as const) {
    if (!d[k].startsWith(`${year}-`)) out[k] = "validation.recruitment.inYear";
  }
  if (!out.priorityTo && d.priorityTo < d.priorityFrom) out.priorityTo = "validation.recruitment.order";
  if (!out.generalFrom && d.generalFrom <= d.priorityTo)
    out.generalFrom = "validation.recruitment.generalAfter";
  return out;
}

// True if a birth year may be scheduled in a recruitment year (children 1 to 7 years old).
export function birthYearFits(year: number, birthYear: number): boolean {
  return birthYear >= year - MAX_AGE && birthYear <= year - MIN_AGE;
}

// The dates that apply to a kindergarten: its own shift when it has one, else the department's.
export function effectiveDates<T extends ScheduleDates>(
  schedule: T,
  shift: ScheduleDates | null | undefined,
): ScheduleDates {
  const d = shift ?? schedule;
  return { priorityFrom: d.priorityFrom, priorityTo: d.priorityTo, generalFrom: d.generalFrom };
}

// Field errors of a kindergarten shifting its own dates on `today` (YYYY-MM-DD, its local date): only
// before the dates that apply to it now have begun (a recruitment under way is not moved under the
// applicants' feet), and not into the past. {} when fine. The department is not bound by this.
export function ownShiftTimingErrors(
  today: string,
  current: ScheduleDates,
  next: ScheduleDates,
): Record<string, string> {
  if (today >= current.priorityFrom) return { priorityFrom: "validation.recruitment.started" };
  if (next.priorityFrom <= today) return { priorityFrom: "validation.recruitment.future" };
  return {};
}
