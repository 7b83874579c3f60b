// The priority window of a released place (pure; SPEC §4, seed 003). Definitions:
// - The day of release never counts (it is usually a partial day). The window ends at the close of
//   business, 18:00 local time, on the N-th working day after the local day of release — so a place
//   released on Monday with N = 3 is in priority access until Thursday 18:00 and in general access
//   from then on (the same moment the daily protocol is published). Weekends, holidays and transfer
//   days are skipped by the working-day calendar; a weekend made a working day by decree counts.
// - A summer-recruitment schedule (per birth year, with a kindergarten's own shift) replaces that:
//   priority access from 00:00 of its first priority day, general access from 00:00 of its general day.
// - August (SPEC §5): children move between age groups 1–31 August and publication pauses. A place
//   released in August waits for 1 September: it is published (offered in priority access) from 00:00
//   of 1 September and has its full N working days from then — as if released on 31 August.
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { addDays, DEFAULT_TIME_ZONE, localDate, startOfLocalDay } from "@/lib/calendar/zone";

/** Close of business (local hour): priority windows and referrals end then; the protocol is published then. */
export const BUSINESS_DAY_END_HOUR = 18;
/** Places released up to this many days before the summer priority dates follow the summer schedule. */
export const SUMMER_LEAD_DAYS = 45;

export type PlaceAccess = "priority" | "general";
/** Summer-recruitment dates of a birth year (YYYY-MM-DD), the kindergarten's shift already applied. */
export type SummerDates = { priorityFrom: string; priorityTo: string; generalFrom: string };
/** When a place is offered in priority access and when it moves to general access; `paused`: it was
 *  released in August and waits for 1 September. */
export type AccessWindow = { priorityFrom: Date; generalFrom: Date; summer: boolean; paused: boolean };

// The day publication resumes for a place released on `releaseYmd` (YYYY-MM-DD): 1 September of its
// year for a release in August, otherwise null (no pause).
export function augustPauseEnd(releaseYmd: string): string | null {
  return releaseYmd.slice(5, 7) === "08" ? `${releaseYmd.slice(0, 4)}-09-01` : null;
}

// 18:00 local on the n-th working day after the local day of `instant` (n = 0: that day itself).
export function closeOfNthWorkingDay(
  instant: Date,
  calendar: WorkingCalendar,
  n: number,
  tz: string = DEFAULT_TIME_ZONE,
): Date {
  const day = calendar.addWorkingDays(localDate(instant, tz), n);
  return new Date(startOfLocalDay(day, tz).getTime() + BUSINESS_DAY_END_HOUR * 3_600_000);
}

// True when a release on `releaseYmd` falls under the summer schedule: from SUMMER_LEAD_DAYS before its
// priority dates up to their last day.
export function underSummerSchedule(releaseYmd: string, summer: SummerDates): boolean {
  return releaseYmd >= addDays(summer.priorityFrom, -SUMMER_LEAD_DAYS) && releaseYmd <= summer.priorityTo;
}

// The access window of a place released at `releasedAt`.
export function accessWindow(
  releasedAt: Date,
  calendar: WorkingCalendar,
  windowWorkDays: number,
  opts: { tz?: string; summer?: SummerDates | null } = {},
): AccessWindow {
  const tz = opts.tz ?? DEFAULT_TIME_ZONE;
  const summer = opts.summer;
  if (summer && underSummerSchedule(localDate(releasedAt, tz), summer)) {
    const from = startOfLocalDay(summer.priorityFrom, tz);
    return {
      priorityFrom: from > releasedAt ? from : releasedAt,
      generalFrom: startOfLocalDay(summer.generalFrom, tz),
      summer: true,
      paused: false,
    };
  }
  const resumes = augustPauseEnd(localDate(releasedAt, tz));
  if (resumes) {
    const from = startOfLocalDay(resumes, tz);
    return {
      priorityFrom: from,
      generalFrom: closeOfNthWorkingDay(new Date(from.getTime() - 1), calendar, windowWorkDays, tz),
      summer: false,
      paused: true,
    };
  }
  return {
    priorityFrom: releasedAt,
    generalFrom: closeOfNthWorkingDay(releasedAt, calendar, windowWorkDays, tz),
    summer: false,
    paused: false,
  };
}

// Priority or general access of a place at `now` (general from the window's end on, inclusive).
export function placeAccess(
  releasedAt: Date,
  now: Date,
  calendar: WorkingCalendar,
  windowWorkDays: number,
  opts: { tz?: string; summer?: SummerDates | null } = {},
): PlaceAccess {
  return now.getTime() >= accessWindow(releasedAt, calendar, windowWorkDays, opts).generalFrom.getTime()
    ? "general"
    : "priority";
}
