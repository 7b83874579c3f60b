// The voucher's deadlines (lib/voucher/life-rules.ts) with hand-worked cases on the default Kazakhstan
// calendar: 16 Dec 2026 (a Wednesday) is a holiday; 1–2 Jan 2027 are days off, 2 Jan (a Saturday)
// moves to Monday 4 Jan; Almaty is UTC+5, so a day ends at 18:59:59.999Z.
import { describe, expect, it } from "vitest";
import { makeDefaultCalendar } from "@/lib/calendar/working-days";
import {
  acceptDeadline,
  addMonthsClamped,
  answerProblem,
  contractDeadline,
  contractOpen,
  deadlinePassed,
  extendedContractDeadline,
  extendProblem,
  inactiveLapsed,
  nthWorkingDayAfter,
  oldEnoughForVoucher,
  reminderDue,
  reminderKey,
  restorableUntil,
  restoreProblem,
} from "@/lib/voucher/life-rules";

const cal = makeDefaultCalendar(2026, 2027);
const wd = cal.isWorkingDay;
const z = (s: string) => new Date(s);

describe("acceptBy: the end of the 2nd working day after the day of issue", () => {
  it("Monday 14 Dec 2026 → Thursday 17 Dec (Wednesday 16 Dec is a holiday)", () => {
    expect(acceptDeadline(z("2026-12-14T05:00:00Z"), wd)).toEqual(z("2026-12-17T18:59:59.999Z"));
  });
  it("issued on Saturday 12 Dec → Tuesday 15 Dec (the weekend does not count)", () => {
    expect(acceptDeadline(z("2026-12-12T06:00:00Z"), wd)).toEqual(z("2026-12-15T18:59:59.999Z"));
  });
  it("Friday 11 Dec at 23:30 in Almaty (18:30Z) is Friday's issue → Tuesday 15 Dec", () => {
    expect(acceptDeadline(z("2026-12-11T18:30:00Z"), wd)).toEqual(z("2026-12-15T18:59:59.999Z"));
  });
  it("00:30 on Saturday in Almaty (Friday 19:30Z) is Saturday's issue → still Tuesday 15 Dec", () => {
    expect(acceptDeadline(z("2026-12-11T19:30:00Z"), wd)).toEqual(z("2026-12-15T18:59:59.999Z"));
  });
  it("across the year end: Wednesday 30 Dec 2026 → Tuesday 5 Jan 2027 (31 Dec, then 1, 2→4 Jan off)", () => {
    expect(nthWorkingDayAfter("2026-12-30", 1, wd)).toBe("2026-12-31");
    expect(acceptDeadline(z("2026-12-30T04:00:00Z"), wd)).toEqual(z("2027-01-05T18:59:59.999Z"));
  });
});

describe("contractBy: the end of the 5th working day after the day of acceptance", () => {
  it("Friday 11 Dec → Monday 21 Dec (14, 15, 17, 18, 21: the holiday and a weekend skipped)", () => {
    expect(contractDeadline(z("2026-12-11T09:00:00Z"), wd)).toEqual(z("2026-12-21T18:59:59.999Z"));
  });
  it("Monday 28 Dec → Wednesday 6 Jan 2027 (29, 30, 31 Dec, then 1, 2→4 Jan off, 5, 6 Jan)", () => {
    expect(contractDeadline(z("2026-12-28T09:00:00Z"), wd)).toEqual(z("2027-01-06T18:59:59.999Z"));
  });
  it("the extension adds 1..30 calendar days, to the end of that day", () => {
    const by = z("2026-12-21T18:59:59.999Z");
    expect(extendedContractDeadline(by, 1)).toEqual(z("2026-12-22T18:59:59.999Z"));
    expect(extendedContractDeadline(by, 30)).toEqual(z("2027-01-20T18:59:59.999Z"));
    expect(() => extendedContractDeadline(by, 0)).toThrow(RangeError);
    expect(() => extendedContractDeadline(by, 31)).toThrow(RangeError);
  });
});

describe("the child's age: from 1.5 years", () => {
  it("born 2025-05-31 is 1.5 on 2026-11-30, not on 2026-11-29", () => {
    expect(addMonthsClamped("2025-05-31", 18)).toBe("2026-11-30");
    expect(oldEnoughForVoucher("2025-05-31", "2026-11-30")).toBe(true);
    expect(oldEnoughForVoucher("2025-05-31", "2026-11-29")).toBe(false);
  });
  it("born 2024-08-31 is 1.5 on 28 Feb 2026; born 2024-06-15 on 15 Dec 2025", () => {
    expect(addMonthsClamped("2024-08-31", 18)).toBe("2026-02-28");
    expect(oldEnoughForVoucher("2024-06-15", "2025-12-14")).toBe(false);
    expect(oldEnoughForVoucher("2024-06-15", "2025-12-15")).toBe(true);
  });
});

