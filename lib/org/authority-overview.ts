import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { type Actor, isAuthorityMember } from "@/lib/auth/actor";

// Ids of every organisation under an authority (subordinates of subordinates …), excluded ones left out.
// `db`: the caller's transaction when it holds one (lib/auth/load-actor.ts orgPathsOf says why).
export async function subtreeIds(rootId: string, db: Pick<Tx, "$queryRaw"> = prisma): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE sub AS (
      SELECT id FROM "Organization" WHERE id = ${rootId}
      UNION ALL
      SELECT o.id FROM "Organization" o JOIN sub ON o."parentId" = sub.id
      WHERE o."subordinationExcludedAt" IS NULL
    ) SELECT id FROM sub`;
  return rows.map((r) => r.id);
}

// An authority officer's home: their organisation, its direct subordinates and the figures of its whole tree.
export async function authorityOverview(actor: Actor, today: Date) {
  const membership = actor.memberships.find(isAuthorityMember);
  if (!membership) return null;
  const ids = await subtreeIds(membership.organizationId);
  const [org, subordinates, kindergartens, children, waiting, annulled] = await Promise.all([
    prisma.organization.findUniqueOrThrow({
      where: { id: membership.organizationId },
      include: { territory: true },
    }),
    prisma.organization.findMany({
      where: { parentId: membership.organizationId, subordinationExcludedAt: null, archivedAt: null },
      include: { territory: true, _count: { select: { subordinates: true, groups: true } } },
      orderBy: [{ kind: "asc" }, { shortNameKk: "asc" }],
    }),
    prisma.organization.count({ where: { id: { in: ids }, kind: "KINDERGARTEN" } }),
    prisma.enrolment.count({
      where: {
        organizationId: { in: ids },
        startsOn: { lte: today },
        OR: [{ endsOn: null }, { endsOn: { gte: today } }],
      },
    }),
    // The waiting applications that chose one of them, from the choices' kindergarten index (an EXISTS per
    // waiting application of the region took 40 ms).
    prisma.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT c."applicationId")::int AS n FROM "QueueApplicationChoice" c
      JOIN "QueueApplication" a ON a.id = c."applicationId"
      WHERE c."organizationId" = ANY(${ids}::text[]) AND a.status = 'WAITING'`.then((r) => r[0]?.n ?? 0),
    prisma.voucher.count({ where: { organizationId: { in: ids }, status: "ANNULLED" } }),
  ]);
  return {
    org,
    role: membership.role,
    subordinates,
    figures: { kindergartens, children, waiting, annulled },
  };
}
