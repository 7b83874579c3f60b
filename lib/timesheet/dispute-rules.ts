// The dispute's lifecycle (issue 13 §4; seed 000: a month not confirmed *because the parent disagreed
// with its data* does not count towards annulling the voucher — until the disagreement is decided).
// Pure: no I/O, the clock is `at`. The states and who moves them:
// - OPEN → ACCEPTED (the kindergarten corrected the marks) or REJECTED (with its reasons): the kindergarten;
// - REJECTED → ESCALATED: the parent, with a reason, while the rejection's grace period lasts;
// - ESCALATED → UPHELD_KINDERGARTEN or UPHELD_PARENT: the officer of the district department;
// - UPHELD_PARENT: the kindergarten corrects the marks and says so (the sheet's graceUntil is then set).
// Anything else is refused with a message key. A grace period is GRACE_DAYS after the answer, the
// decision or (UPHELD_PARENT) the correction, and never ends before the regular 1st–10th window does.
import type { DisputeStatus } from "@/lib/generated/prisma/enums";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { addDays, DEFAULT_TIME_ZONE, localDate, startOfLocalDay } from "@/lib/calendar/zone";
import { confirmationWindow, type YearMonth } from "./window";

/** Calendar days after an answer, a decision or a correction in which the parent may still act. */
export const GRACE_DAYS = 5;
/** Working days the department's officer has to decide an escalated dispute. */
export const DECIDE_WORK_DAYS = 10;

/** A step of the lifecycle. */
export type DisputeStep =
  "accept" | "reject" | "escalate" | "decide_kindergarten" | "decide_parent" | "corrected";
/** What the rules read of a dispute (the latest of its month). */
export type DisputeFacts = { status: DisputeStatus; answeredAt: Date | null; decidedAt: Date | null };
/** What the rules read of the dispute's month: confirmed by the parent, and its stored grace end. */
export type SheetFacts = { confirmed: boolean; graceUntil: Date | null };
/** What a disputed month counts as for the voucher. */
export type DisputedMonthState = "confirmed" | "disputed" | "open" | "missed";
/** A refusal's message key (validation.disputeFlow.*). */
export type DisputeRefusal =
  | "validation.disputeFlow.notOpen"
  | "validation.disputeFlow.notRejected"
  | "validation.disputeFlow.escalationClosed"
  | "validation.disputeFlow.notEscalated"
  | "validation.disputeFlow.nothingToCorrect"
  | "validation.disputeFlow.running";

const DAY_MS = 86_400_000;

// The instant the regular window of a month closes: 00:00 on the 11th of the next month, local time.
export function windowEnd(ym: YearMonth, tz: string = DEFAULT_TIME_ZONE): Date {
  return startOfLocalDay(addDays(confirmationWindow(ym).closes, 1), tz);
}

// The end of a grace period that starts at `from`: GRACE_DAYS later, but never before the window closes.
export function graceEnd(from: Date, ym: YearMonth, tz: string = DEFAULT_TIME_ZONE): Date {
  const end = from.getTime() + GRACE_DAYS * DAY_MS;
  return new Date(Math.max(end, windowEnd(ym, tz).getTime()));
}

// The officer's deadline: the end (24:00 local) of the DECIDE_WORK_DAYS-th working day after the local
// day of the escalation, on the national working calendar.
export function decideBy(escalatedAt: Date, calendar: WorkingCalendar, tz: string = DEFAULT_TIME_ZONE): Date {
  const last = calendar.addWorkingDays(localDate(escalatedAt, tz), DECIDE_WORK_DAYS);
  return startOfLocalDay(addDays(last, 1), tz);
}

// The grace period in force for the dispute's state: from the answer (ACCEPTED, REJECTED), the
// decision (UPHELD_KINDERGARTEN) or the correction (UPHELD_PARENT: stored on the sheet then); none
// while the dispute waits for the kindergarten, the officer, or the correction.
export function disputeGraceUntil(
  d: DisputeFacts,
  sheet: SheetFacts,
  ym: YearMonth,
  tz: string,
): Date | null {
  switch (d.status) {
    case "ACCEPTED":
    case "REJECTED":
      return d.answeredAt ? graceEnd(d.answeredAt, ym, tz) : null;
    case "UPHELD_KINDERGARTEN":
      return d.decidedAt ? graceEnd(d.decidedAt, ym, tz) : null;
    case "UPHELD_PARENT":
      return sheet.graceUntil;
    default:
      return null;
  }
}

