// Which age cohort an application joins (pure): the child's birth year, for children under 6 (SPEC §5).
import { parseYmd } from "@/lib/calendar/zone";

/** The queue is for children up to (under) this age on the day of application. */
export const MAX_AGE_YEARS = 6;

export type CohortResult =
  | { ok: true; birthYear: number }
  | { ok: false; key: "validation.queue.birthFuture" | "validation.queue.tooOld" };

// The cohort of a child born on birthYmd applying on todayYmd (both YYYY-MM-DD, the district's local dates).
export function cohortOf(birthYmd: string, todayYmd: string): CohortResult {
  if (birthYmd > todayYmd) return { ok: false, key: "validation.queue.birthFuture" };
  const b = parseYmd(birthYmd);
  const t = parseYmd(todayYmd);
  const birthdayPassed = t.month > b.month || (t.month === b.month && t.day >= b.day);
  const age = t.year - b.year - (birthdayPassed ? 0 : 1);
  if (age >= MAX_AGE_YEARS) return { ok: false, key: "validation.queue.tooOld" };
  return { ok: true, birthYear: b.year };
}

/** Application statuses that hold the child's one place in the queue. */
export const ACTIVE_STATUSES = ["WAITING", "REFERRED"] as const;

// True for a status that counts as the child's active application.
export function isActiveStatus(status: string): boolean {
  return (ACTIVE_STATUSES as readonly string[]).includes(status);
}
