import { describe, expect, it } from "vitest";
import { makeDefaultCalendar } from "@/lib/calendar/working-days";
import {
  comparePriorityOrder,
  compareQueueOrder,
  firstPriorityAllowed,
  offerOrder,
  pickOfferCandidate,
  priorityRank,
  queuePositions,
  type QueueEntry,
} from "@/lib/queue/places/queue-order";
import {
  isStopListed,
  referralExpiresAt,
  referralLapsed,
  stopListUntil,
} from "@/lib/queue/places/referral-rules";
import { claimRefusal, languageFits } from "@/lib/queue/places/claim-rules";
import { inGroupCohort, releasablePlaces } from "@/lib/queue/places/release-rules";
import { parseRegistryFilter } from "@/lib/queue/places/registry-filter";

const cal = makeDefaultCalendar(2026, 2027);
const at = (iso: string) => new Date(iso);
const e = (id: string, iso: string, priority: QueueEntry["priority"] = "NONE"): QueueEntry => ({
  id,
  number: `Q-2026-${id}`,
  priority,
  submittedAt: at(iso),
});

describe("order within a cohort", () => {
  const cohort = [
    e("1", "2026-02-01T10:00:00+05:00"),
    e("2", "2026-01-15T09:00:00+05:00", "LARGE_FAMILY"),
    e("3", "2026-03-01T10:00:00+05:00", "OUT_OF_TURN"),
    e("4", "2026-01-10T09:00:00+05:00", "ORPHAN"),
    e("5", "2026-02-01T10:00:00+05:00"),
  ];

  it("the general queue goes by date and time of application; an exact tie by the application number", () => {
    expect([...cohort].sort(compareQueueOrder).map((x) => x.id)).toEqual(["4", "2", "1", "5", "3"]);
  });

  it("priority order: out of turn first, then the first-priority categories, each in queue order", () => {
    expect([...cohort].sort(comparePriorityOrder).map((x) => x.id)).toEqual(["3", "4", "2", "1", "5"]);
    expect(
      ["OUT_OF_TURN", "DISABLED_PARENT", "ORPHAN", "LARGE_FAMILY", "SPECIAL_NEEDS", "NONE"].map((p) =>
        priorityRank(p as QueueEntry["priority"]),
      ),
    ).toEqual([0, 1, 1, 1, 1, 2]);
  });

  it("positions: everyone in the general queue, only category holders in the priority one", () => {
    expect(queuePositions(cohort, "3")).toEqual({ general: 5, priority: 1 });
    expect(queuePositions(cohort, "1")).toEqual({ general: 3, priority: null });
    expect(queuePositions(cohort, "x")).toEqual({ general: null, priority: null });
  });
});

describe("the 1 : 3 ratio and the priority offer", () => {
  it("first-priority applicants get at most one referral per 3 general ones (the first one is allowed)", () => {
    expect(firstPriorityAllowed({ firstPriority: 0, general: 0 }, 3)).toBe(true);
    expect(firstPriorityAllowed({ firstPriority: 1, general: 2 }, 3)).toBe(false);
    expect(firstPriorityAllowed({ firstPriority: 1, general: 3 }, 3)).toBe(true);
    expect(firstPriorityAllowed({ firstPriority: 2, general: 5 }, 3)).toBe(false);
    expect(firstPriorityAllowed({ firstPriority: 2, general: 6 }, 3)).toBe(true);
  });

  it("offers to the out-of-turn applicant whatever the ratio, else to the first in the queue order — a category holder while the ratio allows, otherwise an applicant without a category", () => {
    const orphan = e("o", "2026-01-01T09:00:00+05:00", "ORPHAN");
    const military = e("m", "2026-05-01T09:00:00+05:00", "OUT_OF_TURN");
    const plain = e("p", "2025-01-01T09:00:00+05:00");
    const full = { firstPriority: 1, general: 0 };
    expect(pickOfferCandidate([plain, orphan, military], full, 3)?.id).toBe("m");
    expect(pickOfferCandidate([plain, orphan], { firstPriority: 0, general: 0 }, 3)?.id).toBe("o");
    expect(pickOfferCandidate([plain, orphan], full, 3)?.id).toBe("p"); // the ratio is used up: the queue goes on
    expect(pickOfferCandidate([plain], { firstPriority: 0, general: 0 }, 3)?.id).toBe("p");
    expect(pickOfferCandidate([orphan], full, 3)?.id).toBe("o"); // nobody without a category waits
    expect(pickOfferCandidate([], full, 3)).toBeNull();
  });

  it("interleaves a hand-worked cohort 1 : 3 across categories, each line by date and time", () => {
    // Two out-of-turn, three first-priority (two categories), seven without a category.
    const q = [
      e("g1", "2025-01-10T09:00:00+05:00"),
      e("g2", "2025-02-10T09:00:00+05:00"),
      e("f1", "2025-03-10T09:00:00+05:00", "LARGE_FAMILY"),
      e("g3", "2025-03-11T09:00:00+05:00"),
      e("o1", "2025-06-01T09:00:00+05:00", "OUT_OF_TURN"),
      e("f2", "2025-01-01T09:00:00+05:00", "DISABLED_PARENT"),
      e("g4", "2025-04-10T09:00:00+05:00"),
      e("g5", "2025-05-10T09:00:00+05:00"),
      e("f3", "2025-05-11T09:00:00+05:00", "ORPHAN"),
      e("g6", "2025-06-10T09:00:00+05:00"),
      e("o2", "2025-02-01T09:00:00+05:00", "OUT_OF_TURN"),
      e("g7", "2025-07-10T09:00:00+05:00"),
    ];
    // Nothing issued yet this year: the first first-priority referral is allowed, then three general.
    expect(offerOrder(q, { firstPriority: 0, general: 0 }, 3).map((x) => x.id)).toEqual([
      "o2",
      "o1",
      "f2",
      "g1",
      "g2",
      "g3",
      "f1",
      "g4",
      "g5",
      "g6",
      "f3",
      "g7",
    ]);
    // Already 2 first-priority and 5 general referrals this year: one general more before the next.
    expect(offerOrder(q, { firstPriority: 2, general: 5 }, 3).map((x) => x.id)).toEqual([
      "o2",
      "o1",
      "g1",
      "f2",
      "g2",
      "g3",
      "g4",
      "f1",
      "g5",
      "g6",
      "g7",
      "f3",
    ]);
    // Ratio 0 means no limit: the categories go first.
    expect(
      offerOrder(q, { firstPriority: 9, general: 0 }, 0)
        .map((x) => x.id)
        .slice(0, 5),
    ).toEqual(["o2", "o1", "f2", "f1", "f3"]);
  });
});

