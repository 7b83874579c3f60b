import type { AbsenceReason, AttendanceStatus } from "@/lib/generated/prisma/enums";

import type { DayKind } from "@/lib/kindergarten/calendar/day-kinds";

export type { DayKind };

// Why a cell can't be marked, or null when it can (the server applies the same rule).
export type CellBlock = "future" | "non_working" | "not_enrolled";

export function cellBlock(
  day: { ymd: string; kind: DayKind },
  todayYmd: string,
  enrolled: boolean,
): CellBlock | null {
  if (day.kind !== "working") return "non_working";
  if (!enrolled) return "not_enrolled";
  if (day.ymd > todayYmd) return "future";
  return null;
}

// An enrolment covers a day when the day lies between its start and (inclusive) end.
export function enrolledOn(enrolments: { startsOn: string; endsOn: string | null }[], ymd: string): boolean {
  return enrolments.some((e) => e.startsOn <= ymd && (e.endsOn === null || ymd <= e.endsOn));
}

export type MarkInput = { status: AttendanceStatus; reason: AbsenceReason | null };

// Normalises a mark: present has no reason; absent without a known reason is UNKNOWN.
export function normalizeMark(m: MarkInput): MarkInput {
  return m.status === "PRESENT"
    ? { status: "PRESENT", reason: null }
    : { status: "ABSENT", reason: m.reason ?? "UNKNOWN" };
}

// A change to a month the parent has confirmed needs a written reason (the month is a signed document).
export function correctionNeedsReason(monthEverConfirmed: boolean, changed: boolean): boolean {
  return monthEverConfirmed && changed;
}

// Whether a new mark differs from the stored one.
export function markChanged(prev: MarkInput | null, next: MarkInput): boolean {
  return !prev || prev.status !== next.status || prev.reason !== next.reason;
}

export const ABSENCE_REASONS: AbsenceReason[] = [
  "ILLNESS_CERTIFIED",
  "ILLNESS_UNCERTIFIED",
  "VACATION",
  "FAMILY",
  "QUARANTINE",
  "UNEXCUSED",
  "OTHER",
  "UNKNOWN",
];

// Reasons that excuse an absence (for the attendance rate and the voucher, absences stay absences;
// this only splits the summary into excused and unexcused).
export function isExcused(reason: AbsenceReason | null): boolean {
  return reason !== null && reason !== "UNEXCUSED" && reason !== "UNKNOWN";
}
