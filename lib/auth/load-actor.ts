import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import type { Actor, ActorMembership, Audience } from "./actor";

// Each organisation's authorities up the tree, [org, parent, grandparent, …], in one recursive query
// for all of them. An excluded subordinate is outside its former authority's scope (the walk stops
// there); at most 10 levels, and a cycle stops at the first repeat.
// `db`: a transaction's client when the caller holds one (a query on the global client would need a
// second connection while the transaction keeps the first: under a peak the pool runs dry and every
// transaction waits for the others).
export async function orgPathsOf(
  organizationIds: string[],
  db: Pick<Tx, "$queryRaw"> = prisma,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(organizationIds.map((id) => [id, [id]]));
  if (organizationIds.length === 0) return out;
  const rows = await db.$queryRaw<{ root: string; id: string }[]>`
    WITH RECURSIVE up(root, id, parent, excluded, depth) AS (
      SELECT id, id, "parentId", "subordinationExcludedAt", 1 FROM "Organization" WHERE id = ANY(${organizationIds})
      UNION ALL
      SELECT up.root, o.id, o."parentId", o."subordinationExcludedAt", up.depth + 1
      FROM up JOIN "Organization" o ON o.id = up.parent
      WHERE up.excluded IS NULL AND up.depth < 10
    )
    SELECT root, id FROM up ORDER BY root, depth`;
  const done = new Set<string>();
  for (const { root, id } of rows) {
    const path = out.get(root)!;
    if (id === root || done.has(root)) continue;
    if (path.includes(id)) done.add(root);
    else path.push(id);
  }
  return out;
}

// One organisation's authorities up the tree: [org, parent, grandparent, …].
export async function orgPathOf(
  organizationId: string,
  db: Pick<Tx, "$queryRaw"> = prisma,
): Promise<string[]> {
  return (await orgPathsOf([organizationId], db)).get(organizationId)!;
}

// Builds the actor for a session from the database, so revoked rights take effect at once.
// Returns null when the session is stale (user gone, signed out everywhere, blocked).
export async function loadActor(
  userId: string,
  audience: Audience,
  sessionVersion: number,
  now: Date,
): Promise<Actor | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: {
      person: {
        include: {
          memberships: {
            where: { leftAt: null, excludedAt: null },
            include: { organization: { select: { kind: true } } },
          },
          groupEducators: { select: { groupId: true, group: { select: { archivedAt: true } } } },
          representedChildren: { where: { status: "VERIFIED" }, select: { childId: true } },
        },
      },
    },
  });
  if (!user || user.sessionVersion !== sessionVersion) return null;
  if (user.blockedUntil && user.blockedUntil > now) return null;
  const p = user.person;
  const paths = audience === "staff" ? await orgPathsOf(p.memberships.map((m) => m.organizationId)) : null;
  const memberships: ActorMembership[] = paths
    ? p.memberships.map((m) => ({
        membershipId: m.id,
        organizationId: m.organizationId,
        orgKind: m.organization.kind,
        role: m.role,
        isAdministrator: m.isAdministrator,
        isModerator: m.isModerator,
        isEditor: m.isEditor,
        orgPath: paths.get(m.organizationId)!,
      }))
    : [];
  return {
    userId: user.id,
    personId: p.id,
    audience,
    displayName: [p.lastName, p.firstName].filter(Boolean).join(" "),
    mustChangePassword: audience === "staff" && user.mustChangePassword,
    memberships,
    educatorGroupIds:
      audience === "staff" ? p.groupEducators.filter((g) => !g.group.archivedAt).map((g) => g.groupId) : [],
    representedChildIds: audience === "parent" ? p.representedChildren.map((r) => r.childId) : [],
    lastSeenAt: user.lastSeenAt,
  };
}
