import { describe, expect, it } from "vitest";
import {
  cellBlock,
  correctionNeedsReason,
  enrolledOn,
  markChanged,
  normalizeMark,
} from "@/lib/attendance/rules";
import { summarizeChild, summarizeGroup } from "@/lib/attendance/summary";

const day = (
  ymd: string,
  kind: "working" | "weekend" | "holiday" | "closure" | "outside_school_year" = "working",
) => ({ ymd, kind });

describe("markable days", () => {
  it("only working days, not in the future, while enrolled", () => {
    expect(cellBlock(day("2026-11-20"), "2026-11-20", true)).toBeNull();
    expect(cellBlock(day("2026-11-21"), "2026-11-20", true)).toBe("future");
    expect(cellBlock(day("2026-11-21", "weekend"), "2026-11-30", true)).toBe("non_working");
    expect(cellBlock(day("2026-12-16", "holiday"), "2026-12-31", true)).toBe("non_working");
    expect(cellBlock(day("2026-10-14", "closure"), "2026-10-31", true)).toBe("non_working");
    expect(cellBlock(day("2026-07-01", "outside_school_year"), "2026-07-31", true)).toBe("non_working");
    expect(cellBlock(day("2026-11-02"), "2026-11-20", false)).toBe("not_enrolled");
  });

  it("enrolment ends are inclusive and open ends run on", () => {
    const e = [
      { startsOn: "2026-09-01", endsOn: "2026-10-15" },
      { startsOn: "2026-10-20", endsOn: null },
    ];
    expect(enrolledOn(e, "2026-08-31")).toBe(false);
    expect(enrolledOn(e, "2026-09-01")).toBe(true);
    expect(enrolledOn(e, "2026-10-15")).toBe(true);
    expect(enrolledOn(e, "2026-10-16")).toBe(false);
    expect(enrolledOn(e, "2027-05-31")).toBe(true);
  });
});

describe("marks and corrections", () => {
  it("present carries no reason; absent without one is UNKNOWN", () => {
    expect(normalizeMark({ status: "PRESENT", reason: "VACATION" })).toEqual({
      status: "PRESENT",
      reason: null,
    });
    expect(normalizeMark({ status: "ABSENT", reason: null })).toEqual({
      status: "ABSENT",
      reason: "UNKNOWN",
    });
  });

  it("a change to a confirmed month needs a reason; the same mark again does not", () => {
    const prev = { status: "PRESENT" as const, reason: null };
    expect(markChanged(prev, { status: "PRESENT", reason: null })).toBe(false);
    expect(markChanged(prev, { status: "ABSENT", reason: "FAMILY" })).toBe(true);
    expect(markChanged(null, { status: "PRESENT", reason: null })).toBe(true);
    expect(correctionNeedsReason(true, true)).toBe(true);
    expect(correctionNeedsReason(true, false)).toBe(false);
    expect(correctionNeedsReason(false, true)).toBe(false);
  });
});

describe("month summary", () => {
  const days = [
    day("2026-11-02"),
    day("2026-11-03"),
    day("2026-11-04"),
    day("2026-11-07", "weekend"),
    day("2026-11-05"),
    day("2026-11-06"),
  ];
  it("counts only enrolled working days up to today and leaves unmarked days out of the rate", () => {
    const s = summarizeChild(
      days,
      [{ startsOn: "2026-11-03", endsOn: null }],
      [
        { date: "2026-11-02", status: "PRESENT", reason: null }, // before enrolment: ignored
        { date: "2026-11-03", status: "PRESENT", reason: null },
        { date: "2026-11-04", status: "ABSENT", reason: "ILLNESS_CERTIFIED" },
        { date: "2026-11-06", status: "PRESENT", reason: null }, // after today: ignored
      ],
      "2026-11-05",
    );
    expect(s).toEqual({
      expectedDays: 3,
      present: 1,
      absent: 1,
      absentByReason: { ILLNESS_CERTIFIED: 1 },
      unmarked: 1,
      rate: 0.5,
    });
  });

  it("adds the group up", () => {
    const a = summarizeChild(
      days,
      [{ startsOn: "2026-11-01", endsOn: null }],
      [{ date: "2026-11-02", status: "ABSENT", reason: null }],
      "2026-11-02",
    );
    const b = summarizeChild(
      days,
      [{ startsOn: "2026-11-01", endsOn: null }],
      [{ date: "2026-11-02", status: "PRESENT", reason: null }],
      "2026-11-02",
    );
    const g = summarizeGroup([a, b]);
    expect(g).toMatchObject({
      expectedDays: 2,
      present: 1,
      absent: 1,
      absentByReason: { UNKNOWN: 1 },
      rate: 0.5,
    });
    expect(summarizeGroup([]).rate).toBeNull();
  });
});
