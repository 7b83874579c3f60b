import { describe, expect, it } from "vitest";
import {
  monthState,
  monthsBetween,
  voucherDecision,
  type MonthState,
  type VoucherMonth,
} from "@/lib/voucher/rule";

// Months from 2026-09 on with the given states.
const seq = (...states: MonthState[]): VoucherMonth[] =>
  states.map((state, i) => ({ year: 2026 + Math.floor((8 + i) / 12), month: ((8 + i) % 12) + 1, state }));

describe("voucher rule: two consecutive months not confirmed annul the voucher, a dispute never counts", () => {
  it("confirmed months: ok", () => {
    expect(voucherDecision(seq("confirmed", "confirmed", "confirmed"))).toEqual({
      decision: "ok",
      months: [],
    });
  });

  it("disputed months are not missed: ok, also two in a row", () => {
    expect(voucherDecision(seq("disputed", "disputed"))).toEqual({ decision: "ok", months: [] });
  });

  it("one missed month: at risk, naming that month", () => {
    expect(voucherDecision(seq("confirmed", "missed"))).toEqual({
      decision: "at_risk",
      months: [{ year: 2026, month: 10 }],
    });
  });

  it("two consecutive missed months: annul, naming both", () => {
    expect(voucherDecision(seq("confirmed", "missed", "missed"))).toEqual({
      decision: "annul",
      months: [
        { year: 2026, month: 10 },
        { year: 2026, month: 11 },
      ],
    });
  });

  it("consecutive across the new year", () => {
    const months: VoucherMonth[] = [
      { year: 2026, month: 12, state: "missed" },
      { year: 2027, month: 1, state: "missed" },
    ];
    expect(voucherDecision(months).months).toEqual([
      { year: 2026, month: 12 },
      { year: 2027, month: 1 },
    ]);
  });

  it("missed – confirmed – missed: not consecutive, at risk from the last", () => {
    expect(voucherDecision(seq("missed", "confirmed", "missed"))).toEqual({
      decision: "at_risk",
      months: [{ year: 2026, month: 11 }],
    });
  });

  it("missed then disputed (and disputed then missed): the dispute breaks the chain", () => {
    expect(voucherDecision(seq("missed", "disputed"))).toEqual({ decision: "ok", months: [] });
    expect(voucherDecision(seq("disputed", "missed"))).toEqual({
      decision: "at_risk",
      months: [{ year: 2026, month: 10 }],
    });
  });

  it("a month without enrolment or working days breaks the chain and is not missed", () => {
    expect(voucherDecision(seq("missed", "none", "missed"))).toEqual({
      decision: "at_risk",
      months: [{ year: 2026, month: 11 }],
    });
    expect(voucherDecision(seq("missed", "none"))).toEqual({ decision: "ok", months: [] });
    expect(voucherDecision(seq("none", "none"))).toEqual({ decision: "ok", months: [] });
  });

  it("a month not given counts as none: a gap between two missed months does not annul", () => {
    const months: VoucherMonth[] = [
      { year: 2026, month: 9, state: "missed" },
      { year: 2026, month: 11, state: "missed" },
    ];
    expect(voucherDecision(months).decision).toBe("at_risk");
  });

  it("a month still open is not missed; after a missed month it keeps the voucher at risk", () => {
    expect(voucherDecision(seq("missed", "open"))).toEqual({
      decision: "at_risk",
      months: [{ year: 2026, month: 9 }],
    });
    expect(voucherDecision(seq("confirmed", "open"))).toEqual({ decision: "ok", months: [] });
    expect(voucherDecision(seq("open"))).toEqual({ decision: "ok", months: [] });
  });

  it("a voucher already annulled or closed is not judged again", () => {
    expect(voucherDecision(seq("missed", "missed"), "ANNULLED")).toEqual({
      decision: "inactive",
      months: [],
    });
    expect(voucherDecision(seq("missed", "missed"), "CLOSED")).toEqual({ decision: "inactive", months: [] });
  });

  it("the first pair decides and the order given does not matter", () => {
    const months = seq("missed", "missed", "confirmed", "missed", "missed").reverse();
    expect(voucherDecision(months).months).toEqual([
      { year: 2026, month: 9 },
      { year: 2026, month: 10 },
    ]);
  });

  it("no months: ok; a month given twice is a bug", () => {
    expect(voucherDecision([])).toEqual({ decision: "ok", months: [] });
    expect(() => voucherDecision([...seq("missed"), ...seq("confirmed")])).toThrow(RangeError);
  });
});

describe("a month's state from its timesheets (a child who changed kindergarten has two)", () => {
  it("missed if any is missed, even when the other was confirmed", () => {
    expect(monthState(["confirmed", "missed"])).toBe("missed");
  });
  it("disputed if one is disputed and none is missed", () => {
    expect(monthState(["confirmed", "disputed"])).toBe("disputed");
    expect(monthState(["disputed", "missed"])).toBe("missed");
  });
  it("open while one is still open and none is missed", () => {
    expect(monthState(["disputed", "open"])).toBe("open");
  });
  it("confirmed only when all are confirmed; none without timesheets", () => {
    expect(monthState(["confirmed", "confirmed"])).toBe("confirmed");
    expect(monthState([])).toBe("none");
  });
  it("months between two months, inclusive, across years", () => {
    expect(monthsBetween({ year: 2026, month: 11 }, { year: 2027, month: 2 })).toEqual([
      { year: 2026, month: 11 },
      { year: 2026, month: 12 },
      { year: 2027, month: 1 },
      { year: 2027, month: 2 },
    ]);
    expect(monthsBetween({ year: 2027, month: 2 }, { year: 2026, month: 11 })).toEqual([]);
  });
});
