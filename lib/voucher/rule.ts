// The voucher rule (SPEC §1.4, seed 000): a voucher is annulled when the timesheets of two
// consecutive months are not confirmed — except where a month was not confirmed because the
// parent disagreed with its data (while that disagreement is not decided). Pure: no I/O, no clock.
import type { YearMonth } from "@/lib/timesheet/window";
import type { VoucherStatus } from "@/lib/generated/prisma/enums";

/**
 * What one month of a child means for the voucher:
 * - confirmed: the parent confirmed;
 * - disputed: the parent disagreed and the dispute is not decided yet (seed 000's exception) — it
 *   never counts against them; a decided one counts as open or missed (lib/timesheet/dispute-rules.ts);
 * - missed: not confirmed (the window, and any grace period, closed without a confirmation or an
 *   undecided dispute);
 * - open: not decided yet (the window or a grace period is still open) — not missed, but it decides;
 * - none: nothing to confirm (no enrolment, no working day, no timesheet) — it breaks a chain.
 */
export type MonthState = "confirmed" | "disputed" | "missed" | "open" | "none";
/** One timesheet's contribution (a month may have several: the child changed kindergarten). */
export type SheetState = Exclude<MonthState, "none">;
/** A month of the child with its state. */
export type VoucherMonth = YearMonth & { state: MonthState };
/** annul: two consecutive missed months (named); at_risk: the latest decided month was missed
 *  (one more annuls); ok: neither; inactive: the voucher is already annulled or closed. */
export type VoucherDecision = { decision: "annul" | "at_risk" | "ok" | "inactive"; months: YearMonth[] };

// A month as one number (consecutive months differ by 1).
export function monthIndex(ym: YearMonth): number {
  return ym.year * 12 + (ym.month - 1);
}

// The month of a month index.
export function fromMonthIndex(i: number): YearMonth {
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

// Every month from `from` to `to` inclusive, in order (empty when `to` is before `from`).
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const out: YearMonth[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(fromMonthIndex(i));
  return out;
}

const PRECEDENCE: SheetState[] = ["missed", "open", "disputed", "confirmed"];

// A month's state from its timesheets' states: missed if any is missed; else open if any is still
// open; else disputed if any is disputed; else confirmed; with no timesheet that counts, none.
export function monthState(sheets: SheetState[]): MonthState {
  return PRECEDENCE.find((s) => sheets.includes(s)) ?? "none";
}

// The rule over a child's months (any order, each month at most once; a month that isn't given
// counts as "none"). The first pair of consecutive missed months annuls the voucher.
export function voucherDecision(months: VoucherMonth[], status: VoucherStatus = "ACTIVE"): VoucherDecision {
  if (status !== "ACTIVE") return { decision: "inactive", months: [] };
  const sorted = [...months].sort((a, b) => monthIndex(a) - monthIndex(b));
  for (let i = 1; i < sorted.length; i++) {
    if (monthIndex(sorted[i]!) === monthIndex(sorted[i - 1]!))
      throw new RangeError(`voucherDecision: ${sorted[i]!.year}-${sorted[i]!.month} given twice`);
  }
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (a.state === "missed" && b.state === "missed" && monthIndex(b) === monthIndex(a) + 1) {
      return {
        decision: "annul",
        months: [
          { year: a.year, month: a.month },
          { year: b.year, month: b.month },
        ],
      };
    }
  }
  // The latest decided month, provided only still-open months follow it without a gap.
  let i = sorted.length - 1;
  while (
    i >= 0 &&
    sorted[i]!.state === "open" &&
    (i === 0 || monthIndex(sorted[i - 1]!) === monthIndex(sorted[i]!) - 1)
  )
    i--;
  const last = sorted[i];
  if (last && last.state === "missed")
    return { decision: "at_risk", months: [{ year: last.year, month: last.month }] };
  return { decision: "ok", months: [] };
}
