import "server-only";
import { prisma } from "@/lib/db/prisma";
import { type Actor, isKindergartenEducator, isKindergartenManager } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

// The kindergartens this staff member works in, with the groups the policy lets them read
// (all for managers, only bound groups for educators) and today's enrolment counts.
export async function kindergartenOverview(actor: Actor, today: Date) {
  const orgIds = [
    ...new Set(
      actor.memberships
        .filter((m) => isKindergartenManager(m) || isKindergartenEducator(m))
        .map((m) => m.organizationId),
    ),
  ];
  const orgs = await prisma.organization.findMany({
    where: { id: { in: orgIds } },
    include: {
      groups: {
        where: { archivedAt: null },
        orderBy: [{ birthYearFrom: "desc" }, { name: "asc" }],
        include: {
          stayMode: true,
          educators: { include: { person: true } },
          _count: {
            select: {
              enrolments: {
                where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
              },
            },
          },
        },
      },
      _count: { select: { memberships: { where: { leftAt: null, excludedAt: null } } } },
    },
  });
  return orgs.map((o) => {
    const manager = can(actor, "kindergarten.manage", { organizationId: o.id });
    return {
      org: o,
      manager,
      staffCount: o._count.memberships,
      groups: o.groups.filter((g) => can(actor, "group.read", { organizationId: o.id, groupId: g.id })),
    };
  });
}
