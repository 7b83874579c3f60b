import { describe, expect, it } from "vitest";
import {
  capacityBelowEnrolled,
  cohortBounds,
  cohortLabel,
  cohortProblem,
  referenceAllowed,
} from "@/lib/kindergarten/groups/rules";

describe("group rules", () => {
  it("allows birth years from current year − 8 to the current year", () => {
    expect(cohortBounds(2026)).toEqual({ min: 2018, max: 2026 });
    expect(cohortProblem(2018, 2026, 2026)).toBeNull();
    expect(cohortProblem(2021, 2021, 2026)).toBeNull();
    expect(cohortProblem(2017, 2020, 2026)).toBe("validation.cohortRange");
    expect(cohortProblem(2024, 2027, 2026)).toBe("validation.cohortRange");
    expect(cohortProblem(2022, 2021, 2026)).toBe("validation.cohortOrder");
    expect(cohortProblem(2018, 2018, 2027)).toBe("validation.cohortRange");
  });

  it("keeps capacity at or above the children enrolled", () => {
    expect(capacityBelowEnrolled(14, 15)).toBe(true);
    expect(capacityBelowEnrolled(15, 15)).toBe(false);
    expect(capacityBelowEnrolled(1, 0)).toBe(false);
  });

  it("lets a group keep an archived room or stay mode but not pick one", () => {
    expect(referenceAllowed({ id: "r1", archived: false }, null)).toBe(true);
    expect(referenceAllowed({ id: "r1", archived: true }, null)).toBe(false);
    expect(referenceAllowed({ id: "r1", archived: true }, "r2")).toBe(false);
    expect(referenceAllowed({ id: "r1", archived: true }, "r1")).toBe(true);
  });

  it("shows a cohort as one year or a range", () => {
    expect(cohortLabel(2021, 2021)).toBe("2021");
    expect(cohortLabel(2020, 2021)).toBe("2020–2021");
  });
});
