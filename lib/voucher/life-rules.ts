// The voucher's life (pure; SPEC §5 "Vouchers", issue 13 §3): issued to a child of at least 1.5 years
// when their turn comes; accepted within 2 working days (else the application goes inactive, restorable
// once within 28 calendar days); a contract within 5 working days of the acceptance, extendable once by
// 1–30 calendar days; refusing removes the child from the queue. Deadlines end at 23:59:59.999 of their
// day in Asia/Almaty; working days come from a predicate (the national calendar: Holiday table, weekends).
import type { QueueStatus, VoucherStatus } from "@/lib/generated/prisma/enums";
import {
  addDays,
  DEFAULT_TIME_ZONE,
  localDate,
  parseYmd,
  startOfLocalDay,
  formatYmd,
  daysInMonth,
} from "@/lib/calendar/zone";

/** Is this day (YYYY-MM-DD) a working day? */
export type IsWorkingDay = (ymd: string) => boolean;

export const ACCEPT_WORK_DAYS = 2;
export const CONTRACT_WORK_DAYS = 5;
export const MAX_EXTENSION_DAYS = 30;
export const RESTORE_CALENDAR_DAYS = 28;
/** From this age in months a child may get a voucher. */
export const VOUCHER_MIN_AGE_MONTHS = 18;
/** A voucher that still holds the child's turn: no second one, no place offers or claims meanwhile. */
export const LIVE_STATUSES: readonly VoucherStatus[] = ["ISSUED", "ACCEPTED", "ACTIVE"];

// The n-th working day after ymd (n ≥ 1; ymd itself never counts).
export function nthWorkingDayAfter(ymd: string, n: number, isWorkingDay: IsWorkingDay): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`nthWorkingDayAfter: n must be ≥ 1, got ${n}`);
  let d = ymd;
  for (let left = n, guard = 0; left > 0;) {
    d = addDays(d, 1);
    if (++guard > 400) throw new Error(`nthWorkingDayAfter: no working day near ${ymd}`);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

// The last instant of a local day: 23:59:59.999 (the next day's start minus a millisecond).
export function endOfLocalDay(ymd: string, tz: string = DEFAULT_TIME_ZONE): Date {
  return new Date(startOfLocalDay(addDays(ymd, 1), tz).getTime() - 1);
}

// acceptBy: the end of the 2nd working day after the (local) day of issue.
export function acceptDeadline(issuedAt: Date, isWorkingDay: IsWorkingDay, tz = DEFAULT_TIME_ZONE): Date {
  return endOfLocalDay(nthWorkingDayAfter(localDate(issuedAt, tz), ACCEPT_WORK_DAYS, isWorkingDay), tz);
}

// contractBy: the end of the 5th working day after the (local) day of acceptance.
export function contractDeadline(acceptedAt: Date, isWorkingDay: IsWorkingDay, tz = DEFAULT_TIME_ZONE): Date {
  return endOfLocalDay(nthWorkingDayAfter(localDate(acceptedAt, tz), CONTRACT_WORK_DAYS, isWorkingDay), tz);
}

// The contract deadline moved by `days` calendar days (1..30): the end of the day that many days later.
export function extendedContractDeadline(contractBy: Date, days: number, tz = DEFAULT_TIME_ZONE): Date {
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS)
    throw new RangeError(`extendedContractDeadline: days must be 1..${MAX_EXTENSION_DAYS}, got ${days}`);
  return endOfLocalDay(addDays(localDate(contractBy, tz), days), tz);
}

// Until when an inactive application may be restored: 28 calendar days after it went inactive.
export function restorableUntil(inactiveSince: Date): Date {
  return new Date(inactiveSince.getTime() + RESTORE_CALENDAR_DAYS * 86_400_000);
}

