import { describe, expect, it } from "vitest";
import {
  childMonthStates,
  lastClosedMonth,
  sheetState,
  type ChildFacts,
  type TimesheetFact,
} from "@/lib/voucher/month-states";
import { monthDays, isWeekend } from "@/lib/calendar/zone";

const TZ = "Asia/Almaty";
const weekdays = (_org: string, ym: { year: number; month: number }) =>
  monthDays(ym.year, ym.month).filter((d) => !isWeekend(d));
const ts = (
  organizationId: string,
  month: number,
  status: TimesheetFact["status"],
  graceUntil: Date | null = null,
): TimesheetFact => ({ organizationId, year: 2026, month, status, graceUntil });
const facts = (over: Partial<ChildFacts>): ChildFacts => ({
  from: { year: 2026, month: 9 },
  to: { year: 2026, month: 11 },
  enrolments: [{ organizationId: "A", startsOn: "2026-09-01", endsOn: null }],
  timesheets: [],
  workingDays: weekdays,
  timeZoneOf: () => TZ,
  at: new Date("2026-12-11T00:05:00+05:00"),
  ...over,
});

describe("the last month whose confirmation window has closed", () => {
  it("turns at 00:00 on the 11th in the kindergarten's zone", () => {
    expect(lastClosedMonth(new Date("2026-03-10T23:59:00+05:00"), TZ)).toEqual({ year: 2026, month: 1 });
    expect(lastClosedMonth(new Date("2026-03-11T00:00:00+05:00"), TZ)).toEqual({ year: 2026, month: 2 });
    // 19:30 UTC on the 10th is already the 11th in Almaty, not yet in UTC
    expect(lastClosedMonth(new Date("2026-03-10T19:30:00Z"), TZ)).toEqual({ year: 2026, month: 2 });
    expect(lastClosedMonth(new Date("2026-03-10T19:30:00Z"), "UTC")).toEqual({ year: 2026, month: 1 });
  });
  it("in January looks back into the previous year", () => {
    expect(lastClosedMonth(new Date("2027-01-11T00:05:00+05:00"), TZ)).toEqual({ year: 2026, month: 12 });
    expect(lastClosedMonth(new Date("2027-01-05T12:00:00+05:00"), TZ)).toEqual({ year: 2026, month: 11 });
  });
});

describe("one timesheet's state", () => {
  const october = (status: TimesheetFact["status"], grace: Date | null = null) => ts("A", 10, status, grace);
  it("OPEN is open in the window and missed after it", () => {
    expect(sheetState(october("OPEN"), new Date("2026-11-10T23:59:00+05:00"), TZ)).toBe("open");
    expect(sheetState(october("OPEN"), new Date("2026-11-11T00:00:00+05:00"), TZ)).toBe("missed");
  });
  it("CORRECTED stays open until its grace period ends", () => {
    const grace = new Date("2026-11-14T12:00:00+05:00");
    expect(sheetState(october("CORRECTED", grace), new Date("2026-11-13T10:00:00+05:00"), TZ)).toBe("open");
    expect(sheetState(october("CORRECTED", grace), new Date("2026-11-14T12:00:00+05:00"), TZ)).toBe("missed");
  });
  it("set statuses speak for themselves", () => {
    const at = new Date("2026-11-05T10:00:00+05:00");
    expect(sheetState(october("CONFIRMED"), at, TZ)).toBe("confirmed");
    expect(sheetState(october("DISPUTED"), at, TZ)).toBe("disputed");
    expect(sheetState(october("NOT_CONFIRMED"), at, TZ)).toBe("missed");
  });
});

describe("a DISPUTED timesheet counts by its latest dispute (lib/timesheet/dispute-rules.ts)", () => {
  const disputed = (dispute: TimesheetFact["dispute"], grace: Date | null = null): TimesheetFact => ({
    ...ts("A", 10, "DISPUTED", grace),
    dispute,
  });
  it("excused while undecided, however late", () => {
    const at = new Date("2027-02-01T00:00:00+05:00");
    expect(sheetState(disputed({ status: "OPEN", answeredAt: null, decidedAt: null }), at, TZ)).toBe(
      "disputed",
    );
    expect(sheetState(disputed(null), at, TZ)).toBe("disputed"); // a dispute row not loaded: as before
  });
  it("decided for the kindergarten on 15 November 12:00: open until the 20th 12:00, missed from then", () => {
    const d = {
      status: "UPHELD_KINDERGARTEN" as const,
      answeredAt: null,
      decidedAt: new Date("2026-11-15T12:00:00+05:00"),
    };
    const end = new Date("2026-11-20T12:00:00+05:00");
    expect(sheetState(disputed(d), new Date(end.getTime() - 1), TZ)).toBe("open");
    expect(sheetState(disputed(d), end, TZ)).toBe("missed");
  });
});

describe("a child's months from records", () => {
  it("maps each month; a month without a timesheet is none", () => {
    const states = childMonthStates(
      facts({ timesheets: [ts("A", 9, "CONFIRMED"), ts("A", 10, "NOT_CONFIRMED")] }),
    );
    expect(states.map((m) => m.state)).toEqual(["confirmed", "missed", "none"]);
  });

  it("a timesheet at a kindergarten the child was not enrolled at that month does not count", () => {
    const states = childMonthStates(
      facts({
        enrolments: [{ organizationId: "A", startsOn: "2026-09-01", endsOn: "2026-09-30" }],
        timesheets: [ts("A", 9, "CONFIRMED"), ts("A", 10, "NOT_CONFIRMED")],
      }),
    );
    expect(states.map((m) => m.state)).toEqual(["confirmed", "none", "none"]);
  });

  it("a month without working days (closed all month) is none even with a NOT_CONFIRMED timesheet", () => {
    const states = childMonthStates(
      facts({
        workingDays: (org, ym) => (ym.month === 10 ? [] : weekdays(org, ym)),
        timesheets: [ts("A", 9, "NOT_CONFIRMED"), ts("A", 10, "NOT_CONFIRMED"), ts("A", 11, "NOT_CONFIRMED")],
      }),
    );
    expect(states.map((m) => m.state)).toEqual(["missed", "none", "missed"]);
  });

  it("an enrolment covering only a weekend of the month does not count", () => {
    // 2026-10-31 is a Saturday: the child moved to B on the last day, a non-working one
    const states = childMonthStates(
      facts({
        enrolments: [
          { organizationId: "A", startsOn: "2026-09-01", endsOn: "2026-10-30" },
          { organizationId: "B", startsOn: "2026-10-31", endsOn: null },
        ],
        timesheets: [ts("A", 10, "CONFIRMED"), ts("B", 10, "NOT_CONFIRMED")],
      }),
    );
    expect(states[1]!.state).toBe("confirmed");
  });

  it("a child who changed kindergarten mid-month: missed if either timesheet is not confirmed", () => {
    const enrolments = [
      { organizationId: "A", startsOn: "2026-09-01", endsOn: "2026-10-15" },
      { organizationId: "B", startsOn: "2026-10-16", endsOn: null },
    ];
    const missed = childMonthStates(
      facts({ enrolments, timesheets: [ts("A", 10, "CONFIRMED"), ts("B", 10, "NOT_CONFIRMED")] }),
    );
    expect(missed[1]!.state).toBe("missed");
    const disputed = childMonthStates(
      facts({ enrolments, timesheets: [ts("A", 10, "DISPUTED"), ts("B", 10, "CONFIRMED")] }),
    );
    expect(disputed[1]!.state).toBe("disputed");
  });
});
