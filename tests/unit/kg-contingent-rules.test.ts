import { describe, expect, it } from "vitest";
import {
  activeOn,
  capacityVerdict,
  checkWithdrawal,
  findOverlap,
  inSchoolYear,
  keepsChildOn,
  latestPerChild,
  outsideCohort,
  peakFrom,
  periodsOverlap,
  planTransfer,
  statusOn,
} from "@/lib/kindergarten/contingent/rules";

const open = (startsOn: string) => ({ startsOn, endsOn: null });

describe("contingent: overlaps", () => {
  it("counts the last day as a day in the group (inclusive ends)", () => {
    expect(periodsOverlap({ startsOn: "2026-09-01", endsOn: "2026-10-14" }, open("2026-10-14"))).toBe(true);
    expect(periodsOverlap({ startsOn: "2026-09-01", endsOn: "2026-10-14" }, open("2026-10-15"))).toBe(false);
  });

  it("treats an open end as forever, in both directions", () => {
    expect(periodsOverlap(open("2027-01-10"), { startsOn: "2026-09-01", endsOn: "2026-09-30" })).toBe(false);
    expect(periodsOverlap(open("2026-09-01"), { startsOn: "2030-01-01", endsOn: "2030-01-01" })).toBe(true);
    expect(periodsOverlap({ startsOn: "2026-09-01", endsOn: "2026-09-30" }, open("2026-08-01"))).toBe(true);
  });

  it("finds the conflicting enrolment among all of a child's enrolments", () => {
    const rows = [
      { id: "a", startsOn: "2025-09-01", endsOn: "2026-05-31" },
      { id: "b", startsOn: "2026-09-01", endsOn: null },
    ];
    expect(findOverlap(rows, { startsOn: "2026-06-01", endsOn: "2026-08-31" })).toBeNull();
    expect(findOverlap(rows, open("2026-06-01"))?.id).toBe("b");
    expect(findOverlap(rows, open("2026-05-31"))?.id).toBe("a");
  });
});

describe("contingent: capacity", () => {
  it("counts a group's peak from the start day, including children who come later", () => {
    const rows = [
      open("2026-09-01"),
      { startsOn: "2026-09-01", endsOn: "2026-09-15" },
      open("2026-10-01"),
      open("2026-10-01"),
    ];
    expect(peakFrom(rows, "2026-09-10")).toBe(3);
    expect(peakFrom(rows, "2026-09-16")).toBe(3);
    expect(peakFrom([{ startsOn: "2026-09-01", endsOn: "2026-09-15" }], "2026-09-16")).toBe(0);
    expect(activeOn({ startsOn: "2026-09-01", endsOn: "2026-09-15" }, "2026-09-15")).toBe(true);
  });

  it("lets one more child in only while a place is free, or with a non-blank reason", () => {
    expect(capacityVerdict(20, 19)).toBe("fits");
    expect(capacityVerdict(20, 20)).toBe("needs_reason");
    expect(capacityVerdict(20, 20, "   ")).toBe("needs_reason");
    expect(capacityVerdict(20, 25, "Приказ управления № 5")).toBe("override");
  });
});

describe("contingent: dates and cohorts", () => {
  const years = [
    { startsOn: "2025-09-01", endsOn: "2026-05-31", summerEndsOn: "2026-08-31" },
    { startsOn: "2026-09-01", endsOn: "2027-05-31" },
  ];

  it("accepts days of a school year and its summer, refuses days outside every year", () => {
    expect(inSchoolYear(years, "2025-09-01")).toBe(true);
    expect(inSchoolYear(years, "2026-07-15")).toBe(true);
    expect(inSchoolYear(years, "2027-05-31")).toBe(true);
    expect(inSchoolYear(years, "2027-06-01")).toBe(false);
    expect(inSchoolYear(years, "2025-08-31")).toBe(false);
    expect(inSchoolYear([], "2026-10-01")).toBe(false);
  });

  it("warns when the birth year is outside the group's cohort", () => {
    const g = { birthYearFrom: 2021, birthYearTo: 2022 };
    expect([2020, 2021, 2022, 2023].map((y) => outsideCohort(y, g))).toEqual([true, false, false, true]);
  });
});

describe("contingent: transfers and withdrawals", () => {
  it("ends the current enrolment the day before the transfer, across a month boundary", () => {
    expect(planTransfer(open("2026-09-01"), "2026-11-01")).toEqual({ ok: true, endsOn: "2026-10-31" });
    expect(planTransfer(open("2026-09-01"), "2026-09-01")).toEqual({ ok: false, error: "not_after_start" });
    expect(planTransfer({ startsOn: "2026-09-01", endsOn: "2026-10-01" }, "2026-09-15")).toEqual({
      ok: false,
      error: "ended",
    });
  });

  it("allows a withdrawal from the first day on, only of an open enrolment", () => {
    expect(checkWithdrawal(open("2026-09-01"), "2026-09-01")).toBeNull();
    expect(checkWithdrawal(open("2026-09-01"), "2026-08-31")).toBe("before_start");
    expect(checkWithdrawal({ startsOn: "2026-09-01", endsOn: "2026-09-30" }, "2026-10-10")).toBe("ended");
  });

  it("keeps the child (and the representatives) while an enrolment covers the day or starts later", () => {
    const left = { startsOn: "2025-09-01", endsOn: "2026-05-31" };
    expect(keepsChildOn([left, open("2026-09-01")], "2026-11-22")).toBe(true); // current
    expect(keepsChildOn([left, open("2026-12-01")], "2026-11-22")).toBe(true); // by an order, from a later day
    expect(keepsChildOn([{ startsOn: "2026-09-01", endsOn: "2026-11-22" }], "2026-11-22")).toBe(true); // last day
    expect(keepsChildOn([{ startsOn: "2026-09-01", endsOn: "2026-11-22" }], "2026-11-23")).toBe(false);
    expect(keepsChildOn([left], "2026-11-22")).toBe(false); // a former kindergarten
    expect(keepsChildOn([], "2026-11-22")).toBe(false);
  });
});

describe("contingent: the list", () => {
  it("gives each child's status on a day", () => {
    expect(statusOn(open("2026-12-01"), "2026-11-22")).toBe("upcoming");
    expect(statusOn({ startsOn: "2026-09-01", endsOn: "2026-11-22" }, "2026-11-22")).toBe("current");
    expect(statusOn({ startsOn: "2026-09-01", endsOn: "2026-11-21" }, "2026-11-22")).toBe("left");
  });

  it("keeps only each child's latest enrolment, so a transferred child is listed once", () => {
    const rows = [
      { childId: "x", groupId: "old", startsOn: "2025-09-01", endsOn: "2026-10-14" },
      { childId: "y", groupId: "old", startsOn: "2025-09-01", endsOn: null },
      { childId: "x", groupId: "new", startsOn: "2026-10-15", endsOn: null },
    ];
    expect(latestPerChild(rows).map((r) => `${r.childId}:${r.groupId}`)).toEqual(["y:old", "x:new"]);
  });
});
