import { describe, expect, it } from "vitest";
import {
  daysToPublish,
  hashContent,
  publicationCutoff,
  publicationDue,
  sortEvents,
  verifyChain,
  type DayContent,
  type PublishedEvent,
  type StoredDay,
} from "@/lib/queue/protocol/content";
import { exportRows, toCsv } from "@/lib/queue/protocol/export";
import { parseProtocolFilter, protocolQuery } from "@/lib/queue/protocol/filter";
import {
  birthYearFits,
  effectiveDates,
  ownShiftTimingErrors,
  scheduleDateErrors,
} from "@/lib/queue/recruitment/rules";

const ev = (id: string, at: string, kind = "RELEASED"): PublishedEvent => ({
  id,
  at,
  kind,
  placeId: `p${id}`,
  organization: { id: "o1", slug: "kg", nameKk: "Балапан", nameRu: "Балапан" },
  territory: { code: "kokshetau", nameKk: "Көкшетау", nameRu: "Кокшетау", nameEn: "Kokshetau" },
  birthYear: 2023,
  language: "KK",
  group: "Ақбота",
  facts: {},
});

// A chain of days built as the publication job builds it.
function chain(dates: string[]): StoredDay[] {
  let prev: string | null = null;
  return dates.map((date, i) => {
    const content: DayContent = {
      version: 1,
      date,
      cutoff: publicationCutoff(date).toISOString(),
      publishedAt: publicationCutoff(date).toISOString(),
      prevHash: prev,
      events: [ev(String(i + 1), `${date}T05:00:00.000Z`)],
    };
    const contentHash = hashContent(content);
    const day = {
      date,
      contentHash,
      prevHash: prev,
      eventCount: 1,
      content: JSON.parse(JSON.stringify(content)),
    };
    prev = contentHash;
    return day;
  });
}

