import "server-only";
import { prisma } from "@/lib/db/prisma";
import { daysInMonth, formatYmd } from "@/lib/calendar/zone";
import { loadCalendarDataMany } from "@/lib/kindergarten/calendar/working-calendar";
import { buildKindergartenCalendar } from "@/lib/kindergarten/calendar/day-kinds";
import type { YearMonth } from "@/lib/timesheet/window";
import { fromMonthIndex, monthIndex } from "./rule";

const key = (orgId: string, ym: YearMonth) => `${orgId}:${monthIndex(ym)}`;

// Working days per kindergarten and month, read from the working calendar once and kept for a
// whole job run (or page): `load` what a batch needs, then `get` answers synchronously.
export class WorkingDaysCache {
  private readonly days = new Map<string, string[]>();

  // Loads the months not read yet: the calendars of all the kindergartens asked for, over the span of
  // every month asked for, in one read (three queries).
  async load(needs: { organizationId: string; year: number; month: number }[]): Promise<void> {
    const byOrg = new Map<string, number[]>();
    for (const n of needs) {
      if (this.days.has(key(n.organizationId, n))) continue;
      byOrg.set(n.organizationId, [...(byOrg.get(n.organizationId) ?? []), monthIndex(n)]);
    }
    if (byOrg.size === 0) return;
    const all = [...byOrg.values()].flat();
    const [lo, hi] = [fromMonthIndex(Math.min(...all)), fromMonthIndex(Math.max(...all))];
    const from = formatYmd(lo.year, lo.month, 1);
    const to = formatYmd(hi.year, hi.month, daysInMonth(hi.year, hi.month));
    const data = await loadCalendarDataMany(prisma, [...byOrg.keys()], from, to);
    for (const [orgId, idx] of byOrg) {
      const days = buildKindergartenCalendar(data.get(orgId)!, from, to).workingDays();
      for (const i of new Set(idx)) {
        const ym = fromMonthIndex(i);
        const prefix = formatYmd(ym.year, ym.month, 1).slice(0, 8);
        this.days.set(
          key(orgId, ym),
          days.filter((d) => d.startsWith(prefix)),
        );
      }
    }
  }

  // The working days of a loaded month (a month not loaded is a bug).
  get(organizationId: string, ym: YearMonth): string[] {
    const d = this.days.get(key(organizationId, ym));
    if (!d) throw new RangeError(`WorkingDaysCache: ${organizationId} ${ym.year}-${ym.month} not loaded`);
    return d;
  }
}
