import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { formatYmd, daysInMonth } from "@/lib/calendar/zone";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { makeSnapshot, snapshotHash, type TimesheetSnapshot } from "./snapshot";

// The month's data as it stands now — what a parent confirming now would sign — and its hash.
export async function currentSnapshot(
  db: Pick<Tx, "attendanceMark">,
  childId: string,
  organizationId: string,
  year: number,
  month: number,
) {
  const marks = await db.attendanceMark.findMany({
    where: {
      childId,
      organizationId,
      date: {
        gte: ymdToDbDate(formatYmd(year, month, 1)),
        lte: ymdToDbDate(formatYmd(year, month, daysInMonth(year, month))),
      },
    },
    orderBy: { date: "asc" },
  });
  const snapshot: TimesheetSnapshot = makeSnapshot({
    childId,
    organizationId,
    year,
    month,
    days: marks.map((m) => ({ date: dbDateToYmd(m.date), status: m.status, reason: m.reason })),
  });
  return { snapshot, hash: snapshotHash(snapshot), marks };
}
