// From a child's records to the rule's month states (pure): which timesheets count, and what each says.
import type { TimesheetStatus } from "@/lib/generated/prisma/enums";
import { localDate, localParts } from "@/lib/calendar/zone";
import { canConfirmNow, confirmationWindow, previousMonth, type YearMonth } from "@/lib/timesheet/window";
import { disputedMonthState, type DisputeFacts } from "@/lib/timesheet/dispute-rules";
import { monthState, monthsBetween, type SheetState, type VoucherMonth } from "./rule";

/** A stay at a kindergarten, days as YYYY-MM-DD (endsOn inclusive, null while it lasts). */
export type EnrolmentSpan = { organizationId: string; startsOn: string; endsOn: string | null };
/** A timesheet row as the rule needs it. */
export type TimesheetFact = {
  organizationId: string;
  year: number;
  month: number;
  status: TimesheetStatus;
  graceUntil: Date | null;
  /** The month's latest dispute, when the parent disputed it (a DISPUTED sheet counts by it). */
  dispute?: DisputeFacts | null;
};
/** Everything a child's month states are computed from. */
export type ChildFacts = {
  from: YearMonth;
  to: YearMonth;
  enrolments: EnrolmentSpan[];
  timesheets: TimesheetFact[];
  /** The kindergarten's working days of a month (YYYY-MM-DD). */
  workingDays: (organizationId: string, ym: YearMonth) => string[];
  timeZoneOf: (organizationId: string) => string;
  at: Date;
};

// The latest month whose confirmation window (1st–10th of the next month) has closed at `at` in `tz`:
// from the 11th the previous month, before it the month before that.
export function lastClosedMonth(at: Date, tz: string): YearMonth {
  const p = localParts(at, tz);
  const prev = previousMonth({ year: p.year, month: p.month });
  return localDate(at, tz) > confirmationWindow(prev).closes ? prev : previousMonth(prev);
}

// What one timesheet says at `at`: a status set by the parent or the window-closing job; for DISPUTED
// what its latest dispute makes of it (lib/timesheet/dispute-rules.ts: excused only until decided);
// for OPEN / CORRECTED open while the window or grace period lasts and missed once it is over.
export function sheetState(ts: TimesheetFact, at: Date, tz: string): SheetState {
  if (ts.status === "CONFIRMED") return "confirmed";
  if (ts.status === "DISPUTED")
    return ts.dispute
      ? disputedMonthState(ts.dispute, { confirmed: false, graceUntil: ts.graceUntil }, ts, tz, at)
      : "disputed";
  if (ts.status === "NOT_CONFIRMED") return "missed";
  const ym = { year: ts.year, month: ts.month };
  if (canConfirmNow(ym, at, tz, ts.graceUntil)) return "open";
  return localDate(at, tz) < confirmationWindow(ym).opens ? "open" : "missed";
}

// A timesheet counts when the child was enrolled at that kindergarten on one of its working days that month.
export function sheetCounts(ts: TimesheetFact, enrolments: EnrolmentSpan[], workingDays: string[]): boolean {
  const own = enrolments.filter((e) => e.organizationId === ts.organizationId);
  return workingDays.some((d) => own.some((e) => e.startsOn <= d && (e.endsOn === null || d <= e.endsOn)));
}

// The child's months from..to with their states (a month with several timesheets — the child
// changed kindergarten — is missed if any counting one is missed).
export function childMonthStates(f: ChildFacts): VoucherMonth[] {
  return monthsBetween(f.from, f.to).map((ym) => {
    const sheets = f.timesheets
      .filter((t) => t.year === ym.year && t.month === ym.month)
      .filter((t) => sheetCounts(t, f.enrolments, f.workingDays(t.organizationId, ym)))
      .map((t) => sheetState(t, f.at, f.timeZoneOf(t.organizationId)));
    return { ...ym, state: monthState(sheets) };
  });
}
