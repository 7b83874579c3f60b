import type { AbsenceReason } from "@/lib/generated/prisma/enums";
import type { GridCell, GroupMonth } from "./group-month";

// The month grid travels to the browser compactly: a row's cells are one string of five characters a
// day — block (f future, n non-working, x not enrolled, - none), status (P, A, -), the mark's reason and
// the planned absence's reason (a digit, the index in REASONS, or -), corrected after confirmation
// (* or -) — instead of an object a cell (a group's month went from ~90 KB of props to ~5 KB).

const REASONS: AbsenceReason[] = [
  "ILLNESS_CERTIFIED",
  "ILLNESS_UNCERTIFIED",
  "VACATION",
  "FAMILY",
  "QUARANTINE",
  "UNEXCUSED",
  "OTHER",
  "UNKNOWN",
];
const BLOCKS = { f: "future", n: "non_working", x: "not_enrolled" } as const;
const BLOCK_CODE = { future: "f", non_working: "n", not_enrolled: "x" } as const;
export const CELL_WIDTH = 5;

const reasonCode = (r: AbsenceReason | null) => (r ? String(REASONS.indexOf(r)) : "-");
const reasonOf = (c: string) => (c === "-" ? null : (REASONS[Number(c)] ?? null));

export function encodeCells(cells: GridCell[]): string {
  return cells
    .map(
      (c) =>
        (c.block ? BLOCK_CODE[c.block] : "-") +
        (c.status === "PRESENT" ? "P" : c.status === "ABSENT" ? "A" : "-") +
        reasonCode(c.reason) +
        reasonCode(c.planned) +
        (c.corrected ? "*" : "-"),
    )
    .join("");
}

export function decodeCells(s: string): GridCell[] {
  const out: GridCell[] = [];
  for (let i = 0; i + CELL_WIDTH <= s.length; i += CELL_WIDTH) {
    const b = s[i] as keyof typeof BLOCKS | "-";
    out.push({
      block: b === "-" ? null : BLOCKS[b],
      status: s[i + 1] === "P" ? "PRESENT" : s[i + 1] === "A" ? "ABSENT" : null,
      reason: reasonOf(s[i + 2]!),
      planned: reasonOf(s[i + 3]!),
      corrected: s[i + 4] === "*",
    });
  }
  return out;
}

/** A row of the grid as sent to the browser. */
export type CompactRow = Pick<GroupMonth["rows"][number], "childId" | "name" | "timesheet" | "confirmed"> & {
  cells: string;
};
/** The grid's month as sent to the browser (no enrolment spans, cells encoded). */
export type CompactMonth = Omit<GroupMonth, "rows"> & { rows: CompactRow[] };

export function compactMonth(data: GroupMonth): CompactMonth {
  return {
    ...data,
    rows: data.rows.map((r) => ({
      childId: r.childId,
      name: r.name,
      timesheet: r.timesheet,
      confirmed: r.confirmed,
      cells: encodeCells(r.cells),
    })),
  };
}
