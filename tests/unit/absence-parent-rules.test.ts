import { describe, expect, it } from "vitest";
import {
  answerProblem,
  canCancelPlanned,
  dmy,
  planDatesProblem,
  PARENT_REASONS,
} from "@/lib/absence/parent-rules";
import { noticeSections } from "@/lib/absence/parent-board";

const TODAY = "2026-11-20";

describe("announced absence dates", () => {
  it("accepts today up to 90 days ahead, with the last day not before the first", () => {
    expect(planDatesProblem(TODAY, TODAY, TODAY)).toBeNull();
    expect(planDatesProblem("2026-11-23", "2027-02-18", TODAY)).toBeNull();
    expect(planDatesProblem("2026-11-19", "2026-11-20", TODAY)).toEqual({
      key: "validation.absence.past",
      field: "dateFrom",
    });
    expect(planDatesProblem("2026-11-24", "2026-11-23", TODAY)).toEqual({
      key: "validation.absence.order",
      field: "dateTo",
    });
    expect(planDatesProblem("2027-02-19", "2027-02-19", TODAY)).toMatchObject({
      key: "validation.absence.tooFar",
      field: "dateFrom",
      values: { days: 90 },
    });
    expect(planDatesProblem("2027-02-01", "2027-02-19", TODAY)).toMatchObject({
      key: "validation.absence.tooFar",
      field: "dateTo",
    });
  });
});

describe("answering and cancelling", () => {
  it("a question can be (re)answered until the kindergarten applies or withdraws it", () => {
    expect(answerProblem({ kind: "UNEXPLAINED", status: "SENT" })).toBeNull();
    expect(answerProblem({ kind: "UNEXPLAINED", status: "ANSWERED" })).toBeNull();
    expect(answerProblem({ kind: "UNEXPLAINED", status: "APPLIED" })?.key).toBe(
      "validation.absence.alreadyApplied",
    );
    expect(answerProblem({ kind: "UNEXPLAINED", status: "CANCELLED" })?.key).toBe(
      "validation.absence.withdrawn",
    );
    expect(answerProblem({ kind: "PLANNED", status: "SENT" })?.key).toBe("validation.absence.notAQuestion");
  });

  it("an announced absence can be cancelled only before its first day", () => {
    expect(canCancelPlanned({ kind: "PLANNED", status: "SENT", from: "2026-11-21" }, TODAY)).toBe(true);
    expect(canCancelPlanned({ kind: "PLANNED", status: "SENT", from: TODAY }, TODAY)).toBe(false);
    expect(canCancelPlanned({ kind: "PLANNED", status: "CANCELLED", from: "2026-11-21" }, TODAY)).toBe(false);
    expect(canCancelPlanned({ kind: "UNEXPLAINED", status: "SENT", from: "2026-11-21" }, TODAY)).toBe(false);
  });

  it("the parent's reasons exclude the kindergarten's “unknown” and “unexcused”", () => {
    expect(PARENT_REASONS).not.toContain("UNKNOWN");
    expect(PARENT_REASONS).not.toContain("UNEXCUSED");
    expect(PARENT_REASONS).toContain("ILLNESS_CERTIFIED");
    expect(dmy("2026-11-09")).toBe("09.11.2026");
  });
});

describe("notice sections of a child", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  const n = (
    id: string,
    kind: "UNEXPLAINED" | "PLANNED",
    status: "SENT" | "ANSWERED" | "APPLIED" | "CANCELLED",
    from: string,
    to = from,
  ) => ({ id, kind, status, dateFrom: d(from), dateTo: d(to) });

  it("puts questions first (oldest first), planned from today on, the rest in history, and hides withdrawn questions", () => {
    const s = noticeSections(
      [
        n("q2", "UNEXPLAINED", "SENT", "2026-11-19"),
        n("q1", "UNEXPLAINED", "SENT", "2026-11-17"),
        n("a", "UNEXPLAINED", "ANSWERED", "2026-11-16"),
        n("applied", "UNEXPLAINED", "APPLIED", "2026-11-10"),
        n("withdrawn", "UNEXPLAINED", "CANCELLED", "2026-11-18"),
        n("now", "PLANNED", "SENT", "2026-11-18", TODAY),
        n("ahead", "PLANNED", "SENT", "2026-12-01", "2026-12-02"),
        n("past", "PLANNED", "SENT", "2026-11-02", "2026-11-03"),
        n("off", "PLANNED", "CANCELLED", "2026-12-10"),
      ],
      TODAY,
    );
    expect(s.awaiting.map((x) => x.id)).toEqual(["q1", "q2"]);
    expect(s.answered.map((x) => x.id)).toEqual(["a"]);
    expect(s.planned.map((x) => x.id)).toEqual(["now", "ahead"]);
    expect(s.history.map((x) => x.id)).toEqual(["off", "applied", "past"]);
  });

  it("keeps only the latest history entries", () => {
    const many = Array.from({ length: 15 }, (_, i) =>
      n(`h${i}`, "UNEXPLAINED", "APPLIED", `2026-10-${String(i + 1).padStart(2, "0")}`),
    );
    const s = noticeSections(many, TODAY, 10);
    expect(s.history).toHaveLength(10);
    expect(s.history[0]!.id).toBe("h14");
  });
});
