import "server-only";
import { prisma } from "@/lib/db/prisma";

// What the application form offers: the districts (with their region) and, once a district is
// chosen, its open kindergartens; the applicant's phone on record as the default contact phone.
export async function applyFormOptions(personId: string, territoryId: string | null) {
  const [regions, district, person] = await Promise.all([
    prisma.territory.findMany({
      where: { kind: "REGION" },
      orderBy: [{ sortOrder: "asc" }, { nameKk: "asc" }],
      include: {
        children: {
          where: { kind: { in: ["DISTRICT", "CITY"] } },
          orderBy: [{ sortOrder: "asc" }, { nameKk: "asc" }],
        },
      },
    }),
    territoryId
      ? prisma.territory.findFirst({ where: { id: territoryId, kind: { in: ["DISTRICT", "CITY"] } } })
      : null,
    prisma.person.findUnique({ where: { id: personId }, select: { phone: true } }),
  ]);
  const kindergartens = district
    ? await prisma.organization.findMany({
        where: { territoryId: district.id, kind: "KINDERGARTEN", archivedAt: null },
        select: { id: true, shortNameKk: true, shortNameRu: true },
        orderBy: { shortNameKk: "asc" },
      })
    : [];
  return { regions, district, kindergartens, phone: person?.phone ?? "" };
}
