// Kindergarten reference books: buildings and rooms, stay modes, groups, school years, closures.
import type { Prisma } from "@/lib/generated/prisma/client";
import { at, day, type SeedContext } from "./context";

const STAY_MODES: { kk: string; ru: string; hours: number }[] = [
  { kk: "Қысқа мерзімді болу (4 сағат)", ru: "Кратковременное пребывание (4 часа)", hours: 4 },
  { kk: "9 сағаттық болу", ru: "9-часовое пребывание", hours: 9 },
  { kk: "10,5 сағаттық болу", ru: "10,5-часовое пребывание", hours: 10.5 },
  { kk: "12 сағаттық болу", ru: "12-часовое пребывание", hours: 12 },
  { kk: "Тәулік бойы болу (24 сағат)", ru: "Круглосуточное пребывание (24 часа)", hours: 24 },
];

/** The main kindergarten closes for a day in October (repairs). */
export const CLOSURE_DATE = "2026-10-16";

export async function seedKindergartens(ctx: SeedContext): Promise<void> {
  const buildings: Prisma.BuildingCreateManyInput[] = [];
  const rooms: Prisma.RoomCreateManyInput[] = [];
  const stayModes: Prisma.StayModeCreateManyInput[] = [];
  const groups: Prisma.GroupCreateManyInput[] = [];
  const years: Prisma.SchoolYearCreateManyInput[] = [];
  const closures: Prisma.OrgClosureCreateManyInput[] = [];

  for (const kg of ctx.kindergartens) {
    const mainBuilding = ctx.ids.next();
    buildings.push({
      id: mainBuilding,
      organizationId: kg.id,
      name: "Негізгі ғимарат / Основное здание",
      address: kg.address,
      createdAt: at("2024-08-01", 9),
    });
    let annex: string | null = null;
    if (kg.isMain || kg.groupSpecs.length >= 4) {
      annex = ctx.ids.next();
      buildings.push({
        id: annex,
        organizationId: kg.id,
        name: "Қосымша корпус / Дополнительный корпус",
        address: kg.address.replace(/, (\d+)$/, ", $1/1"),
        createdAt: at("2024-08-01", 9),
      });
    }
    rooms.push({
      id: ctx.ids.next(),
      buildingId: mainBuilding,
      name: "Музыка залы / Музыкальный зал",
      places: 40,
    });
    if (!kg.small)
      rooms.push({
        id: ctx.ids.next(),
        buildingId: mainBuilding,
        name: "Спорт залы / Спортивный зал",
        places: 30,
      });

    const modeIds = STAY_MODES.map((m) => {
      const id = ctx.ids.next();
      stayModes.push({ id, organizationId: kg.id, nameKk: m.kk, nameRu: m.ru, hours: m.hours });
      return { id, hours: m.hours };
    });
    const mode = (h: number) => modeIds.find((m) => m.hours === h)!.id;

    kg.groupSpecs.forEach((g, i) => {
      const roomId = ctx.ids.next();
      const building = annex && i >= Math.ceil(kg.groupSpecs.length / 2) ? annex : mainBuilding;
      rooms.push({
        id: roomId,
        buildingId: building,
        name: `Топ бөлмесі / Групповая комната № ${i + 1}`,
        places: g.capacity,
      });
      const hours = kg.isMain
        ? ([10.5, 10.5, 12, 10.5, 9][i] ?? 10.5)
        : kg.small && i === 0
          ? 4
          : ctx.rng.pick([9, 10.5, 10.5, 12]);
      const id = ctx.ids.next();
      groups.push({
        id,
        organizationId: kg.id,
        name: g.name,
        birthYearFrom: g.from,
        birthYearTo: g.to,
        language: g.language,
        stayModeId: mode(hours),
        roomId,
        capacity: g.capacity,
        createdAt: new Date("2024-08-20T04:00:00Z"),
      });
      kg.groups.push({
        id,
        orgId: kg.id,
        name: g.name,
        birthYearFrom: g.from,
        birthYearTo: g.to,
        language: g.language,
        capacity: g.capacity,
        educatorIds: [],
      });
    });

    years.push(
      {
        id: ctx.ids.next(),
        organizationId: kg.id,
        startsOn: day("2025-09-01"),
        endsOn: day("2026-05-31"),
        summerStartsOn: day("2026-06-01"),
        summerEndsOn: day("2026-08-31"),
      },
      {
        id: ctx.ids.next(),
        organizationId: kg.id,
        startsOn: day("2026-09-01"),
        endsOn: day("2027-05-31"),
        summerStartsOn: day("2027-06-01"),
        summerEndsOn: day("2027-08-31"),
      },
    );
    ctx.closures.set(kg.id, new Set());
    if (kg.isMain) {
      closures.push({
        id: ctx.ids.next(),
        organizationId: kg.id,
        date: day(CLOSURE_DATE),
        reason: "Жөндеу жұмыстары (жылу жүйесі) / Ремонтные работы (система отопления)",
      });
      ctx.closures.get(kg.id)!.add(CLOSURE_DATE);
    }
  }

  await ctx.db.building.createMany({ data: buildings });
  await ctx.db.room.createMany({ data: rooms });
  await ctx.db.stayMode.createMany({ data: stayModes });
  await ctx.db.group.createMany({ data: groups });
  await ctx.db.schoolYear.createMany({ data: years });
  await ctx.db.orgClosure.createMany({ data: closures });
  ctx.count("buildings", buildings.length);
  ctx.count("rooms", rooms.length);
  ctx.count("stayModes", stayModes.length);
  ctx.count("groups", groups.length);
  ctx.count("schoolYears", years.length);
  ctx.count("orgClosures", closures.length);
}
