import "server-only";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";

export const DISTRICT_COOKIE = "bq_district";

// A territory's name in the page's language.
export function territoryName(t: { nameKk: string; nameRu: string; nameEn: string }, locale: string): string {
  return locale === "ru" ? t.nameRu : locale === "en" ? t.nameEn : t.nameKk;
}

// Regions with their districts and cities, for the region → district selector.
export async function listRegionsWithDistricts() {
  return prisma.territory.findMany({
    where: { kind: "REGION" },
    orderBy: [{ sortOrder: "asc" }, { nameKk: "asc" }],
    include: {
      children: {
        where: { kind: { in: ["DISTRICT", "CITY"] } },
        orderBy: [{ sortOrder: "asc" }, { nameKk: "asc" }],
      },
    },
  });
}

// The district the visitor chose (cookie), or null.
export async function chosenDistrict() {
  const code = (await cookies()).get(DISTRICT_COOKIE)?.value;
  if (!code) return null;
  return prisma.territory.findFirst({ where: { code, kind: { in: ["DISTRICT", "CITY"] } } });
}
