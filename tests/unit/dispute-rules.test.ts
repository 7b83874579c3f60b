import { describe, expect, it } from "vitest";
import {
  decideBy,
  disputedMonthState,
  disputeTransition,
  graceEnd,
  mayDisputeAgain,
  nextStep,
  windowEnd,
  type DisputeFacts,
  type SheetFacts,
} from "@/lib/timesheet/dispute-rules";
import { makeCalendar, makeDefaultCalendar } from "@/lib/calendar/working-days";

// October 2026, disputed in its window (1–10 November), Almaty (UTC+5).
const TZ = "Asia/Almaty";
const OCT = { year: 2026, month: 10 };
const at = (s: string) => new Date(`${s}+05:00`);
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const WINDOW_END = at("2026-11-11T00:00:00");
const sheet = (over: Partial<SheetFacts> = {}): SheetFacts => ({
  confirmed: false,
  graceUntil: null,
  ...over,
});
const dispute = (status: DisputeFacts["status"], over: Partial<DisputeFacts> = {}): DisputeFacts => ({
  status,
  answeredAt: null,
  decidedAt: null,
  ...over,
});
const state = (d: DisputeFacts, when: Date, s: SheetFacts = sheet()) =>
  disputedMonthState(d, s, OCT, TZ, when);

describe("the grace period", () => {
  it("the regular window of October ends at 00:00 on 11 November in Almaty (19:00 UTC on the 10th)", () => {
    expect(windowEnd(OCT, TZ).toISOString()).toBe("2026-11-10T19:00:00.000Z");
  });
  it("is 5 calendar days after the answer, never shorter than the window", () => {
    // answered on the 3rd: 3 + 5 = the 8th, still inside the window, so the window's end wins
    expect(graceEnd(at("2026-11-03T10:00:00"), OCT, TZ)).toEqual(WINDOW_END);
    // answered on the 9th at 15:00: until the 14th at 15:00
    expect(graceEnd(at("2026-11-09T15:00:00"), OCT, TZ)).toEqual(at("2026-11-14T15:00:00"));
    // answered at 00:00 on the 6th: exactly the window's end
    expect(graceEnd(at("2026-11-06T00:00:00"), OCT, TZ)).toEqual(WINDOW_END);
  });
});

describe("the officer's deadline: the end of the 10th working day after the escalation's day", () => {
  it("skips weekends (escalated on Friday 13 November: the 10th working day is Friday 27 November)", () => {
    const cal = makeDefaultCalendar(2026, 2027);
    expect(decideBy(at("2026-11-13T16:00:00"), cal, TZ)).toEqual(at("2026-11-28T00:00:00"));
    // late in the evening of the same local day (UTC already the 13th, 23:30 local): same deadline
    expect(decideBy(new Date("2026-11-13T18:30:00Z"), cal, TZ)).toEqual(at("2026-11-28T00:00:00"));
  });
  it("skips holidays (16 December, Independence Day): escalated Thursday 10 December → Friday 25 December", () => {
    const cal = makeDefaultCalendar(2026, 2027);
    // 11, 14, 15, (16 off), 17, 18, 21, 22, 23, 24, 25
    expect(decideBy(at("2026-12-10T09:00:00"), cal, TZ)).toEqual(at("2026-12-26T00:00:00"));
  });
  it("counts a weekend day made a working day by decree", () => {
    const cal = makeCalendar({ holidays: [], overrides: [{ date: "2026-11-21", kind: "working_day" }] });
    // 16, 17, 18, 19, 20, 21 (Saturday, working), 23, 24, 25, 26
    expect(decideBy(at("2026-11-13T12:00:00"), cal, TZ)).toEqual(at("2026-11-27T00:00:00"));
  });
  it("in the evening of the 11th local the escalation's day is the 11th, not UTC's 10th", () => {
    const cal = makeCalendar({ holidays: [] });
    // 2026-12-10T20:00Z is 01:00 on Friday 11 December in Almaty: 14..18, 21..25 → Friday 25 December
    expect(decideBy(new Date("2026-12-10T20:00:00Z"), cal, TZ)).toEqual(at("2026-12-26T00:00:00"));
  });
});

