import "server-only";
import { prisma } from "@/lib/db/prisma";
import { listSchedules } from "./schedule";

// The summer-recruitment schedule a district's parents see: its education department's schedule of the
// latest year that is not over (this year or later; else the most recent), with the kindergartens' shifts.
export async function districtSchedule(territoryId: string, currentYear: number) {
  const authority = await prisma.organization.findFirst({
    where: { territoryId, kind: "DISTRICT_AUTHORITY", archivedAt: null, recruitmentSchedules: { some: {} } },
    select: { id: true, shortNameKk: true, shortNameRu: true },
  });
  if (!authority) return null;
  const years = await prisma.recruitmentSchedule.findMany({
    where: { authorityId: authority.id },
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "asc" },
  });
  const year = years.find((y) => y.year >= currentYear)?.year ?? years[years.length - 1]?.year;
  if (year === undefined) return null;
  return { authority, year, lines: await listSchedules(authority.id, year) };
}
