import { describe, expect, it } from "vitest";
import { makeCalendar } from "@/lib/calendar/working-days";
import { referralDecisionProblem, referralUnusedAndLapsed } from "@/lib/queue/referrals/rules";
import { isStopListed, referralExpiresAt, stopListUntil } from "@/lib/queue/places/referral-rules";
import { addMonthsYmd, blockedUntil, contractLastDay } from "@/lib/queue/blocking/rules";

const cal = makeCalendar({ holidays: ["2026-12-16"] }); // Independence Day, a Wednesday

describe("a referral's validity", () => {
  it("ends at 18:00 local on the 5th working day after the day of issue, across a weekend and a holiday", () => {
    // Issued Friday 11 Dec: Mon 14, Tue 15, (Wed 16 holiday), Thu 17, Fri 18, Mon 21.
    expect(referralExpiresAt(new Date("2026-12-11T21:30:00+05:00"), cal, 5)).toEqual(
      new Date("2026-12-21T18:00:00+05:00"),
    );
  });

  it("can be answered only while issued and strictly before it expires", () => {
    const expiresAt = new Date("2026-12-21T18:00:00+05:00");
    expect(
      referralDecisionProblem({ status: "ISSUED", expiresAt }, new Date("2026-12-21T17:59:59+05:00")),
    ).toBeNull();
    expect(referralDecisionProblem({ status: "ISSUED", expiresAt }, expiresAt)).toBe(
      "validation.queue.referralExpired",
    );
    expect(
      referralDecisionProblem({ status: "ACCEPTED", expiresAt }, new Date("2026-12-15T10:00:00+05:00")),
    ).toBe("validation.queue.referralDecided");
    expect(
      referralDecisionProblem({ status: "REFUSED", expiresAt }, new Date("2026-12-15T10:00:00+05:00")),
    ).toBe("validation.queue.referralDecided");
  });

  it("lapses unused only when it is still issued at its expiry", () => {
    const expiresAt = new Date("2026-12-21T18:00:00+05:00");
    expect(referralUnusedAndLapsed({ status: "ISSUED", expiresAt }, expiresAt)).toBe(true);
    expect(referralUnusedAndLapsed({ status: "ISSUED", expiresAt }, new Date(expiresAt.getTime() - 1))).toBe(
      false,
    );
    expect(
      referralUnusedAndLapsed({ status: "ACCEPTED", expiresAt }, new Date("2027-01-01T00:00:00+05:00")),
    ).toBe(false);
  });
});

describe("the stop list after a lapsed referral", () => {
  it("keeps the applicant off new places for 10 whole days after the day it lapsed", () => {
    const until = stopListUntil(new Date("2026-12-21T18:00:00+05:00"), 10);
    expect(until).toEqual(new Date("2027-01-01T00:00:00+05:00"));
    expect(isStopListed(until, new Date("2026-12-31T23:59:00+05:00"))).toBe(true);
    expect(isStopListed(until, until)).toBe(false);
    expect(isStopListed(null, new Date())).toBe(false);
  });
});

describe("blocking a cabinet for 6 months", () => {
  it("adds calendar months, the 31st becoming the month's last day", () => {
    expect(addMonthsYmd("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonthsYmd("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonthsYmd("2026-11-22", 6)).toBe("2027-05-22");
  });

  it("ends at local midnight of the same date six months later", () => {
    expect(blockedUntil(new Date("2026-11-22T23:30:00+05:00"))).toEqual(
      new Date("2027-05-22T00:00:00+05:00"),
    );
  });

  it("ends a contract today, or on its first day when it starts later", () => {
    expect(contractLastDay("2026-11-22", "2026-09-01")).toBe("2026-11-22");
    expect(contractLastDay("2026-11-22", "2026-12-01")).toBe("2026-12-01");
  });
});
