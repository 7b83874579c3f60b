import { describe, expect, it } from "vitest";
import { defaultDaysOff, defaultHolidays, KURBAN_AIT_DATES } from "@/lib/calendar/holidays";
import { makeCalendar, makeDefaultCalendar } from "@/lib/calendar/working-days";
import {
  addDays,
  DEFAULT_TIME_ZONE,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isYmd,
  localDate,
  localParts,
  monthDays,
  startOfLocalDay,
} from "@/lib/calendar/zone";

describe("zone", () => {
  it("puts the Almaty day boundary at 19:00 UTC (UTC+5)", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Asia/Almaty");
    expect(localDate(new Date("2026-03-10T18:59:00Z"))).toBe("2026-03-10");
    expect(localParts(new Date("2026-03-10T18:59:00Z"))).toEqual({
      year: 2026,
      month: 3,
      day: 10,
      hour: 23,
      minute: 59,
    });
    expect(localDate(new Date("2026-03-10T19:00:00Z"))).toBe("2026-03-11");
    expect(localParts(new Date("2026-03-10T19:00:00Z"))).toEqual({
      year: 2026,
      month: 3,
      day: 11,
      hour: 0,
      minute: 0,
    });
    expect(startOfLocalDay("2026-03-11").toISOString()).toBe("2026-03-10T19:00:00.000Z");
  });

  it("has no daylight saving: summer and winter are both UTC+5", () => {
    expect(startOfLocalDay("2026-07-01").toISOString()).toBe("2026-06-30T19:00:00.000Z");
    expect(startOfLocalDay("2026-12-31").toISOString()).toBe("2026-12-30T19:00:00.000Z");
    expect(localParts(new Date("2026-06-15T12:00:00Z")).hour).toBe(17);
  });

  it("respects other zones", () => {
    expect(localDate(new Date("2026-03-10T19:00:00Z"), "UTC")).toBe("2026-03-10");
    expect(startOfLocalDay("2026-03-11", "UTC").toISOString()).toBe("2026-03-11T00:00:00.000Z");
    expect(localDate(new Date("2026-01-01T03:00:00Z"), "America/New_York")).toBe("2025-12-31");
  });

  it("does day arithmetic across months, years and leap days", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-01-01", 365)).toBe("2027-01-01");
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
    expect(daysBetween("2026-03-25", "2026-03-20")).toBe(-5);
  });

  it("knows weekdays, month lengths and leap years", () => {
    expect(dayOfWeek("2026-03-09")).toBe(1); // Monday
    expect(dayOfWeek("2026-03-08")).toBe(7); // Sunday
    expect(dayOfWeek("2026-03-21")).toBe(6); // Saturday
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    const feb = monthDays(2028, 2);
    expect(feb).toHaveLength(29);
    expect(feb[0]).toBe("2028-02-01");
    expect(feb[28]).toBe("2028-02-29");
  });

  it("rejects malformed or impossible dates", () => {
    expect(isYmd("2027-02-29")).toBe(false);
    expect(isYmd("2028-02-29")).toBe(true);
    expect(isYmd("2026-3-1")).toBe(false);
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => dayOfWeek("garbage")).toThrow(RangeError);
    expect(() => daysInMonth(2026, 13)).toThrow(RangeError);
  });
});

describe("defaultHolidays", () => {
  const h2026 = defaultHolidays(2026);
  const transfers = (y: number) =>
    defaultHolidays(y)
      .filter((h) => h.kind === "transfer")
      .map((h) => h.date);

  it("moves 2026 weekend holidays to the next free working day", () => {
    // 8 Mar Sun; 21–22 Mar Sat–Sun (23 Mar is itself a holiday); 9 May Sat; 30 Aug Sun; 25 Oct Sun.
    expect(transfers(2026)).toEqual([
      "2026-03-09",
      "2026-03-24",
      "2026-03-25",
      "2026-05-11",
      "2026-08-31",
      "2026-10-26",
    ]);
  });

  it("moves a weekend New Year pair to Monday and Tuesday (2028)", () => {
    expect(transfers(2028)).toEqual(["2028-01-03", "2028-01-04", "2028-05-08", "2028-12-18"]);
  });

  it("never moves 7 January or Kurban Ait, even on a weekend", () => {
    // 7 Jan 2029 is a Sunday; Kurban Ait 2027-05-16 is a Sunday.
    expect(dayOfWeek("2029-01-07")).toBe(7);
    expect(defaultHolidays(2029).find((h) => h.date === "2029-01-07")?.kind).toBe("fixed_no_transfer");
    expect(transfers(2029)).not.toContain("2029-01-08");
    expect(dayOfWeek("2027-05-16")).toBe(7);
    expect(transfers(2027)).not.toContain("2027-05-17");
  });

  it("names the days in kk/ru/en and includes the Kurban Ait table", () => {
    expect(h2026.find((h) => h.date === "2026-01-01")?.name).toEqual({
      kk: "Жаңа жыл",
      ru: "Новый год",
      en: "New Year",
    });
    expect(h2026.find((h) => h.date === "2026-12-16")?.name.kk).toBe("Тәуелсіздік күні");
    expect(h2026.find((h) => h.date === "2026-05-27")).toMatchObject({
      kind: "fixed_no_transfer",
      name: { kk: "Құрбан айт" },
    });
    expect(h2026.find((h) => h.date === "2026-03-09")?.name.ru).toContain("Международный женский день");
    expect(Object.keys(KURBAN_AIT_DATES)).toHaveLength(7);
    expect(h2026.map((h) => h.date)).toEqual([...h2026.map((h) => h.date)].sort());
  });

  it("takes Kurban Ait as a parameter and omits it when unknown", () => {
    expect(defaultDaysOff(2026, { kurbanAit: "2026-05-28" })).toContain("2026-05-28");
    expect(defaultDaysOff(2026, { kurbanAit: "2026-05-28" })).not.toContain("2026-05-27");
    expect(defaultHolidays(2026, { kurbanAit: null }).some((h) => h.name.en === "Kurban Ait")).toBe(false);
    expect(defaultHolidays(2031).some((h) => h.name.en === "Kurban Ait")).toBe(false);
  });
});

