import type { AbsenceReason } from "@/lib/generated/prisma/enums";
import { type DayKind, enrolledOn } from "./rules";

export type SummaryMark = { date: string; status: "PRESENT" | "ABSENT"; reason: AbsenceReason | null };
export type ChildSummary = {
  /** Working days of the month (up to today) on which the child was enrolled in the group. */
  expectedDays: number;
  present: number;
  absent: number;
  absentByReason: Partial<Record<AbsenceReason, number>>;
  /** Expected days with no mark yet. */
  unmarked: number;
  /** present / (present + absent), null with no marked day. Unmarked days are shown, not guessed. */
  rate: number | null;
};

// A child's month in numbers: days attended, absences by reason, the attendance rate.
export function summarizeChild(
  days: { ymd: string; kind: DayKind }[],
  enrolments: { startsOn: string; endsOn: string | null }[],
  marks: SummaryMark[],
  todayYmd: string,
): ChildSummary {
  const byDate = new Map(marks.map((m) => [m.date, m]));
  const s: ChildSummary = {
    expectedDays: 0,
    present: 0,
    absent: 0,
    absentByReason: {},
    unmarked: 0,
    rate: null,
  };
  for (const day of days) {
    if (day.kind !== "working" || day.ymd > todayYmd || !enrolledOn(enrolments, day.ymd)) continue;
    s.expectedDays++;
    const m = byDate.get(day.ymd);
    if (!m) s.unmarked++;
    else if (m.status === "PRESENT") s.present++;
    else {
      s.absent++;
      const r = m.reason ?? "UNKNOWN";
      s.absentByReason[r] = (s.absentByReason[r] ?? 0) + 1;
    }
  }
  s.rate = s.present + s.absent > 0 ? s.present / (s.present + s.absent) : null;
  return s;
}

// The group's totals: the sums of its children's figures and the rate over all marked days.
export function summarizeGroup(children: ChildSummary[]): ChildSummary {
  const t: ChildSummary = {
    expectedDays: 0,
    present: 0,
    absent: 0,
    absentByReason: {},
    unmarked: 0,
    rate: null,
  };
  for (const c of children) {
    t.expectedDays += c.expectedDays;
    t.present += c.present;
    t.absent += c.absent;
    t.unmarked += c.unmarked;
    for (const [r, n] of Object.entries(c.absentByReason))
      t.absentByReason[r as AbsenceReason] = (t.absentByReason[r as AbsenceReason] ?? 0) + n;
  }
  t.rate = t.present + t.absent > 0 ? t.present / (t.present + t.absent) : null;
  return t;
}
