// Referral deadlines and the stop list (pure; SPEC §5 facts, each period a setting of the department).
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { addDays, DEFAULT_TIME_ZONE, localDate, startOfLocalDay } from "@/lib/calendar/zone";
import { closeOfNthWorkingDay } from "./window";

// A referral issued at `issuedAt` is valid until 18:00 local on the `validityWorkDays`-th working day
// after the day of issue (issued Friday with 5 days → the next Friday 18:00, holidays skipped).
export function referralExpiresAt(
  issuedAt: Date,
  calendar: WorkingCalendar,
  validityWorkDays: number,
  tz: string = DEFAULT_TIME_ZONE,
): Date {
  return closeOfNthWorkingDay(issuedAt, calendar, validityWorkDays, tz);
}

// True once the referral's validity is over (at the expiry moment itself it has lapsed).
export function referralLapsed(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt.getTime();
}

// An unused referral that lapsed at `lapsedAt` keeps the applicant off new places for `days` whole
// calendar days after the day it lapsed: until 00:00 local of the day after the last of them.
export function stopListUntil(lapsedAt: Date, days: number, tz: string = DEFAULT_TIME_ZONE): Date {
  return startOfLocalDay(addDays(localDate(lapsedAt, tz), days + 1), tz);
}

// True while an application is on the stop list at `now`.
export function isStopListed(until: Date | null | undefined, now: Date): boolean {
  return !!until && now.getTime() < until.getTime();
}
