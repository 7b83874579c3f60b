import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor, ActorMembership, Audience } from "./actor";

// Walks an organisation's authorities up the tree: [org, parent, grandparent, …].
export async function orgPathOf(organizationId: string): Promise<string[]> {
  const path: string[] = [];
  let id: string | null = organizationId;
  while (id && path.length < 10 && !path.includes(id)) {
    path.push(id);
    const org: { parentId: string | null; subordinationExcludedAt: Date | null } | null =
      await prisma.organization.findUnique({
        where: { id },
        select: { parentId: true, subordinationExcludedAt: true },
      });
    // An excluded subordinate is outside its former authority's scope.
    id = org && !org.subordinationExcludedAt ? org.parentId : null;
  }
  return path;
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
  const memberships: ActorMembership[] =
    audience === "staff"
      ? await Promise.all(
          p.memberships.map(async (m) => ({
            membershipId: m.id,
            organizationId: m.organizationId,
            orgKind: m.organization.kind,
            role: m.role,
            isAdministrator: m.isAdministrator,
            isModerator: m.isModerator,
            isEditor: m.isEditor,
            orgPath: await orgPathOf(m.organizationId),
          })),
        )
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
  };
}
