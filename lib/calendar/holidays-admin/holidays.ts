import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { defaultHolidays } from "@/lib/calendar/holidays";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { HolidayKind } from "@/lib/generated/prisma/enums";

// The national calendar is one for the country: only a regional (or higher) authority's
// administrator maintains it — a district department or a kindergarten does not.
export function isCalendarAdmin(actor: Actor): boolean {
  return actor.memberships.some((m) => can(actor, "holiday.manage", { organizationId: m.organizationId }));
}

// Throws "forbidden" unless the actor maintains the national calendar.
export function assertCalendarAdmin(actor: Actor) {
  if (!isCalendarAdmin(actor)) throw new AppError("forbidden");
}

// The year's days off, transfers and working weekends, in date order.
export async function listHolidays(year: number) {
  return prisma.holiday.findMany({
    where: { date: { gte: ymdToDbDate(`${year}-01-01`), lte: ymdToDbDate(`${year}-12-31`) } },
    orderBy: { date: "asc" },
  });
}

// Adds or changes one day (e.g. a Government decree moving a day off); audited.
export async function saveHoliday(
  actor: Actor,
  input: { date: string; kind: HolidayKind; nameKk: string; nameRu: string; nameEn: string },
) {
  assertCalendarAdmin(actor);
  await prisma.$transaction(async (tx) => {
    const date = ymdToDbDate(input.date);
    const before = await tx.holiday.findUnique({ where: { date } });
    const data = { kind: input.kind, nameKk: input.nameKk, nameRu: input.nameRu, nameEn: input.nameEn };
    const after = await tx.holiday.upsert({ where: { date }, update: data, create: { date, ...data } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: before ? "holiday.update" : "holiday.create",
      entityType: "Holiday",
      entityId: input.date,
      before,
      after,
    });
  });
}

// Removes one day from the calendar; audited.
export async function removeHoliday(actor: Actor, ymd: string) {
  assertCalendarAdmin(actor);
  await prisma.$transaction(async (tx) => {
    const before = await tx.holiday.findUnique({ where: { date: ymdToDbDate(ymd) } });
    if (!before) throw new AppError("not_found");
    await tx.holiday.delete({ where: { date: before.date } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "holiday.delete",
      entityType: "Holiday",
      entityId: ymd,
      before,
    });
  });
}

// Fills a year with Kazakhstan's fixed holidays and their weekend transfers, keeping days already entered.
export async function loadDefaultYear(actor: Actor, year: number): Promise<number> {
  assertCalendarAdmin(actor);
  const kinds: Record<string, HolidayKind> = {
    holiday: "HOLIDAY",
    transfer: "TRANSFER_DAY_OFF",
    fixed_no_transfer: "HOLIDAY",
  };
  return prisma.$transaction(async (tx) => {
    const rows = defaultHolidays(year).map((h) => ({
      date: ymdToDbDate(h.date),
      kind: kinds[h.kind]!,
      nameKk: h.name.kk,
      nameRu: h.name.ru,
      nameEn: h.name.en,
    }));
    const created = await tx.holiday.createMany({ data: rows, skipDuplicates: true });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "holiday.load_defaults",
      entityType: "Holiday",
      entityId: String(year),
      after: { created: created.count },
    });
    return created.count;
  });
}
