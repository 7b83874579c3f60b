// Pure rules of the contingent (no I/O). Days are "YYYY-MM-DD" strings, which compare in calendar order.
import { addDays } from "@/lib/calendar/zone";

/** A stay in a group: first day and last day (inclusive); an open end runs until further notice. */
export type Period = { startsOn: string; endsOn: string | null };

const FOREVER = "9999-12-31";

// True if two periods share at least one day.
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.startsOn <= (b.endsOn ?? FOREVER) && b.startsOn <= (a.endsOn ?? FOREVER);
}

// The first of a child's enrolments (of any kindergarten) that shares a day with the candidate, or null:
// a child is in at most one group on any day.
export function findOverlap<T extends Period>(existing: T[], candidate: Period): T | null {
  return existing.find((e) => periodsOverlap(e, candidate)) ?? null;
}

// True if the period covers the day.
export function activeOn(p: Period, day: string): boolean {
  return p.startsOn <= day && (p.endsOn === null || p.endsOn >= day);
}

// The most children a group will hold on any day from `from` on, given its enrolments: the peak is
// reached on `from` or on a later start day, so only those days are counted.
export function peakFrom(periods: Period[], from: string): number {
  const days = new Set([from, ...periods.map((p) => p.startsOn).filter((d) => d > from)]);
  let peak = 0;
  for (const day of days) peak = Math.max(peak, periods.filter((p) => activeOn(p, day)).length);
  return peak;
}

/** fits: a place is free; override: the group is full but a reason is given; needs_reason: refused. */
export type CapacityVerdict = "fits" | "override" | "needs_reason";

// Whether one more child fits a group that already holds `occupied` children at its peak.
export function capacityVerdict(
  capacity: number,
  occupied: number,
  overrideReason?: string | null,
): CapacityVerdict {
  if (occupied + 1 <= capacity) return "fits";
  return overrideReason && overrideReason.trim() ? "override" : "needs_reason";
}

/** A school year; the summer period that follows it counts as part of it (kindergartens work in summer). */
export type SchoolYearSpan = { startsOn: string; endsOn: string; summerEndsOn?: string | null };

// True if the day lies inside one of the kindergarten's school years (summer included).
export function inSchoolYear(years: SchoolYearSpan[], day: string): boolean {
  return years.some((y) => {
    const last = y.summerEndsOn && y.summerEndsOn > y.endsOn ? y.summerEndsOn : y.endsOn;
    return y.startsOn <= day && day <= last;
  });
}

// True if the child's birth year is outside the group's cohort (a warning the administrator must confirm).
export function outsideCohort(
  birthYear: number,
  group: { birthYearFrom: number; birthYearTo: number },
): boolean {
  return birthYear < group.birthYearFrom || birthYear > group.birthYearTo;
}

/** Why a transfer or withdrawal can't apply to the current enrolment. */
export type EndError = "ended" | "not_after_start" | "before_start";

// A transfer on `date` ends the current (open) enrolment the day before and starts the new one on `date`.
export function planTransfer(
  current: Period,
  date: string,
): { ok: true; endsOn: string } | { ok: false; error: EndError } {
  if (current.endsOn !== null) return { ok: false, error: "ended" };
  if (date <= current.startsOn) return { ok: false, error: "not_after_start" };
  return { ok: true, endsOn: addDays(date, -1) };
}

// A withdrawal sets the last day of the current (open) enrolment; it can't come before the first day.
export function checkWithdrawal(current: Period, lastDay: string): EndError | null {
  if (current.endsOn !== null) return "ended";
  if (lastDay < current.startsOn) return "before_start";
  return null;
}

/** Where a child stands in a kindergarten on a day, by their latest enrolment there. */
export type ContingentStatus = "upcoming" | "current" | "left";

// The status of a child's latest enrolment on a day.
export function statusOn(p: Period, day: string): ContingentStatus {
  if (p.startsOn > day) return "upcoming";
  return p.endsOn !== null && p.endsOn < day ? "left" : "current";
}

// True while the kindergarten has the child: an enrolment here covers the day or starts later (by an order
// already made). Only then does it keep the child's legal representatives; a former kindergarten does not.
export function keepsChildOn(periods: Period[], day: string): boolean {
  return periods.some((p) => p.endsOn === null || p.endsOn >= day);
}

// Each child's latest enrolment (by first day) among the rows, in the rows' order.
export function latestPerChild<T extends Period & { childId: string }>(rows: T[]): T[] {
  const latest = new Map<string, T>();
  for (const r of rows) {
    const seen = latest.get(r.childId);
    if (!seen || r.startsOn > seen.startsOn) latest.set(r.childId, r);
  }
  return rows.filter((r) => latest.get(r.childId) === r);
}
