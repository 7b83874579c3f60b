import { describe, expect, it } from "vitest";
import {
  dottedDate,
  schoolYearProblems,
  schoolYearSpan,
  spansOverlap,
  suggestNextYear,
  summerPlaced,
} from "@/lib/kindergarten/calendar/rules";
import { buildKindergartenCalendar, type CalendarData } from "@/lib/kindergarten/calendar/day-kinds";
import { schoolYearSchema, closureSchema } from "@/lib/kindergarten/calendar/schemas";

const year = (
  startsOn: string,
  endsOn: string,
  summerStartsOn: string | null = null,
  summerEndsOn: string | null = null,
) => ({ startsOn, endsOn, summerStartsOn, summerEndsOn });

describe("school year rules", () => {
  it("accepts a September–May year with summer right after, or summer inside the year", () => {
    expect(schoolYearProblems(year("2026-09-01", "2027-05-31", "2027-06-01", "2027-08-31"))).toEqual([]);
    expect(schoolYearProblems(year("2026-09-01", "2027-08-31", "2027-06-01", "2027-08-31"))).toEqual([]);
    expect(schoolYearProblems(year("2026-09-01", "2027-05-31"))).toEqual([]);
  });

  it("refuses a summer with a gap, before the year, straddling its end, reversed, too long or half-given", () => {
    expect(summerPlaced(year("2026-09-01", "2027-05-31", "2027-06-02", "2027-08-31"))).toBe(false);
    expect(schoolYearProblems(year("2026-09-01", "2027-05-31", "2027-06-02", "2027-08-31"))).toEqual([
      { field: "summerStartsOn", key: "validation.summerPlacement" },
    ]);
    expect(schoolYearProblems(year("2026-09-01", "2027-05-31", "2026-06-01", "2026-08-31"))[0]?.key).toBe(
      "validation.summerPlacement",
    );
    expect(schoolYearProblems(year("2026-09-01", "2027-05-31", "2027-05-15", "2027-06-30"))[0]?.key).toBe(
      "validation.summerPlacement",
    );
    expect(schoolYearProblems(year("2026-09-01", "2027-05-31", "2027-08-31", "2027-06-01"))[0]?.key).toBe(
      "validation.summerOrder",
    );
    expect(schoolYearProblems(year("2026-09-01", "2027-05-31", "2027-06-01", "2027-09-01"))[0]?.key).toBe(
      "validation.summerTooLong",
    );
    expect(schoolYearProblems(year("2026-09-01", "2027-05-31", "2027-06-01", null))).toEqual([
      { field: "summerEndsOn", key: "validation.summerBoth" },
    ]);
  });

  it("refuses a year that ends before it starts or lasts more than a year", () => {
    expect(schoolYearProblems(year("2026-09-01", "2026-09-01"))[0]?.key).toBe("validation.yearOrder");
    expect(schoolYearProblems(year("2026-09-01", "2027-09-02"))[0]?.key).toBe("validation.yearTooLong");
    expect(schoolYearProblems(year("2026-09-01", "2027-02-30"))).toEqual([
      { field: "endsOn", key: "validation.date" },
    ]);
    expect(schoolYearProblems(year("2026-09-01", "2027-08-31"))).toEqual([]);
  });

  it("spans a year to the end of its summer and detects overlaps", () => {
    const a = schoolYearSpan(year("2026-09-01", "2027-05-31", "2027-06-01", "2027-08-31"));
    expect(a).toEqual({ from: "2026-09-01", to: "2027-08-31" });
    expect(spansOverlap(a, { from: "2027-08-31", to: "2028-05-31" })).toBe(true);
    expect(spansOverlap(a, { from: "2027-09-01", to: "2028-05-31" })).toBe(false);
    expect(spansOverlap(a, { from: "2025-09-01", to: "2026-09-01" })).toBe(true);
  });

  it("suggests the next year and writes dates as DD.MM.YYYY", () => {
    expect(suggestNextYear("2026-09-01", "2026-11-22")).toEqual({
      startsOn: "2027-09-01",
      endsOn: "2028-05-31",
      summerStartsOn: "2028-06-01",
      summerEndsOn: "2028-08-31",
    });
    expect(suggestNextYear(undefined, "2026-03-10").startsOn).toBe("2025-09-01");
    expect(suggestNextYear(undefined, "2026-07-10").startsOn).toBe("2026-09-01");
    expect(dottedDate("2026-10-05")).toBe("05.10.2026");
  });

  it("parses form input and reports problems on their fields", () => {
    expect(
      schoolYearSchema.parse({
        startsOn: "2026-09-01",
        endsOn: "2027-05-31",
        summerStartsOn: "",
        summerEndsOn: "",
      }),
    ).toMatchObject({ summerStartsOn: null, summerEndsOn: null });
    expect(
      schoolYearSchema.safeParse({ startsOn: "2026-02-30", endsOn: "2027-05-31" }).error?.issues[0],
    ).toMatchObject({ path: ["startsOn"], message: "validation.date" });
    expect(
      schoolYearSchema.safeParse({ startsOn: "2026-09-01", endsOn: "2026-08-01" }).error?.issues[0],
    ).toMatchObject({ path: ["endsOn"], message: "validation.yearOrder" });
    expect(closureSchema.safeParse({ date: "", reason: "x" }).error?.issues[0]?.message).toBe(
      "validation.required",
    );
    expect(closureSchema.safeParse({ date: "2026-10-16", reason: "  " }).error?.issues[0]?.message).toBe(
      "validation.required",
    );
  });
});

describe("buildKindergartenCalendar", () => {
  const data: CalendarData = {
    holidays: [
      {
        date: "2026-10-25",
        kind: "HOLIDAY",
        nameKk: "Республика күні",
        nameRu: "День Республики",
        nameEn: "Republic Day",
      },
      {
        date: "2026-10-26",
        kind: "TRANSFER_DAY_OFF",
        nameKk: "ауыстыру",
        nameRu: "перенос",
        nameEn: "transfer",
      },
      {
        date: "2026-11-28",
        kind: "WORKING_DAY",
        nameKk: "жұмыс сенбісі",
        nameRu: "рабочая суббота",
        nameEn: "working Saturday",
      },
    ],
    closures: [{ date: "2026-10-16", reason: "Жөндеу" }],
    schoolYears: [year("2026-09-01", "2027-05-31", "2027-06-01", "2027-08-31")],
  };
  const cal = buildKindergartenCalendar(data, "2026-08-30", "2027-09-02");

  it("classifies each kind of day", () => {
    expect(
      [
        "2026-08-31",
        "2026-09-01",
        "2026-09-06",
        "2026-10-16",
        "2026-10-25",
        "2026-10-26",
        "2026-11-28",
        "2026-11-29",
        "2027-08-31",
        "2027-09-01",
      ].map(cal.dayKind),
    ).toEqual([
      "outside_school_year",
      "working",
      "weekend",
      "closure",
      "holiday",
      "holiday",
      "working",
      "weekend",
      "working",
      "outside_school_year",
    ]);
    expect(cal.holidayName("2026-11-28", "ru")).toBe("рабочая суббота");
    expect(cal.holidayName("2026-10-25", "kk")).toBe("Республика күні");
  });

  it("refuses questions outside the loaded range and bad ranges", () => {
    expect(() => cal.isWorkingDay("2026-08-29")).toThrow(RangeError);
    expect(() => cal.closureReason("not-a-date")).toThrow(RangeError);
    expect(() => buildKindergartenCalendar(data, "2026-10-02", "2026-10-01")).toThrow(RangeError);
  });
});
