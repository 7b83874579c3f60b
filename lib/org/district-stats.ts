import "server-only";
import { prisma } from "@/lib/db/prisma";

// What the home page shows for a chosen district: its kindergartens and places open now.
export async function districtStats(territoryId: string) {
  const [kindergartens, openPlaces, waiting] = await Promise.all([
    prisma.organization.count({ where: { territoryId, kind: "KINDERGARTEN", archivedAt: null } }),
    prisma.place.count({ where: { organization: { territoryId }, status: { in: ["PRIORITY", "GENERAL"] } } }),
    prisma.queueApplication.count({ where: { territoryId, status: "WAITING" } }),
  ]);
  return { kindergartens, openPlaces, waiting };
}
