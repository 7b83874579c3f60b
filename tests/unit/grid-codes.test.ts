import { describe, expect, it } from "vitest";
import { decodeCells, encodeCells } from "@/lib/attendance/grid-codes";
import type { GridCell } from "@/lib/attendance/group-month";

// The grid's compact cells: every combination the grid shows survives the round trip, five characters
// a cell, and a hand-written string reads as what it says.

const cell = (c: Partial<GridCell>): GridCell => ({
  status: null,
  reason: null,
  corrected: false,
  block: null,
  planned: null,
  ...c,
});

describe("grid codes", () => {
  it("round-trips every kind of cell in five characters each", () => {
    const cells: GridCell[] = [
      cell({}),
      cell({ status: "PRESENT" }),
      cell({ status: "ABSENT", reason: "ILLNESS_CERTIFIED" }),
      cell({ status: "ABSENT", reason: "UNKNOWN", corrected: true }),
      cell({ block: "future", planned: "VACATION" }),
      cell({ block: "non_working" }),
      cell({ block: "not_enrolled" }),
      cell({ status: "ABSENT", reason: "OTHER", planned: "FAMILY" }),
    ];
    const s = encodeCells(cells);
    expect(s).toHaveLength(cells.length * 5);
    expect(decodeCells(s)).toEqual(cells);
  });

  it("reads a written string", () => {
    expect(encodeCells([cell({ status: "ABSENT", reason: "QUARANTINE", corrected: true })])).toBe("-A4-*");
    expect(decodeCells("n----f--2-")).toEqual([
      cell({ block: "non_working" }),
      cell({ block: "future", planned: "VACATION" }),
    ]);
  });
});
