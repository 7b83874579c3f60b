import "server-only";
import { prisma } from "@/lib/db/prisma";
import { auditMany } from "@/lib/audit/audit";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { daysInMonth, formatYmd } from "@/lib/calendar/zone";
import { enrolledOn } from "@/lib/attendance/rules";
import type { YearMonth } from "@/lib/timesheet/window";
import type { WorkingDaysCache } from "@/lib/voucher/working-days";

export const BATCH = 500;
export const NOT_CONFIRMED_ACTION = "timesheet.not_confirmed";

// Splits a list into chunks of `size`.
export function chunks<T>(list: T[], size = BATCH): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );
}

// The children who were enrolled at the kindergarten on at least one of its working days of the month.
async function childrenWithWorkingDays(
  organizationId: string,
  ym: YearMonth,
  cache: WorkingDaysCache,
): Promise<string[]> {
  const from = ymdToDbDate(formatYmd(ym.year, ym.month, 1));
  const to = ymdToDbDate(formatYmd(ym.year, ym.month, daysInMonth(ym.year, ym.month)));
  const enrolments = await prisma.enrolment.findMany({
    where: { organizationId, startsOn: { lte: to }, OR: [{ endsOn: null }, { endsOn: { gte: from } }] },
    select: { childId: true, startsOn: true, endsOn: true },
  });
  if (enrolments.length === 0) return [];
  await cache.load([{ organizationId, ...ym }]);
  const days = cache.get(organizationId, ym);
  const spans = new Map<string, { startsOn: string; endsOn: string | null }[]>();
  for (const e of enrolments)
    spans.set(e.childId, [
      ...(spans.get(e.childId) ?? []),
      { startsOn: dbDateToYmd(e.startsOn), endsOn: e.endsOn ? dbDateToYmd(e.endsOn) : null },
    ]);
  return [...spans].filter(([, s]) => days.some((d) => enrolledOn(s, d))).map(([childId]) => childId);
}

// Makes sure every child of the closed month has a timesheet row at this kindergarten: a row made
// now was never confirmed nor disputed, so it is made NOT_CONFIRMED (one audit record per row).
export async function createMissingTimesheets(
  organizationId: string,
  ym: YearMonth,
  at: Date,
  cache: WorkingDaysCache,
): Promise<number> {
  const childIds = await childrenWithWorkingDays(organizationId, ym, cache);
  const existing = new Set(
    (
      await prisma.timesheet.findMany({
        where: { organizationId, year: ym.year, month: ym.month, childId: { in: childIds } },
        select: { childId: true },
      })
    ).map((t) => t.childId),
  );
  let created = 0;
  for (const chunk of chunks(childIds.filter((id) => !existing.has(id)))) {
    created += await prisma.$transaction(async (tx) => {
      const rows = await tx.timesheet.createManyAndReturn({
        data: chunk.map((childId) => ({
          childId,
          organizationId,
          year: ym.year,
          month: ym.month,
          status: "NOT_CONFIRMED" as const,
        })),
        skipDuplicates: true,
      });
      await auditMany(
        tx,
        rows.map((r) => ({
          actorPersonId: null,
          action: NOT_CONFIRMED_ACTION,
          entityType: "Timesheet",
          entityId: r.id,
          organizationId,
          before: null,
          after: { status: r.status, year: r.year, month: r.month, reason: "window_closed", at },
        })),
      );
      return rows.length;
    });
  }
  return created;
}
