import type { AbsenceReason } from "@/lib/generated/prisma/enums";
import { correctionNeedsReason, normalizeMark, type CellBlock } from "./rules";

// The day view's list: one child a row with its state on the day. Rules:
// - a child's state is its mark (or the phone's newest waiting mark); without one, a planned absence the
//   parents announced shows as that absence ("planned"), otherwise "not marked";
// - "everyone present" turns every markable child without a mark into one: present, or absent with the
//   planned reason; a child whose month the parent confirmed is left for a mark with a reason
//   (`correctionNeedsReason`, as the server and the grid's "everyone present" do);
// - the counts at the top add up to the children markable on the day.

export type DayChild = {
  childId: string;
  name: string;
  status: "PRESENT" | "ABSENT" | null;
  reason: AbsenceReason | null;
  corrected: boolean;
  block: CellBlock | null;
  planned: AbsenceReason | null;
  /** The parent has confirmed this month: any change needs a written reason. */
  confirmed: boolean;
};

export type DayState = "present" | "absent" | "planned" | "unmarked" | "blocked";

export function stateOf(c: Pick<DayChild, "status" | "planned" | "block">): DayState {
  if (c.status === "PRESENT") return "present";
  if (c.status === "ABSENT") return "absent";
  if (c.block) return "blocked";
  return c.planned ? "planned" : "unmarked";
}

export type DayCounts = { total: number; present: number; absent: number; unmarked: number };

// Present, absent (a planned absence not yet marked counts as absent) and not yet marked.
export function dayCounts(children: DayChild[]): DayCounts {
  const counts = { total: 0, present: 0, absent: 0, unmarked: 0 };
  for (const c of children) {
    const s = stateOf(c);
    if (s === "blocked") continue;
    counts.total++;
    if (s === "present") counts.present++;
    else if (s === "absent" || s === "planned") counts.absent++;
    else counts.unmarked++;
  }
  return counts;
}

export type PlannedMark = { childId: string; status: "PRESENT" | "ABSENT"; reason: AbsenceReason | null };

// What "everyone present" marks, in list order, and how many children it leaves for a mark with a reason.
export function everyonePresent(children: DayChild[]): { marks: PlannedMark[]; skipped: number } {
  const marks: PlannedMark[] = [];
  let skipped = 0;
  for (const c of children) {
    if (c.block || c.status) continue;
    if (correctionNeedsReason(c.confirmed, true)) {
      skipped++;
      continue;
    }
    const m = normalizeMark(
      c.planned ? { status: "ABSENT", reason: c.planned } : { status: "PRESENT", reason: null },
    );
    marks.push({ childId: c.childId, status: m.status, reason: m.reason });
  }
  return { marks, skipped };
}

// Up to two initials for the avatar ("Ахметова Айгерім" → "АА"; one word → its first letter).
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toLocaleUpperCase())
    .join("");
}
