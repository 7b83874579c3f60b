import "server-only";
import { prisma } from "@/lib/db/prisma";
import { cohortPositions, type Position } from "./position-rules";

// Positions of the given applications that are waiting, one read per cohort (district + birth year).
export async function positionsOf(
  apps: { id: string; territoryId: string; birthYear: number; status: string }[],
) {
  const out = new Map<string, Position>();
  const waiting = apps.filter((a) => a.status === "WAITING");
  const cohorts = new Map(waiting.map((a) => [`${a.territoryId}|${a.birthYear}`, a]));
  for (const a of cohorts.values()) {
    const cohort = await prisma.queueApplication.findMany({
      where: { territoryId: a.territoryId, birthYear: a.birthYear, status: "WAITING" },
      select: { id: true, number: true, priority: true, submittedAt: true },
    });
    const positions = cohortPositions(cohort);
    for (const w of waiting) if (positions.has(w.id)) out.set(w.id, positions.get(w.id)!);
  }
  return out;
}