// What a disputed month counts as at `at`:
// - confirmed, whenever the parent confirmed it;
// - disputed (excused) while the dispute is OPEN or ESCALATED, REJECTED within its grace period (the
//   parent may still escalate), or UPHELD_PARENT until the kindergarten has corrected the marks;
// - otherwise (ACCEPTED, REJECTED with the grace over, UPHELD_KINDERGARTEN, UPHELD_PARENT corrected):
//   open while the grace period lasts, missed after it.
export function disputedMonthState(
  d: DisputeFacts,
  sheet: SheetFacts,
  ym: YearMonth,
  tz: string,
  at: Date,
): DisputedMonthState {
  if (sheet.confirmed) return "confirmed";
  if (d.status === "OPEN" || d.status === "ESCALATED") return "disputed";
  const until = disputeGraceUntil(d, sheet, ym, tz);
  if (!until) return "disputed"; // UPHELD_PARENT not corrected yet (or an answer without its time)
  const within = at.getTime() < until.getTime();
  if (d.status === "REJECTED") return within ? "disputed" : "missed";
  return within ? "open" : "missed";
}

const FROM: Record<DisputeStep, DisputeStatus> = {
  accept: "OPEN",
  reject: "OPEN",
  escalate: "REJECTED",
  decide_kindergarten: "ESCALATED",
  decide_parent: "ESCALATED",
  corrected: "UPHELD_PARENT",
};
const TO: Record<DisputeStep, DisputeStatus> = {
  accept: "ACCEPTED",
  reject: "REJECTED",
  escalate: "ESCALATED",
  decide_kindergarten: "UPHELD_KINDERGARTEN",
  decide_parent: "UPHELD_PARENT",
  corrected: "UPHELD_PARENT",
};
const REFUSAL: Record<DisputeStep, DisputeRefusal> = {
  accept: "validation.disputeFlow.notOpen",
  reject: "validation.disputeFlow.notOpen",
  escalate: "validation.disputeFlow.notRejected",
  decide_kindergarten: "validation.disputeFlow.notEscalated",
  decide_parent: "validation.disputeFlow.notEscalated",
  corrected: "validation.disputeFlow.nothingToCorrect",
};

/** The status a step leads to (the same for "corrected": the correction is stored on the sheet). */
export const stepTarget = (step: DisputeStep): DisputeStatus => TO[step];
/** The refusal of a step taken from any other status. */
export const stepRefusal = (step: DisputeStep): DisputeRefusal => REFUSAL[step];
/** The status a step starts from (the conditional update's guard). */
export const stepSource = (step: DisputeStep): DisputeStatus => FROM[step];

// Whether the step may be taken now: the status it starts from, and for escalation the rejection's
// grace period, for "corrected" a correction not yet made.
export function disputeTransition(
  d: DisputeFacts,
  step: DisputeStep,
  o: { sheet: SheetFacts; ym: YearMonth; tz: string; at: Date },
): { ok: true; to: DisputeStatus } | { ok: false; key: DisputeRefusal } {
  if (d.status !== FROM[step]) return { ok: false, key: REFUSAL[step] };
  if (step === "escalate") {
    const until = disputeGraceUntil(d, o.sheet, o.ym, o.tz);
    if (!until || o.at.getTime() >= until.getTime())
      return { ok: false, key: "validation.disputeFlow.escalationClosed" };
  }
  if (step === "corrected" && o.sheet.graceUntil) return { ok: false, key: REFUSAL[step] };
  return { ok: true, to: TO[step] };
}

// Whether the parent may open a new dispute on a month whose latest dispute is `latest`: when there is
// none, or when the marks were changed since (ACCEPTED, UPHELD_PARENT) — never to restart a dispute
// that was rejected or decided for the kindergarten, nor beside one that is still running.
export function mayDisputeAgain(latest: Pick<DisputeFacts, "status"> | null): boolean {
  return !latest || latest.status === "ACCEPTED" || latest.status === "UPHELD_PARENT";
}

/** Who is to act next on a dispute, and until when (null: no deadline, or nothing left to do). */
export type NextStep =
  | { who: "kindergarten"; until: null }
  | { who: "officer"; until: Date | null }
  | { who: "kindergarten_correct"; until: null }
  | { who: "parent_confirm_or_escalate"; until: Date }
  | { who: "parent_confirm"; until: Date }
  | { who: "none"; until: null };

// What the parent (and the staff) are told to do next on a dispute at `at`.
export function nextStep(
  d: DisputeFacts & { decideBy: Date | null },
  sheet: SheetFacts,
  ym: YearMonth,
  tz: string,
  at: Date,
): NextStep {
  if (d.status === "OPEN") return { who: "kindergarten", until: null };
  if (d.status === "ESCALATED") return { who: "officer", until: d.decideBy };
  const until = disputeGraceUntil(d, sheet, ym, tz);
  if (!until) return { who: "kindergarten_correct", until: null };
  if (sheet.confirmed || at.getTime() >= until.getTime()) return { who: "none", until: null };
  return d.status === "REJECTED"
    ? { who: "parent_confirm_or_escalate", until }
    : { who: "parent_confirm", until };
}
