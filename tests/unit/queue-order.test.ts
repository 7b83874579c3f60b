import { describe, expect, it } from "vitest";
import { cohortPositions } from "@/lib/queue/applications/position-rules";
import type { QueueEntry } from "@/lib/queue/places/queue-order";

const at = (iso: string) => new Date(iso);
const entry = (
  id: string,
  iso: string,
  priority: QueueEntry["priority"] = "NONE",
  number = `Q-2026-${id}`,
): QueueEntry => ({ id, number, priority, submittedAt: at(iso) });

describe("positions within a cohort (district + birth year)", () => {
  const cohort = [
    entry("a", "2026-01-10T09:00:00+05:00"),
    entry("b", "2026-01-11T09:00:00+05:00", "LARGE_FAMILY"),
    entry("c", "2026-01-12T09:00:00+05:00", "OUT_OF_TURN"),
    entry("d", "2026-01-09T09:00:00+05:00", "ORPHAN"),
    entry("e", "2026-01-13T09:00:00+05:00"),
  ];
  const p = cohortPositions(cohort);

  it("puts everyone in the general queue by date and time of application, categories ignored", () => {
    expect(["d", "a", "b", "c", "e"].map((id) => p.get(id)!.general)).toEqual([1, 2, 3, 4, 5]);
    expect(p.get("a")!.generalTotal).toBe(5);
  });

  it("orders the priority queue out of turn first, then first-priority categories by time; general applicants are not in it", () => {
    expect(p.get("c")!.priority).toBe(1); // out of turn, though applied after the first-priority ones
    expect(p.get("d")!.priority).toBe(2); // orphan, earliest first-priority application
    expect(p.get("b")!.priority).toBe(3);
    expect(p.get("a")!.priority).toBeNull();
    expect(p.get("e")!.priority).toBeNull();
    expect(p.get("c")!.priorityTotal).toBe(3);
  });

  it("breaks a tie of the same instant by the application number, and does not depend on input order", () => {
    const same = "2026-02-01T10:00:00+05:00";
    const tied = [entry("x", same, "NONE", "Q-2026-000020"), entry("y", same, "NONE", "Q-2026-000019")];
    const forward = cohortPositions(tied);
    const backward = cohortPositions([...tied].reverse());
    expect(forward.get("y")!.general).toBe(1);
    expect(forward.get("x")!.general).toBe(2);
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });

  it("moves an applicant up when someone ahead leaves the cohort", () => {
    const without = cohortPositions(cohort.filter((e) => e.id !== "d"));
    expect(without.get("a")!.general).toBe(1);
    expect(without.get("b")!.priority).toBe(2);
  });

  it("gives an empty map for an empty cohort", () => {
    expect(cohortPositions([]).size).toBe(0);
  });
});