// The date `months` months after ymd; a day the target month lacks becomes its last day
// (2025-05-31 + 18 months = 2026-11-30).
export function addMonthsClamped(ymd: string, months: number): string {
  const { year, month, day } = parseYmd(ymd);
  const idx = year * 12 + (month - 1) + months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return formatYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

// Is a child born on `birthDate` at least 1.5 years old on `onDay` (both YYYY-MM-DD)?
export function oldEnoughForVoucher(birthDate: string, onDay: string): boolean {
  return addMonthsClamped(birthDate, VOUCHER_MIN_AGE_MONTHS) <= onDay;
}

/** A voucher's deadline facts. */
export type VoucherFacts = {
  status: VoucherStatus;
  acceptBy: Date | null;
  contractBy: Date | null;
  contractExtendedAt: Date | null;
};

/** Which deadline runs now: accepting (ISSUED), the contract (ACCEPTED), or none. */
export type RunningDeadline = { kind: "accept" | "contract"; at: Date } | null;

export function runningDeadline(v: VoucherFacts): RunningDeadline {
  if (v.status === "ISSUED" && v.acceptBy) return { kind: "accept", at: v.acceptBy };
  if (v.status === "ACCEPTED" && v.contractBy) return { kind: "contract", at: v.contractBy };
  return null;
}

// The key stored in Voucher.remindedFor once the reminder of a deadline was sent ("accept:<iso>").
export function reminderKey(d: NonNullable<RunningDeadline>): string {
  return `${d.kind}:${d.at.toISOString()}`;
}

// A reminder SMS is due when less than 24 hours (with end-of-day deadlines: the deadline's own day)
// remain before the running deadline, it has not passed, and this deadline's reminder was not sent.
export function reminderDue(v: VoucherFacts & { remindedFor: string | null }, at: Date): boolean {
  const d = runningDeadline(v);
  if (!d) return false;
  const left = d.at.getTime() - at.getTime();
  return left >= 0 && left < 86_400_000 && v.remindedFor !== reminderKey(d);
}

// True when the running deadline has passed (the job expires the voucher).
export function deadlinePassed(v: VoucherFacts, at: Date): boolean {
  const d = runningDeadline(v);
  return !!d && at.getTime() > d.at.getTime();
}

/** Why a parent's step is refused (each a message key under vouchers.life.refusal). */
export type LifeRefusal =
  | "not_issued"
  | "not_accepted"
  | "deadline_passed"
  | "already_extended"
  | "bad_days"
  | "not_inactive"
  | "already_restored"
  | "restore_over";

// Accept or refuse: only an ISSUED voucher before its acceptBy.
export function answerProblem(v: VoucherFacts, at: Date): LifeRefusal | null {
  if (v.status !== "ISSUED") return "not_issued";
  if (deadlinePassed(v, at)) return "deadline_passed";
  return null;
}

// Extend the contract deadline: an ACCEPTED voucher before its contractBy, once, by 1..30 days.
export function extendProblem(v: VoucherFacts, days: number, at: Date): LifeRefusal | null {
  if (v.status !== "ACCEPTED") return "not_accepted";
  if (deadlinePassed(v, at)) return "deadline_passed";
  if (v.contractExtendedAt) return "already_extended";
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) return "bad_days";
  return null;
}

/** An application's facts for restoring it. */
export type InactiveFacts = { status: QueueStatus; inactiveSince: Date | null; restoredAt: Date | null };

// Restore an inactive application: once, up to 28 calendar days after it went inactive.
export function restoreProblem(app: InactiveFacts, at: Date): LifeRefusal | null {
  if (app.status !== "INACTIVE" || !app.inactiveSince) return "not_inactive";
  if (app.restoredAt) return "already_restored";
  if (at.getTime() > restorableUntil(app.inactiveSince).getTime()) return "restore_over";
  return null;
}

// Record a contract: an ACCEPTED voucher whose contract deadline has not passed.
export function contractOpen(v: VoucherFacts, at: Date): boolean {
  return v.status === "ACCEPTED" && !deadlinePassed(v, at);
}

// The job removes an inactive application once its restoration period is over.
export function inactiveLapsed(app: InactiveFacts, at: Date): boolean {
  return (
    app.status === "INACTIVE" &&
    !!app.inactiveSince &&
    at.getTime() > restorableUntil(app.inactiveSince).getTime()
  );
}