describe("what a disputed month counts as", () => {
  const answered = at("2026-11-09T15:00:00");
  const grace = at("2026-11-14T15:00:00");

  it("OPEN and ESCALATED: excused, however long it takes", () => {
    expect(state(dispute("OPEN"), at("2027-03-01T00:00:00"))).toBe("disputed");
    expect(state(dispute("ESCALATED", { answeredAt: answered }), at("2027-03-01T00:00:00"))).toBe("disputed");
  });

  it("confirmed whenever the parent confirmed, in any state", () => {
    for (const s of [
      "OPEN",
      "ACCEPTED",
      "REJECTED",
      "ESCALATED",
      "UPHELD_KINDERGARTEN",
      "UPHELD_PARENT",
    ] as const)
      expect(
        state(dispute(s, { answeredAt: answered }), at("2027-01-01T00:00:00"), sheet({ confirmed: true })),
      ).toBe("confirmed");
  });

  it("ACCEPTED: open until the grace period ends (one ms before), missed from its end", () => {
    const d = dispute("ACCEPTED", { answeredAt: answered });
    expect(state(d, ms(grace, -1))).toBe("open");
    expect(state(d, grace)).toBe("missed");
    expect(state(d, ms(grace, 1))).toBe("missed");
  });

  it("ACCEPTED early in the window: open until the window closes, not only 5 days", () => {
    const d = dispute("ACCEPTED", { answeredAt: at("2026-11-02T09:00:00") });
    expect(state(d, at("2026-11-08T12:00:00"))).toBe("open");
    expect(state(d, ms(WINDOW_END, -1))).toBe("open");
    expect(state(d, WINDOW_END)).toBe("missed");
  });

  it("REJECTED: excused while the parent may still escalate, missed once the grace period is over", () => {
    const d = dispute("REJECTED", { answeredAt: answered });
    expect(state(d, ms(grace, -1))).toBe("disputed");
    expect(state(d, grace)).toBe("missed");
  });

  it("UPHELD_KINDERGARTEN: grace from the decision, not from the rejection", () => {
    const decided = at("2026-11-20T11:00:00");
    const d = dispute("UPHELD_KINDERGARTEN", { answeredAt: answered, decidedAt: decided });
    const end = at("2026-11-25T11:00:00");
    expect(state(d, ms(grace, 1))).toBe("open"); // the rejection's grace is long over
    expect(state(d, ms(end, -1))).toBe("open");
    expect(state(d, end)).toBe("missed");
  });

  it("UPHELD_PARENT: excused until the kindergarten corrects; then open until the sheet's grace end", () => {
    const d = dispute("UPHELD_PARENT", { answeredAt: answered, decidedAt: at("2026-11-20T11:00:00") });
    expect(state(d, at("2027-02-01T00:00:00"))).toBe("disputed");
    const corrected = at("2026-12-01T10:00:00");
    const end = graceEnd(corrected, OCT, TZ);
    expect(end).toEqual(at("2026-12-06T10:00:00"));
    expect(state(d, ms(end, -1), sheet({ graceUntil: end }))).toBe("open");
    expect(state(d, end, sheet({ graceUntil: end }))).toBe("missed");
  });
});

