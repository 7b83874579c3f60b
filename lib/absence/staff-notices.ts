import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { currentKindergarten } from "@/lib/kindergarten/current";

// Absence notices of the groups this staff member may read: answered ones first (to apply),
// then those still waiting for the parent, then parents' planned absences from today on.
export async function staffNotices(actor: Actor, today: Date) {
  const kg = currentKindergarten(actor);
  if (!kg) return [];
  const groups = await prisma.group.findMany({
    where: { organizationId: kg.organizationId, archivedAt: null },
    select: { id: true },
  });
  const groupIds = groups
    .filter((g) => can(actor, "group.read", { organizationId: kg.organizationId, groupId: g.id }))
    .map((g) => g.id);
  const notices = await prisma.absenceNotice.findMany({
    where: {
      groupId: { in: groupIds },
      OR: [
        { kind: "UNEXPLAINED", status: { in: ["SENT", "ANSWERED"] } },
        { kind: "PLANNED", status: { not: "CANCELLED" }, dateTo: { gte: today } },
      ],
    },
    include: { child: true, group: true, answeredBy: true },
    orderBy: [{ dateFrom: "desc" }],
    take: 300,
  });
  const rank = (n: (typeof notices)[number]) =>
    n.status === "ANSWERED" ? 0 : n.kind === "UNEXPLAINED" ? 1 : 2;
  return notices.sort((a, b) => rank(a) - rank(b));
}
