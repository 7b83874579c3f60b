// Attendance: every working day (national calendar minus the kindergarten's closures) from
// 1 September 2026 to the day before "today", for every child within their enrolment.
import type { AbsenceReason, Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/calendar/zone";
import { at, day, insertMany, type ChildInfo, type MarkInfo, type SeedContext } from "./context";
import { markerFor } from "./people";

export const ATTENDANCE_FROM = "2026-09-01";

type Episode = { reason: AbsenceReason; left: number };

const EPISODES: ReadonlyArray<readonly [[AbsenceReason, number, number], number]> = [
  [["ILLNESS_CERTIFIED", 3, 8], 3],
  [["ILLNESS_UNCERTIFIED", 1, 2], 3],
  [["VACATION", 3, 10], 0.8],
  [["FAMILY", 1, 2], 2],
  [["UNEXCUSED", 1, 1], 1.5],
  [["OTHER", 1, 1], 0.3],
];

// Days forced for the timesheet stories (the disputed days must be absences).
const FORCED: Record<string, Record<string, AbsenceReason>> = {
  "disputed-answered": { "2026-09-15": "UNEXCUSED", "2026-09-16": "UNEXCUSED" },
  "disputed-open": {
    "2026-10-20": "ILLNESS_UNCERTIFIED",
    "2026-10-21": "ILLNESS_UNCERTIFIED",
    "2026-10-22": "ILLNESS_UNCERTIFIED",
  },
};

// The last n working days before today (most recent first).
export function lastWorkingDays(ctx: SeedContext, n: number): string[] {
  const out: string[] = [];
  let d = ctx.yesterday;
  for (let guard = 0; out.length < n && guard < 60; guard++, d = addDays(d, -1)) {
    if (ctx.calendar.isWorkingDay(d) && d >= ATTENDANCE_FROM) out.push(d);
  }
  return out;
}

export async function seedAttendance(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng.fork("attendance");
  const rows: Prisma.AttendanceMarkCreateManyInput[] = [];
  const lastWeek = lastWorkingDays(ctx, 5);

  // Children whose absence in the last week has no known reason yet (→ absence notices).
  const unknown = new Map<string, string>();
  const main = ctx.mainKg;
  const eligible = (ch: ChildInfo, d: string) =>
    ch.enrolments.some((e) => e.startsOn <= d && (!e.endsOn || e.endsOn >= d));
  const a = ctx.child("parent1-a");
  if (a && lastWeek[1] && eligible(a, lastWeek[1])) unknown.set(a.id, lastWeek[1]);
  const pool = rng.shuffle(ctx.children.filter((ch) => !ch.scenario));
  let inMain = 0;
  let elsewhere = 0;
  for (const ch of pool) {
    if (inMain >= 3 && elsewhere >= 3) break;
    const isMain = ch.kg.id === main.id;
    if ((isMain && inMain >= 3) || (!isMain && elsewhere >= 3) || lastWeek.length === 0) continue;
    const d = rng.pick(lastWeek);
    if (!eligible(ch, d)) continue;
    unknown.set(ch.id, d);
    if (isMain) inMain++;
    else elsewhere++;
  }

  for (const ch of ctx.children) {
    const marks: MarkInfo[] = [];
    const health = 0.5 + rng.float(); // some children are ill more often
    const forced = (ch.scenario && FORCED[ch.scenario]) || {};
    let episode: Episode | null = null;
    for (const e of ch.enrolments) {
      const closures = ctx.closures.get(e.orgId) ?? new Set<string>();
      const from = e.startsOn > ATTENDANCE_FROM ? e.startsOn : ATTENDANCE_FROM;
      const to = e.endsOn && e.endsOn < ctx.yesterday ? e.endsOn : ctx.yesterday;
      for (let d = from; d <= to; d = addDays(d, 1)) {
        if (!ctx.calendar.isWorkingDay(d) || closures.has(d)) continue;
        let status: "PRESENT" | "ABSENT" = "PRESENT";
        let reason: AbsenceReason | null = null;
        if (forced[d]) {
          status = "ABSENT";
          reason = forced[d]!;
          episode = null;
        } else if (unknown.get(ch.id) === d) {
          status = "ABSENT";
          reason = "UNKNOWN";
          episode = null;
        } else {
          if (!episode && rng.chance(0.052 * health)) {
            const [r, lo, hi] = rng.weighted(EPISODES);
            episode = { reason: r, left: rng.int(lo, hi) };
          }
          if (episode) {
            status = "ABSENT";
            reason = episode.reason;
            if (--episode.left <= 0) episode = null;
          }
        }
        const markedById = markerFor(ch.kg, e.groupId, d);
        marks.push({ date: d, status, reason, groupId: e.groupId, orgId: e.orgId, markedById });
        rows.push({
          childId: ch.id,
          organizationId: e.orgId,
          groupId: e.groupId,
          date: day(d),
          status,
          reason,
          markedById,
          markedAt: at(d, 9, rng.int(0, 45)),
        });
      }
    }
    ctx.marks.set(ch.id, marks);
  }

  await insertMany(rows, (c) => ctx.db.attendanceMark.createMany({ data: c }));
  ctx.count("attendanceMarks", rows.length);
  const present = rows.filter((r) => r.status === "PRESENT").length;
  ctx.counts["attendancePresentPercent"] = rows.length ? Math.round((present / rows.length) * 1000) / 10 : 0;

  // Correction history: an educator corrected two marks the next day, when the parents brought a certificate.
  const revisions: Prisma.AttendanceMarkRevisionCreateManyInput[] = [];
  const corrected = rng.sample(
    rows.filter(
      (r) =>
        r.reason === "ILLNESS_UNCERTIFIED" &&
        r.organizationId === main.id &&
        (r.date as Date) < day("2026-09-30"),
    ),
    2,
  );
  for (const r of corrected) {
    const mark = await ctx.db.attendanceMark.update({
      where: { childId_date: { childId: r.childId, date: r.date as Date } },
      data: { reason: "ILLNESS_CERTIFIED", version: 2 },
    });
    const ymd = (r.date as Date).toISOString().slice(0, 10);
    const m = ctx.marks.get(r.childId)!.find((x) => x.date === ymd)!;
    m.reason = "ILLNESS_CERTIFIED";
    revisions.push({
      markId: mark.id,
      prevStatus: "ABSENT",
      prevReason: "ILLNESS_UNCERTIFIED",
      newStatus: "ABSENT",
      newReason: "ILLNESS_CERTIFIED",
      reason: "Ата-анасы дәрігер анықтамасын әкелді / Родители принесли справку от врача",
      changedById: r.markedById,
      changedAt: at(addDays(ymd, 1), 10, 20),
    });
  }
  await ctx.db.attendanceMarkRevision.createMany({ data: revisions });
  ctx.count("attendanceMarkRevisions", revisions.length);
}