describe("working-day calendar", () => {
  const cal = makeDefaultCalendar(2026, 2027);

  it("treats weekends, holidays and transfers as days off", () => {
    expect(cal.isWorkingDay("2026-03-06")).toBe(true); // Friday
    expect(cal.isWorkingDay("2026-03-07")).toBe(false); // Saturday
    expect(cal.isWorkingDay("2026-03-09")).toBe(false); // transfer of 8 March
    expect(cal.isWorkingDay("2026-03-10")).toBe(true);
    expect(cal.isWorkingDay("2026-05-27")).toBe(false); // Kurban Ait, a Wednesday
  });

  it("adds working days across a weekend and across holidays", () => {
    expect(cal.addWorkingDays("2026-03-06", 0)).toBe("2026-03-06");
    expect(cal.addWorkingDays("2026-03-05", 2)).toBe("2026-03-10"); // Fri 6, (Sat, Sun, Mon 9 off) Tue 10
    expect(cal.addWorkingDays("2026-03-20", 1)).toBe("2026-03-26"); // Nauryz 21–25
    expect(cal.addWorkingDays("2026-12-31", 1)).toBe("2027-01-05"); // 1–2 Jan, weekend, 4 Jan transfer
    expect(cal.addWorkingDays("2026-12-31", 3)).toBe("2027-01-08"); // 7 Jan (Thursday) is off too
    expect(() => cal.addWorkingDays("2026-03-05", -1)).toThrow(RangeError);
  });

  it("counts working days in (from, to] consistently with addWorkingDays", () => {
    expect(cal.workingDaysBetween("2026-03-05", "2026-03-10")).toBe(2);
    expect(cal.workingDaysBetween("2026-03-10", "2026-03-05")).toBe(-2);
    expect(cal.workingDaysBetween("2026-03-07", "2026-03-07")).toBe(0);
    for (const [d, n] of [
      ["2026-01-01", 5],
      ["2026-05-08", 3],
      ["2026-08-28", 7],
    ] as const) {
      expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n))).toBe(n);
    }
  });

  it("lists the working days of a month", () => {
    // March 2026: 22 weekdays minus 9, 23, 24, 25 March.
    const march = cal.workingDaysInMonth(2026, 3);
    expect(march).toHaveLength(18);
    expect(march).not.toContain("2026-03-23");
    expect(march[0]).toBe("2026-03-02");
  });

  it("applies overrides: a working Saturday and an extra day off", () => {
    const c = makeCalendar({
      holidays: defaultDaysOff(2026),
      overrides: [
        { date: "2026-03-14", kind: "working_day" },
        { date: "2026-03-13", kind: "day_off" },
      ],
    });
    expect(c.isWorkingDay("2026-03-14")).toBe(true);
    expect(c.isWorkingDay("2026-03-13")).toBe(false);
    expect(c.addWorkingDays("2026-03-12", 1)).toBe("2026-03-14");
    expect(c.workingDaysInMonth(2026, 3)).toHaveLength(18);
  });

  it("lets an override make a holiday a working day, last override winning", () => {
    const c = makeCalendar({
      holidays: ["2026-03-09"],
      overrides: [
        { date: "2026-03-09", kind: "day_off" },
        { date: "2026-03-09", kind: "working_day" },
      ],
    });
    expect(c.isWorkingDay("2026-03-09")).toBe(true);
  });

  it("validates its data", () => {
    expect(() => makeCalendar({ holidays: ["2026-3-9"] })).toThrow(RangeError);
  });
});