describe("when a protocol day is published", () => {
  it("18:00 Astana time: from then on today's day is due, before it yesterday's", () => {
    expect(publicationDue(new Date("2026-11-23T18:00:00+05:00"))).toEqual({
      date: "2026-11-23",
      cutoff: new Date("2026-11-23T13:00:00Z"),
    });
    expect(publicationDue(new Date("2026-11-23T17:59:59+05:00")).date).toBe("2026-11-22");
    expect(publicationDue(new Date("2026-11-24T00:30:00+05:00")).date).toBe("2026-11-23"); // still 23 Nov 19:30 UTC
  });

  it("catches up every day after the last published one, in order, across a month and a year end", () => {
    expect(daysToPublish("2026-11-23", "2026-11-23")).toEqual([]);
    expect(daysToPublish("2026-11-23", "2026-11-24")).toEqual(["2026-11-24"]);
    expect(daysToPublish("2026-11-29", "2026-12-02")).toEqual(["2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(daysToPublish("2026-12-31", "2027-01-01")).toEqual(["2027-01-01"]);
    expect(daysToPublish("2026-11-24", "2026-11-23")).toEqual([]); // the last day is newer than the one due
    expect(daysToPublish(null, "2026-11-23")).toEqual(["2026-11-23"]); // the first publication
  });

  it("orders events by time, then by sequence number (numerically)", () => {
    const sorted = sortEvents([
      ev("10", "2026-11-23T05:00:00.000Z"),
      ev("9", "2026-11-23T05:00:00.000Z"),
      ev("2", "2026-11-23T04:00:00.000Z"),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(["2", "9", "10"]);
  });
});

describe("the hash chain of published days", () => {
  it("an untouched chain verifies, whatever order the rows come in, and key order doesn't matter", () => {
    const days = chain(["2026-11-20", "2026-11-21", "2026-11-23"]);
    const r = verifyChain([days[2]!, days[0]!, days[1]!]);
    expect(r.ok).toBe(true);
    expect(r.head).toBe(days[2]!.contentHash);
    const reordered = {
      ...days[0]!,
      content: Object.fromEntries(Object.entries(days[0]!.content as object).reverse()),
    };
    expect(verifyChain([reordered]).ok).toBe(true);
  });

  it("rewriting a published day's content is detected on that day", () => {
    const days = chain(["2026-11-20", "2026-11-21", "2026-11-23"]);
    (days[1]!.content as DayContent).events[0]!.kind = "WITHDRAWN";
    const r = verifyChain(days);
    expect(r.ok).toBe(false);
    expect(r.days.map((d) => d.problems)).toEqual([[], ["content_hash"], []]);
  });

  it("rewriting a day and its hash breaks the next day's link; dropping a day breaks the chain too", () => {
    const days = chain(["2026-11-20", "2026-11-21", "2026-11-23"]);
    (days[1]!.content as DayContent).events = [];
    days[1]!.eventCount = 0;
    days[1]!.contentHash = hashContent(days[1]!.content);
    expect(verifyChain(days).days.map((d) => d.problems)).toEqual([[], [], ["prev_hash"]]);
    const dropped = chain(["2026-11-20", "2026-11-21", "2026-11-23"]);
    expect(verifyChain([dropped[0]!, dropped[2]!]).days[1]!.problems).toEqual(["prev_hash"]);
  });

  it("a count or date that doesn't match the content is reported", () => {
    const [d] = chain(["2026-11-20"]);
    expect(verifyChain([{ ...d!, eventCount: 2 }]).days[0]!.problems).toEqual(["event_count"]);
    expect(verifyChain([{ ...d!, date: "2026-11-19" }]).days[0]!.problems).toEqual(["date"]);
  });
});

describe("downloads", () => {
  it("CSV quotes commas, quotes and line breaks, neutralises formulas, and starts with a BOM", () => {
    const csv = toCsv([["a,b", 'say "hi"', "line\nbreak", "=HYPERLINK(1)", 2023]]);
    expect(csv).toBe(`\uFEFF"a,b","say ""hi""","line\nbreak",'=HYPERLINK(1),2023\r\n`);
  });

  it("one row per published event, with the day's hash", () => {
    const rows = exportRows(
      [
        {
          ...ev("7", "2026-11-23T05:00:00.000Z", "TAKEN"),
          facts: { access: "general", referral: "N-2026-000001" },
          day: "2026-11-23",
          dayHash: "abc",
        },
      ],
      {
        headings: ["h"],
        kind: (k) => `k:${k}`,
        language: (l) => `l:${l}`,
        access: (a) => `a:${a}`,
        time: () => "t",
        name: (o) => o.nameRu,
        district: (d) => d.nameEn,
      },
    );
    expect(rows).toEqual([
      ["h"],
      [
        "2026-11-23",
        "t",
        "k:TAKEN",
        "Балапан",
        "Kokshetau",
        2023,
        "l:KK",
        "Ақбота",
        "a:general",
        "N-2026-000001",
        "",
        "7",
        "abc",
      ],
    ]);
  });

  it("the filter defaults to the last published week and never spans more than a year", () => {
    expect(parseProtocolFilter({}, "2026-11-23", "kokshetau")).toEqual({
      from: "2026-11-17",
      to: "2026-11-23",
      district: "kokshetau",
      organizationId: null,
    });
    expect(
      parseProtocolFilter({ from: "2026-12-01", to: "2026-11-01", district: "" }, "2026-11-23", "kokshetau"),
    ).toMatchObject({ from: "2026-11-01", to: "2026-12-01", district: null });
    expect(parseProtocolFilter({ from: "2020-01-01", to: "2026-11-23" }, "2026-11-23", null).from).toBe(
      "2025-11-23",
    );
    expect(
      protocolQuery({ from: "2026-11-01", to: "2026-11-23", district: null, organizationId: "kg1" }),
    ).toBe("from=2026-11-01&to=2026-11-23&district=&kg=kg1");
  });
});

describe("summer-recruitment dates", () => {
  it("a kindergarten shifts its own dates only before its current dates begin, and not into the past", () => {
    const current = { priorityFrom: "2027-06-01", priorityTo: "2027-06-03", generalFrom: "2027-06-04" };
    const later = { priorityFrom: "2027-06-14", priorityTo: "2027-06-16", generalFrom: "2027-06-17" };
    expect(ownShiftTimingErrors("2027-05-31", current, later)).toEqual({});
    expect(ownShiftTimingErrors("2027-06-01", current, later)).toEqual({
      priorityFrom: "validation.recruitment.started",
    });
    expect(ownShiftTimingErrors("2027-05-20", current, { ...later, priorityFrom: "2027-05-20" })).toEqual({
      priorityFrom: "validation.recruitment.future",
    });
    expect(ownShiftTimingErrors("2027-05-20", current, { ...later, priorityFrom: "2027-05-21" })).toEqual({});
  });

  it("accepts the Temirtau pattern and refuses dates out of order or outside the year", () => {
    expect(
      scheduleDateErrors(2024, {
        priorityFrom: "2024-06-03",
        priorityTo: "2024-06-05",
        generalFrom: "2024-06-06",
      }),
    ).toEqual({});
    expect(
      scheduleDateErrors(2024, {
        priorityFrom: "2024-06-05",
        priorityTo: "2024-06-03",
        generalFrom: "2024-06-06",
      }),
    ).toEqual({ priorityTo: "validation.recruitment.order" });
    expect(
      scheduleDateErrors(2024, {
        priorityFrom: "2024-06-03",
        priorityTo: "2024-06-05",
        generalFrom: "2024-06-05",
      }),
    ).toEqual({ generalFrom: "validation.recruitment.generalAfter" });
    expect(
      scheduleDateErrors(2024, {
        priorityFrom: "2023-06-03",
        priorityTo: "2024-06-05",
        generalFrom: "2024-06-06",
      }),
    ).toEqual({ priorityFrom: "validation.recruitment.inYear" });
  });

  it("schedules children of 1 to 7 years and lets a kindergarten's shift win", () => {
    expect([2016, 2017, 2023, 2024].map((b) => birthYearFits(2024, b))).toEqual([false, true, true, false]);
    const s = { priorityFrom: "2027-06-10", priorityTo: "2027-06-12", generalFrom: "2027-06-13" };
    const shift = { priorityFrom: "2027-06-14", priorityTo: "2027-06-16", generalFrom: "2027-06-17" };
    expect(effectiveDates(s, shift)).toEqual(shift);
    expect(effectiveDates(s, null)).toEqual(s);
  });
});