describe("referral validity and the stop list", () => {
  it("a referral issued on Friday with 5 working days is valid until next Friday 18:00; a holiday adds a day", () => {
    expect(referralExpiresAt(at("2026-11-27T09:40:00+05:00"), cal, 5)).toEqual(
      at("2026-12-04T18:00:00+05:00"),
    );
    expect(referralExpiresAt(at("2026-12-14T09:40:00+05:00"), cal, 5)).toEqual(
      at("2026-12-22T18:00:00+05:00"),
    );
    expect(referralLapsed(at("2026-12-04T18:00:00+05:00"), at("2026-12-04T17:59:59+05:00"))).toBe(false);
    expect(referralLapsed(at("2026-12-04T18:00:00+05:00"), at("2026-12-04T18:00:00+05:00"))).toBe(true);
  });

  it("a lapsed referral stops the applicant for 10 whole days after the day it lapsed", () => {
    const until = stopListUntil(at("2026-12-04T18:00:00+05:00"), 10);
    expect(until).toEqual(at("2026-12-15T00:00:00+05:00"));
    expect(isStopListed(until, at("2026-12-14T23:59:00+05:00"))).toBe(true);
    expect(isStopListed(until, until)).toBe(false);
    expect(isStopListed(null, until)).toBe(false);
  });
});

describe("who may take a general-access place", () => {
  const place = { status: "GENERAL" as const, birthYear: 2023, territoryId: "kok" };
  const app = { status: "WAITING" as const, birthYear: 2023, territoryId: "kok", stopListUntil: null };
  const now = at("2026-12-01T10:00:00+05:00");

  it("any waiting application of the cohort and district, whatever its position", () => {
    expect(claimRefusal(place, app, now)).toBeNull();
  });

  it("refuses with the reason: priority access, gone, not waiting, stop list, cohort, district", () => {
    expect(claimRefusal({ ...place, status: "PRIORITY" }, app, now)).toBe("priority_access");
    for (const s of ["TAKEN", "WITHDRAWN", "ENROLLED"] as const)
      expect(claimRefusal({ ...place, status: s }, app, now)).toBe("place_gone");
    expect(claimRefusal(place, { ...app, status: "REFERRED" }, now)).toBe("not_waiting");
    expect(claimRefusal(place, { ...app, stopListUntil: at("2026-12-05T00:00:00+05:00") }, now)).toBe(
      "stop_listed",
    );
    expect(claimRefusal(place, { ...app, stopListUntil: at("2026-12-01T00:00:00+05:00") }, now)).toBeNull();
    expect(claimRefusal(place, { ...app, birthYear: 2022 }, now)).toBe("wrong_cohort");
    expect(claimRefusal(place, { ...app, territoryId: "esil" }, now)).toBe("wrong_district");
  });

  it("a mixed group suits any language; otherwise the language must match", () => {
    expect(languageFits("MIXED", "RU")).toBe(true);
    expect(languageFits("KK", "MIXED")).toBe(true);
    expect(languageFits("KK", "RU")).toBe(false);
  });
});

describe("releasing places of a group", () => {
  it("fits the capacity less the children who stay and the places already open", () => {
    expect(releasablePlaces(20, 15, 2)).toBe(3);
    expect(releasablePlaces(20, 20, 1)).toBe(0);
    expect(inGroupCohort(2023, { birthYearFrom: 2022, birthYearTo: 2023 })).toBe(true);
    expect(inGroupCohort(2024, { birthYearFrom: 2022, birthYearTo: 2023 })).toBe(false);
  });

  it("reads the registry filters from the address, ignoring bad values", () => {
    expect(parseRegistryFilter({}, "kokshetau")).toEqual({
      district: "kokshetau",
      organizationId: null,
      birthYear: null,
      language: null,
    });
    expect(parseRegistryFilter({ district: "", year: "2023", lang: "RU", kg: "abc" }, "kokshetau")).toEqual({
      district: null,
      organizationId: "abc",
      birthYear: 2023,
      language: "RU",
    });
    expect(
      parseRegistryFilter({ district: "x'; drop", year: "twenty", lang: "DE", kg: "a b" }, null),
    ).toEqual({ district: null, organizationId: null, birthYear: null, language: null });
  });
});
