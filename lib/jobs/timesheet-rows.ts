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

/** How many rows a step changed in each kindergarten. */
export type PerOrg = Map<string, number>;

// Adds one to a kindergarten's count.
export function countIn(counts: PerOrg, organizationId: string, n = 1): void {
  counts.set(organizationId, (counts.get(organizationId) ?? 0) + n);
}

// The children enrolled at these kindergartens on at least one of the kindergarten's working days of the
// month who have no timesheet row there: the database finds the enrolments of the month without a row
// (none, on a night after the first), the working days decide among those.
async function childrenWithoutTimesheet(
  organizationIds: string[],
  ym: YearMonth,
  cache: WorkingDaysCache,
): Promise<{ childId: string; organizationId: string }[]> {
  const from = ymdToDbDate(formatYmd(ym.year, ym.month, 1));
  const to = ymdToDbDate(formatYmd(ym.year, ym.month, daysInMonth(ym.year, ym.month)));
  const enrolments = await prisma.$queryRaw<
    { childId: string; organizationId: string; startsOn: Date; endsOn: Date | null }[]
  >`
    SELECT e."childId", e."organizationId", e."startsOn", e."endsOn" FROM "Enrolment" e
    WHERE e."organizationId" = ANY(${organizationIds}) AND e."startsOn" <= ${to}::date
      AND (e."endsOn" IS NULL OR e."endsOn" >= ${from}::date)
      AND NOT EXISTS (SELECT 1 FROM "Timesheet" t WHERE t."childId" = e."childId"
        AND t."organizationId" = e."organizationId" AND t.year = ${ym.year} AND t.month = ${ym.month})`;
  if (enrolments.length === 0) return [];
  await cache.load(
    [...new Set(enrolments.map((e) => e.organizationId))].map((organizationId) => ({
      organizationId,
      ...ym,
    })),
  );
  const spans = new Map<
    string,
    { childId: string; organizationId: string; spans: { startsOn: string; endsOn: string | null }[] }
  >();
  for (const e of enrolments) {
    const k = `${e.organizationId}:${e.childId}`;
    const entry = spans.get(k) ?? { childId: e.childId, organizationId: e.organizationId, spans: [] };
    entry.spans.push({ startsOn: dbDateToYmd(e.startsOn), endsOn: e.endsOn ? dbDateToYmd(e.endsOn) : null });
    spans.set(k, entry);
  }
  return [...spans.values()]
    .filter((c) => cache.get(c.organizationId, ym).some((d) => enrolledOn(c.spans, d)))
    .map(({ childId, organizationId }) => ({ childId, organizationId }));
}

// Makes sure every child of the closed month has a timesheet row at these kindergartens: a row made
// now was never confirmed nor disputed, so it is made NOT_CONFIRMED (one audit record per row).
export async function createMissingTimesheets(
  organizationIds: string[],
  ym: YearMonth,
  at: Date,
  cache: WorkingDaysCache,
): Promise<PerOrg> {
  const missing = await childrenWithoutTimesheet(organizationIds, ym, cache);
  const created: PerOrg = new Map();
  for (const chunk of chunks(missing)) {
    const rows = await prisma.$transaction(async (tx) => {
      const made = await tx.timesheet.createManyAndReturn({
        data: chunk.map(({ childId, organizationId }) => ({
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
        made.map((r) => ({
          actorPersonId: null,
          action: NOT_CONFIRMED_ACTION,
          entityType: "Timesheet",
          entityId: r.id,
          organizationId: r.organizationId,
          before: null,
          after: { status: r.status, year: r.year, month: r.month, reason: "window_closed", at },
        })),
      );
      return made;
    });
    for (const r of rows) countIn(created, r.organizationId);
  }
  return created;
}
