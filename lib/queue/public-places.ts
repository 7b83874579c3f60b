import "server-only";
import { prisma } from "@/lib/db/prisma";

// Places open now (priority or general access), optionally in one district: the public registry.
export async function openPlaces(territoryId: string | null) {
  return prisma.place.findMany({
    where: { status: { in: ["PRIORITY", "GENERAL"] }, ...(territoryId ? { organization: { territoryId } } : {}) },
    include: { organization: { include: { territory: true } }, group: true },
    orderBy: [{ releasedAt: "desc" }],
    take: 500,
  });
}

// The protocol of place releases: every event, newest first, optionally in one district.
export async function protocolEvents(territoryId: string | null, limit = 200) {
  return prisma.protocolEvent.findMany({
    where: territoryId ? { organization: { territoryId } } : {},
    include: { organization: true, place: true },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
}
