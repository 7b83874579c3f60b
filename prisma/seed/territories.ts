// Territory tree: Kazakhstan → Akmola region → districts and the city of Kokshetau.
import type { TerritoryKind } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./context";

export type DistrictDef = {
  code: string;
  kind: TerritoryKind;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** District centre used in addresses. */
  centreKk: string;
  centreRu: string;
  /** Phone area code. */
  area: string;
};

export const DISTRICTS: DistrictDef[] = [
  {
    code: "esil",
    kind: "DISTRICT",
    nameKk: "Есіл ауданы",
    nameRu: "Есильский район",
    nameEn: "Esil District",
    centreKk: "Есіл қ.",
    centreRu: "г. Есиль",
    area: "71647",
  },
  {
    code: "zhaksy",
    kind: "DISTRICT",
    nameKk: "Жақсы ауданы",
    nameRu: "Жаксынский район",
    nameEn: "Zhaksy District",
    centreKk: "Жақсы а.",
    centreRu: "с. Жаксы",
    area: "71635",
  },
  {
    code: "zharkaiyn",
    kind: "DISTRICT",
    nameKk: "Жарқайын ауданы",
    nameRu: "Жаркаинский район",
    nameEn: "Zharkaiyn District",
    centreKk: "Державин қ.",
    centreRu: "г. Державинск",
    area: "71648",
  },
  {
    code: "zerendi",
    kind: "DISTRICT",
    nameKk: "Зеренді ауданы",
    nameRu: "Зерендинский район",
    nameEn: "Zerendi District",
    centreKk: "Зеренді а.",
    centreRu: "с. Зеренда",
    area: "71632",
  },
  {
    code: "korgalzhyn",
    kind: "DISTRICT",
    nameKk: "Қорғалжын ауданы",
    nameRu: "Коргалжынский район",
    nameEn: "Korgalzhyn District",
    centreKk: "Қорғалжын а.",
    centreRu: "с. Коргалжын",
    area: "71637",
  },
  {
    code: "kokshetau",
    kind: "CITY",
    nameKk: "Көкшетау қаласы",
    nameRu: "город Кокшетау",
    nameEn: "Kokshetau City",
    centreKk: "Көкшетау қ.",
    centreRu: "г. Кокшетау",
    area: "7162",
  },
];

export async function seedTerritories(ctx: SeedContext): Promise<void> {
  const country = ctx.ids.next();
  const region = ctx.ids.next();
  const rows = [
    {
      id: country,
      kind: "COUNTRY" as const,
      code: "kz",
      parentId: null,
      nameKk: "Қазақстан Республикасы",
      nameRu: "Республика Казахстан",
      nameEn: "Republic of Kazakhstan",
      sortOrder: 0,
    },
    {
      id: region,
      kind: "REGION" as const,
      code: "akmola",
      parentId: country,
      nameKk: "Ақмола облысы",
      nameRu: "Акмолинская область",
      nameEn: "Akmola Region",
      sortOrder: 0,
    },
    ...DISTRICTS.map((d, i) => ({
      id: ctx.ids.next(),
      kind: d.kind,
      code: d.code,
      parentId: region,
      nameKk: d.nameKk,
      nameRu: d.nameRu,
      nameEn: d.nameEn,
      sortOrder: d.kind === "CITY" ? 0 : i + 1,
    })),
  ];
  // Territories may already exist (a bare installation can create them): reuse them by code.
  const existing = new Map(
    (await ctx.db.territory.findMany({ where: { code: { in: rows.map((r) => r.code) } } })).map((t) => [
      t.code,
      t.id,
    ]),
  );
  const idOf = new Map(rows.map((r) => [r.id, existing.get(r.code) ?? r.id]));
  const missing = rows
    .filter((r) => !existing.has(r.code))
    .map((r) => ({ ...r, parentId: r.parentId ? idOf.get(r.parentId)! : null }));
  await ctx.db.territory.createMany({ data: missing });
  for (const r of rows) ctx.territories.set(r.code, idOf.get(r.id)!);
  ctx.count("territories", missing.length);
}
