import { describe, expect, it } from "vitest";
import { makeCalendar } from "@/lib/calendar/working-days";
import {
  priorityConfirmLastDay,
  priorityDeadline,
  priorityEligible,
  priorityStanding,
} from "@/lib/queue/applications/priority";

// Nauryz 2026 as days off (Mon 23 – Wed 25 March) on top of the weekends.
const cal = makeCalendar({ holidays: ["2026-03-23", "2026-03-24", "2026-03-25"] });
const friday = new Date("2026-03-20T16:30:00+05:00");
const claim = (
  over: Partial<{ priority: "NONE" | "OUT_OF_TURN" | "LARGE_FAMILY"; priorityConfirmedAt: Date | null }> = {},
) => ({ priority: "OUT_OF_TURN" as const, priorityConfirmedAt: null, submittedAt: friday, ...over });

describe("the 5 working days to confirm a priority document", () => {
  it("counts working days after the day of application, skipping the weekend and the holidays", () => {
    // Thu 26, Fri 27, Mon 30, Tue 31 March, Wed 1 April.
    expect(priorityConfirmLastDay(friday, cal)).toBe("2026-04-01");
    expect(priorityDeadline(friday, cal)).toEqual(new Date("2026-04-02T00:00:00+05:00"));
  });

  it("is pending through the whole last day and lapsed from the next midnight (Asia/Almaty)", () => {
    expect(priorityStanding(claim(), new Date("2026-04-01T23:59:59+05:00"), cal)).toBe("pending");
    expect(priorityStanding(claim(), new Date("2026-04-02T00:00:00+05:00"), cal)).toBe("lapsed");
    expect(priorityEligible(claim(), new Date("2026-04-01T12:00:00+05:00"), cal)).toBe(true);
    expect(priorityEligible(claim(), new Date("2026-04-02T00:00:00+05:00"), cal)).toBe(false);
  });

  it("takes the local day of application: 23:30 in Almaty on Friday is Friday even though UTC says so too, 00:30 Saturday is Saturday", () => {
    expect(priorityConfirmLastDay(new Date("2026-03-20T23:30:00+05:00"), cal)).toBe("2026-04-01");
    // Saturday 21 March 00:30 local is still Friday in UTC, but the local day counts: the first working day after it is Thu 26.
    expect(priorityConfirmLastDay(new Date("2026-03-21T00:30:00+05:00"), cal)).toBe("2026-04-01");
  });

  it("counts a weekend made a working day by decree", () => {
    const decree = makeCalendar({
      holidays: ["2026-03-23", "2026-03-24", "2026-03-25"],
      overrides: [{ date: "2026-03-28", kind: "working_day" }],
    });
    expect(priorityConfirmLastDay(friday, decree)).toBe("2026-03-31");
  });

  it("stays confirmed once confirmed, whatever the date; no claim is none", () => {
    const confirmed = claim({ priorityConfirmedAt: new Date("2026-03-26T10:00:00+05:00") });
    expect(priorityStanding(confirmed, new Date("2027-01-01T00:00:00+05:00"), cal)).toBe("confirmed");
    expect(priorityStanding(claim({ priority: "NONE" }), friday, cal)).toBe("none");
    expect(priorityEligible(claim({ priority: "NONE" }), friday, cal)).toBe(false);
  });
});