describe("the transitions", () => {
  const o = (when: Date, s: SheetFacts = sheet()) => ({ sheet: s, ym: OCT, tz: TZ, at: when });
  const now = at("2026-11-09T16:00:00");

  it("the kindergarten answers an OPEN dispute only", () => {
    expect(disputeTransition(dispute("OPEN"), "accept", o(now))).toEqual({ ok: true, to: "ACCEPTED" });
    expect(disputeTransition(dispute("OPEN"), "reject", o(now))).toEqual({ ok: true, to: "REJECTED" });
    for (const s of ["ACCEPTED", "REJECTED", "ESCALATED", "UPHELD_KINDERGARTEN", "UPHELD_PARENT"] as const) {
      expect(disputeTransition(dispute(s), "accept", o(now))).toEqual({
        ok: false,
        key: "validation.disputeFlow.notOpen",
      });
      expect(disputeTransition(dispute(s), "reject", o(now))).toEqual({
        ok: false,
        key: "validation.disputeFlow.notOpen",
      });
    }
  });

  it("the parent escalates a REJECTED dispute while its grace period lasts — one ms before its end, not at it", () => {
    const d = dispute("REJECTED", { answeredAt: at("2026-11-09T15:00:00") });
    const end = at("2026-11-14T15:00:00");
    expect(disputeTransition(d, "escalate", o(ms(end, -1)))).toEqual({ ok: true, to: "ESCALATED" });
    expect(disputeTransition(d, "escalate", o(end))).toEqual({
      ok: false,
      key: "validation.disputeFlow.escalationClosed",
    });
    for (const s of ["OPEN", "ACCEPTED", "ESCALATED", "UPHELD_KINDERGARTEN", "UPHELD_PARENT"] as const)
      expect(disputeTransition(dispute(s, { answeredAt: now }), "escalate", o(now))).toEqual({
        ok: false,
        key: "validation.disputeFlow.notRejected",
      });
  });

  it("the officer decides an ESCALATED dispute only, once", () => {
    const d = dispute("ESCALATED", { answeredAt: now });
    expect(disputeTransition(d, "decide_kindergarten", o(now))).toEqual({
      ok: true,
      to: "UPHELD_KINDERGARTEN",
    });
    expect(disputeTransition(d, "decide_parent", o(now))).toEqual({ ok: true, to: "UPHELD_PARENT" });
    for (const s of ["OPEN", "ACCEPTED", "REJECTED", "UPHELD_KINDERGARTEN", "UPHELD_PARENT"] as const)
      expect(disputeTransition(dispute(s), "decide_parent", o(now))).toEqual({
        ok: false,
        key: "validation.disputeFlow.notEscalated",
      });
  });

  it("the kindergarten reports the correction of an UPHELD_PARENT dispute once", () => {
    const d = dispute("UPHELD_PARENT", { decidedAt: now });
    expect(disputeTransition(d, "corrected", o(now))).toEqual({ ok: true, to: "UPHELD_PARENT" });
    expect(
      disputeTransition(d, "corrected", o(now, sheet({ graceUntil: at("2026-11-20T00:00:00") }))),
    ).toEqual({
      ok: false,
      key: "validation.disputeFlow.nothingToCorrect",
    });
    expect(disputeTransition(dispute("UPHELD_KINDERGARTEN"), "corrected", o(now)).ok).toBe(false);
  });

  it("a new dispute only when there is none or the marks were changed since", () => {
    expect(mayDisputeAgain(null)).toBe(true);
    expect(mayDisputeAgain({ status: "ACCEPTED" })).toBe(true);
    expect(mayDisputeAgain({ status: "UPHELD_PARENT" })).toBe(true);
    for (const s of ["OPEN", "REJECTED", "ESCALATED", "UPHELD_KINDERGARTEN"] as const)
      expect(mayDisputeAgain({ status: s })).toBe(false);
  });
});

describe("what to do next", () => {
  const answered = at("2026-11-09T15:00:00");
  const next = (d: DisputeFacts, when: Date, s: SheetFacts = sheet(), by: Date | null = null) =>
    nextStep({ ...d, decideBy: by }, s, OCT, TZ, when);

  it("names who acts and until when", () => {
    expect(next(dispute("OPEN"), answered)).toEqual({ who: "kindergarten", until: null });
    const by = at("2026-11-28T00:00:00");
    expect(next(dispute("ESCALATED"), answered, sheet(), by)).toEqual({ who: "officer", until: by });
    expect(next(dispute("REJECTED", { answeredAt: answered }), answered)).toEqual({
      who: "parent_confirm_or_escalate",
      until: at("2026-11-14T15:00:00"),
    });
    expect(next(dispute("ACCEPTED", { answeredAt: answered }), answered)).toEqual({
      who: "parent_confirm",
      until: at("2026-11-14T15:00:00"),
    });
    expect(next(dispute("UPHELD_PARENT", { decidedAt: answered }), answered)).toEqual({
      who: "kindergarten_correct",
      until: null,
    });
    expect(next(dispute("ACCEPTED", { answeredAt: answered }), at("2026-11-14T15:00:00"))).toEqual({
      who: "none",
      until: null,
    });
  });
});