const issued = {
  status: "ISSUED" as const,
  acceptBy: z("2026-12-15T18:59:59.999Z"),
  contractBy: null,
  contractExtendedAt: null,
  remindedFor: null,
};
const accepted = {
  status: "ACCEPTED" as const,
  acceptBy: z("2026-12-15T18:59:59.999Z"),
  contractBy: z("2026-12-21T18:59:59.999Z"),
  contractExtendedAt: null,
  remindedFor: "accept:2026-12-15T18:59:59.999Z",
};

describe("answering, extending, restoring", () => {
  it("an issued voucher may be answered up to the last millisecond of acceptBy", () => {
    expect(answerProblem(issued, z("2026-12-15T18:59:59.999Z"))).toBeNull();
    expect(answerProblem(issued, z("2026-12-15T19:00:00Z"))).toBe("deadline_passed");
    expect(answerProblem(accepted, z("2026-12-14T00:00:00Z"))).toBe("not_issued");
    expect(deadlinePassed(issued, z("2026-12-15T19:00:00Z"))).toBe(true);
  });
  it("the contract deadline is extended once, by 1..30 days, before it passes", () => {
    const at = z("2026-12-18T06:00:00Z");
    expect(extendProblem(accepted, 30, at)).toBeNull();
    expect(extendProblem(accepted, 31, at)).toBe("bad_days");
    expect(extendProblem(accepted, 0, at)).toBe("bad_days");
    expect(extendProblem({ ...accepted, contractExtendedAt: at }, 5, at)).toBe("already_extended");
    expect(extendProblem(accepted, 5, z("2026-12-21T19:00:00Z"))).toBe("deadline_passed");
    expect(extendProblem(issued, 5, at)).toBe("not_accepted");
    expect(contractOpen(accepted, z("2026-12-21T18:59:59.999Z"))).toBe(true);
    expect(contractOpen(accepted, z("2026-12-21T19:00:00Z"))).toBe(false);
  });
  it("an inactive application is restorable once, until 28 calendar days after it went inactive", () => {
    const since = z("2026-12-15T18:59:59.999Z");
    const app = { status: "INACTIVE" as const, inactiveSince: since, restoredAt: null };
    expect(restorableUntil(since)).toEqual(z("2027-01-12T18:59:59.999Z"));
    expect(restoreProblem(app, z("2027-01-12T18:59:59.999Z"))).toBeNull();
    expect(restoreProblem(app, z("2027-01-12T19:00:00Z"))).toBe("restore_over");
    expect(restoreProblem({ ...app, restoredAt: since }, since)).toBe("already_restored");
    expect(restoreProblem({ ...app, status: "WAITING" }, since)).toBe("not_inactive");
    expect(inactiveLapsed(app, z("2027-01-12T18:59:59.999Z"))).toBe(false);
    expect(inactiveLapsed(app, z("2027-01-12T19:00:00Z"))).toBe(true);
  });
});

describe("the reminder: once per deadline, when less than 24 hours remain", () => {
  it("from 00:00 of the deadline's day in Almaty, not a minute before", () => {
    expect(reminderDue(issued, z("2026-12-14T18:59:00Z"))).toBe(false);
    expect(reminderDue(issued, z("2026-12-14T19:00:00Z"))).toBe(true);
    expect(reminderDue(issued, z("2026-12-15T19:00:00Z"))).toBe(false);
  });
  it("not again for the same deadline; again for the next one (the contract, or an extended one)", () => {
    const key = reminderKey({ kind: "accept", at: issued.acceptBy });
    expect(key).toBe("accept:2026-12-15T18:59:59.999Z");
    expect(reminderDue({ ...issued, remindedFor: key }, z("2026-12-15T10:00:00Z"))).toBe(false);
    expect(reminderDue(accepted, z("2026-12-21T10:00:00Z"))).toBe(true);
    const later = {
      ...accepted,
      contractBy: z("2026-12-26T18:59:59.999Z"),
      remindedFor: "contract:2026-12-21T18:59:59.999Z",
    };
    expect(reminderDue(later, z("2026-12-26T10:00:00Z"))).toBe(true);
  });
});
