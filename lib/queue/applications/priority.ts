// Whether a claimed priority counts (pure). A priority category needs its supporting document
// confirmed; an unconfirmed claim counts for 5 working days after the application (SPEC §5), then
// the child returns to the general queue.
import type { PriorityCategory } from "@/lib/generated/prisma/enums";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { addDays, DEFAULT_TIME_ZONE, localDate, startOfLocalDay } from "@/lib/calendar/zone";

/** Working days to confirm the document of a priority category. */
export const PRIORITY_CONFIRM_WORK_DAYS = 5;

export type PriorityStanding = "none" | "confirmed" | "pending" | "lapsed";

type Claim = { priority: PriorityCategory; priorityConfirmedAt: Date | null; submittedAt: Date };

// The last day to confirm: the 5th working day after the local day of the application.
export function priorityConfirmLastDay(
  submittedAt: Date,
  cal: WorkingCalendar,
  tz = DEFAULT_TIME_ZONE,
): string {
  return cal.addWorkingDays(localDate(submittedAt, tz), PRIORITY_CONFIRM_WORK_DAYS);
}

// The instant an unconfirmed claim lapses: the start of the day after the last day to confirm.
export function priorityDeadline(submittedAt: Date, cal: WorkingCalendar, tz = DEFAULT_TIME_ZONE): Date {
  return startOfLocalDay(addDays(priorityConfirmLastDay(submittedAt, cal, tz), 1), tz);
}

// none (no claim), confirmed, pending (within the window) or lapsed (window over, never confirmed).
export function priorityStanding(
  c: Claim,
  at: Date,
  cal: WorkingCalendar,
  tz = DEFAULT_TIME_ZONE,
): PriorityStanding {
  if (c.priority === "NONE") return "none";
  if (c.priorityConfirmedAt) return "confirmed";
  return at.getTime() < priorityDeadline(c.submittedAt, cal, tz).getTime() ? "pending" : "lapsed";
}

// True when the claimed priority counts for ordering and priority access now.
export function priorityEligible(c: Claim, at: Date, cal: WorkingCalendar, tz = DEFAULT_TIME_ZONE): boolean {
  const s = priorityStanding(c, at, cal, tz);
  return s === "confirmed" || s === "pending";
}
