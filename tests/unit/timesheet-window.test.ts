import { describe, expect, it } from "vitest";
import { canConfirmNow, confirmableMonth, confirmationWindow, previousMonth } from "@/lib/timesheet/window";
import { makeSnapshot, snapshotHash } from "@/lib/timesheet/snapshot";

const TZ = "Asia/Almaty";

describe("confirmation window (1st–10th of the next month, kindergarten's time zone)", () => {
  it("opens on the 1st and closes after the 10th, across year ends", () => {
    expect(confirmationWindow({ year: 2026, month: 12 })).toEqual({
      opens: "2027-01-01",
      closes: "2027-01-10",
    });
    expect(previousMonth({ year: 2027, month: 1 })).toEqual({ year: 2026, month: 12 });
  });

  it("23:59 on the 10th in Almaty is inside, 00:00 on the 11th is outside — although UTC still says the 10th", () => {
    const oct = { year: 2026, month: 10 };
    expect(canConfirmNow(oct, new Date("2026-11-10T18:59:00Z"), TZ)).toBe(true); // 23:59 +05
    expect(canConfirmNow(oct, new Date("2026-11-10T19:00:00Z"), TZ)).toBe(false); // 00:00 +05 on the 11th
    expect(canConfirmNow(oct, new Date("2026-10-31T19:00:00Z"), TZ)).toBe(true); // 00:00 +05 on 1 Nov
    expect(canConfirmNow(oct, new Date("2026-10-31T18:59:00Z"), TZ)).toBe(false); // still 31 October
    expect(confirmableMonth(new Date("2026-11-10T19:00:00Z"), TZ)).toBeNull();
    expect(confirmableMonth(new Date("2026-11-10T18:59:00Z"), TZ)).toEqual(oct);
  });

  it("in UTC the same instants fall on other days", () => {
    expect(canConfirmNow({ year: 2026, month: 10 }, new Date("2026-11-10T19:00:00Z"), "UTC")).toBe(true);
  });

  it("handles February of a leap year and only the previous month", () => {
    expect(confirmableMonth(new Date("2028-03-05T06:00:00Z"), TZ)).toEqual({ year: 2028, month: 2 });
    expect(canConfirmNow({ year: 2028, month: 1 }, new Date("2028-03-05T06:00:00Z"), TZ)).toBe(false);
    expect(canConfirmNow({ year: 2028, month: 2 }, new Date("2028-02-29T06:00:00Z"), TZ)).toBe(false); // the month is not over
  });

  it("a grace period opened by a correction extends past the 10th, never before the month is over", () => {
    const oct = { year: 2026, month: 10 };
    const grace = new Date("2026-11-15T19:00:00Z");
    expect(canConfirmNow(oct, new Date("2026-11-14T06:00:00Z"), TZ, grace)).toBe(true);
    expect(canConfirmNow(oct, new Date("2026-11-16T06:00:00Z"), TZ, grace)).toBe(false);
    expect(canConfirmNow(oct, new Date("2026-10-20T06:00:00Z"), TZ, grace)).toBe(false);
  });
});

describe("snapshot", () => {
  const base = { childId: "c", organizationId: "o", year: 2026, month: 10 };
  it("hashes the same data the same way whatever the order of days and keys", () => {
    const a = snapshotHash({
      ...base,
      days: [
        { date: "2026-10-02", status: "PRESENT", reason: null },
        { date: "2026-10-01", status: "ABSENT", reason: "FAMILY" },
      ],
    });
    const b = snapshotHash({
      days: [
        { reason: "FAMILY", status: "ABSENT", date: "2026-10-01" },
        { date: "2026-10-02", status: "PRESENT", reason: null },
      ],
      ...base,
    } as never);
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
  it("changes when one mark changes", () => {
    const days = [{ date: "2026-10-01", status: "PRESENT" as const, reason: null }];
    expect(snapshotHash({ ...base, days })).not.toBe(
      snapshotHash({ ...base, days: [{ ...days[0]!, status: "ABSENT", reason: "UNKNOWN" }] }),
    );
    expect(makeSnapshot({ ...base, days }).days).toEqual(days);
  });
});
