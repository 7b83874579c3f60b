// National working-day calendar: the default Kazakhstan holidays of 2025–2027 in the Holiday table,
// and the calendar the other steps use (built from the table, so admin edits would count).
import type { HolidayKind, Prisma } from "@/lib/generated/prisma/client";
import { defaultHolidays } from "@/lib/calendar/holidays";
import { makeCalendar, type DayOverride } from "@/lib/calendar/working-days";
import { day, ymdOf, type SeedContext } from "./context";

const KIND: Record<"holiday" | "transfer" | "fixed_no_transfer", HolidayKind> = {
  holiday: "HOLIDAY",
  transfer: "TRANSFER_DAY_OFF",
  fixed_no_transfer: "HOLIDAY",
};

export async function seedHolidays(ctx: SeedContext): Promise<void> {
  const rows: Prisma.HolidayCreateManyInput[] = [];
  for (const year of [2025, 2026, 2027]) {
    for (const h of defaultHolidays(year)) {
      rows.push({
        date: day(h.date),
        kind: KIND[h.kind],
        nameKk: h.name.kk,
        nameRu: h.name.ru,
        nameEn: h.name.en,
      });
    }
  }
  // The holiday table is national: keep rows an administrator already entered.
  const res = await ctx.db.holiday.createMany({ data: rows, skipDuplicates: true });
  ctx.count("holidays", res.count);

  const all = await ctx.db.holiday.findMany();
  const daysOff: string[] = [];
  const overrides: DayOverride[] = [];
  for (const h of all) {
    if (h.kind === "WORKING_DAY") overrides.push({ date: ymdOf(h.date), kind: "working_day" });
    else daysOff.push(ymdOf(h.date));
  }
  ctx.calendar = makeCalendar({ holidays: daysOff, overrides });
}
