import type { MessageKey } from "@/lib/action/message-key";
// Pure rules of the parent's side of absence notices (SPEC §1.6): no I/O, unit-tested.
import type { AbsenceNoticeKind, AbsenceNoticeStatus, AbsenceReason } from "@/lib/generated/prisma/enums";
import { addDays } from "@/lib/calendar/zone";

// Reasons a parent may give; "unknown" and "unexcused" are the kindergarten's words, never the parent's.
export const PARENT_REASONS = [
  "ILLNESS_CERTIFIED",
  "ILLNESS_UNCERTIFIED",
  "VACATION",
  "FAMILY",
  "QUARANTINE",
  "OTHER",
] as const satisfies readonly AbsenceReason[];

export type ParentReason = (typeof PARENT_REASONS)[number];

// How many calendar days ahead of today an absence may be announced.
export const PLAN_AHEAD_DAYS = 90;

// The longest comment a parent may leave.
export const COMMENT_MAX = 500;

// A refused field: the translation key, the field it concerns and the key's placeholders.
export type RuleProblem = { key: MessageKey; field?: string; values?: Record<string, string | number> };

// Why an announced period (YYYY-MM-DD) can't be accepted on `today`, or null:
// it starts today or later, ends on or after its start, and lies within PLAN_AHEAD_DAYS.
export function planDatesProblem(from: string, to: string, today: string): RuleProblem | null {
  if (from < today) return { key: "validation.absence.past", field: "dateFrom" };
  if (to < from) return { key: "validation.absence.order", field: "dateTo" };
  const last = addDays(today, PLAN_AHEAD_DAYS);
  if (from > last)
    return { key: "validation.absence.tooFar", field: "dateFrom", values: { days: PLAN_AHEAD_DAYS } };
  if (to > last)
    return { key: "validation.absence.tooFar", field: "dateTo", values: { days: PLAN_AHEAD_DAYS } };
  return null;
}

// Why a notice can't be answered (again) in this state, or null: a new answer replaces the old
// one until the kindergarten has applied it to the timesheet.
export function answerProblem(n: {
  kind: AbsenceNoticeKind;
  status: AbsenceNoticeStatus;
}): RuleProblem | null {
  if (n.kind !== "UNEXPLAINED") return { key: "validation.absence.notAQuestion" };
  if (n.status === "APPLIED") return { key: "validation.absence.alreadyApplied" };
  if (n.status === "CANCELLED") return { key: "validation.absence.withdrawn" };
  return null;
}

// A planned absence may be cancelled by the parent only before its first day.
export function canCancelPlanned(
  n: { kind: AbsenceNoticeKind; status: AbsenceNoticeStatus; from: string },
  today: string,
): boolean {
  return n.kind === "PLANNED" && n.status !== "CANCELLED" && n.from > today;
}

// A day as DD.MM.YYYY for messages (the way kk and ru readers write dates).
export function dmy(ymd: string): string {
  const [y, m, d] = ymd.split("-");
  return `${d}.${m}.${y}`;
}
