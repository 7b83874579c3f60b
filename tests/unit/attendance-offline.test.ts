import { describe, expect, it } from "vitest";
import {
  newKey,
  nextSeq,
  ownMarks,
  outcomeOf,
  refusedMarks,
  sendOrder,
  waitingByChild,
  type QueuedMark,
} from "@/lib/attendance/offline-queue";
import { dayCounts, everyonePresent, initialsOf, stateOf, type DayChild } from "@/lib/attendance/day-list";

const q = (seq: number, over: Partial<QueuedMark> = {}): QueuedMark => ({
  key: `k${seq}`,
  personId: "p1",
  seq,
  madeAt: `2026-11-20T05:0${seq}:00.000Z`,
  groupId: "g1",
  childId: "c1",
  childName: "Бала",
  date: "2026-11-20",
  status: "PRESENT",
  reason: null,
  state: "waiting",
  ...over,
});

describe("the offline queue", () => {
  it("sends waiting marks in the order they were made, never the refused ones", () => {
    const queue = [q(3), q(1), q(4, { state: "refused" }), q(2)];
    expect(sendOrder(queue).map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(refusedMarks(queue).map((m) => m.seq)).toEqual([4]);
  });

  it("holds each person's marks for their own session", () => {
    const queue = [q(1), q(2, { personId: "p2" }), q(3, { state: "refused" })];
    expect(ownMarks(queue, "p1").map((m) => m.seq)).toEqual([1, 3]);
    expect(ownMarks(queue, "p2").map((m) => m.seq)).toEqual([2]);
  });

  it("numbers the next mark after every mark it holds, refused ones too", () => {
    expect(nextSeq([])).toBe(1);
    expect(nextSeq([q(2), q(7, { state: "refused" }), q(5)])).toBe(8);
  });

  it("shows the newest waiting mark of each child on the group's day", () => {
    const queue = [
      q(1, { childId: "a" }),
      q(2, { childId: "a", status: "ABSENT", reason: "FAMILY" }),
      q(3, { childId: "b", date: "2026-11-19" }),
      q(4, { childId: "c", groupId: "g2" }),
      q(5, { childId: "d", state: "refused" }),
    ];
    const shown = waitingByChild(queue, "g1", "2026-11-20");
    expect([...shown.keys()]).toEqual(["a"]);
    expect(shown.get("a")).toMatchObject({ seq: 2, status: "ABSENT", reason: "FAMILY" });
  });

  it("maps answers: applied, refused for good, or retried later", () => {
    expect(outcomeOf({ ok: true, status: "PRESENT", reason: null, corrected: false })).toBe("applied");
    expect(outcomeOf("network")).toBe("retry");
    expect(outcomeOf({ ok: false, message: "errors.internal" })).toBe("retry");
    expect(outcomeOf({ ok: false, message: "errors.unauthenticated" })).toBe("retry");
    expect(outcomeOf({ ok: false, message: "errors.rate_limited" })).toBe("retry");
    for (const message of [
      "errors.attendance_not_enrolled",
      "errors.correction_reason_required",
      "errors.attendance_non_working_day",
      "errors.forbidden",
      "errors.invalid_input",
    ])
      expect(outcomeOf({ ok: false, message })).toBe("refused");
  });
});

const child = (id: string, over: Partial<DayChild> = {}): DayChild => ({
  childId: id,
  name: `Бала ${id}`,
  status: null,
  reason: null,
  corrected: false,
  block: null,
  planned: null,
  confirmed: false,
  ...over,
});

describe("the day's list", () => {
  const children = [
    child("a", { status: "PRESENT" }),
    child("b", { status: "ABSENT", reason: "UNKNOWN" }),
    child("c", { planned: "VACATION" }),
    child("d"),
    child("e", { confirmed: true }),
    child("f", { block: "not_enrolled" }),
    child("g", { planned: "FAMILY", status: "PRESENT" }),
  ];

  it("states: a mark wins over a plan; a blocked child is not counted", () => {
    expect(children.map(stateOf)).toEqual([
      "present",
      "absent",
      "planned",
      "unmarked",
      "unmarked",
      "blocked",
      "present",
    ]);
    expect(dayCounts(children)).toEqual({ total: 6, present: 2, absent: 2, unmarked: 2 });
  });

  it("everyone present: the rest present, a planned absence as absent with its reason, a confirmed month left", () => {
    expect(everyonePresent(children)).toEqual({
      marks: [
        { childId: "c", status: "ABSENT", reason: "VACATION" },
        { childId: "d", status: "PRESENT", reason: null },
      ],
      skipped: 1,
    });
    expect(everyonePresent([child("x", { status: "PRESENT" })])).toEqual({ marks: [], skipped: 0 });
  });

  it("initials of up to two words", () => {
    expect(initialsOf("Ахметова Айгерім")).toBe("АА");
    expect(initialsOf("  әлия  ")).toBe("Ә");
    expect(initialsOf("Smith John Paul")).toBe("SJ");
    expect(initialsOf("")).toBe("");
  });
});

describe("idempotency keys", () => {
  it("are version 4 UUIDs the server's schema accepts", async () => {
    const { z } = await import("zod");
    expect(newKey(() => new Uint8Array(16))).toBe("00000000-0000-4000-8000-000000000000");
    expect(newKey(() => new Uint8Array(16).fill(255))).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    const keys = new Set(Array.from({ length: 50 }, () => newKey()));
    expect(keys.size).toBe(50);
    for (const k of keys) expect(z.uuid().safeParse(k).success).toBe(true);
  });
});
