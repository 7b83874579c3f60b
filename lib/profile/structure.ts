import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { MemberRole } from "@/lib/generated/prisma/enums";

// The Structure tab (SPEC §3.1, seed 001 figure 2): the structural units with their head, description,
// staff and schedule; the subordinate organisations (excluded ones left out), each a link to its own
// profile; the pages of the leaders.

/** Whose pages the Structure tab lists on the left: heads and deputies. */
export const LEADER_PAGE_ROLES: MemberRole[] = [
  "AUTHORITY_HEAD",
  "KG_DIRECTOR",
  "AUTHORITY_DEPUTY",
  "KG_DEPUTY",
];

const personName = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;
const current = { leftAt: null, excludedAt: null } as const;

export async function structureTab(organizationId: string) {
  const [units, subordinates, leaders] = await Promise.all([
    prisma.structuralUnit.findMany({
      where: { organizationId },
      orderBy: [{ sortOrder: "asc" }, { nameKk: "asc" }],
      include: {
        headPerson: personName,
        memberships: {
          where: current,
          select: { id: true, role: true, positionTitle: true, person: personName },
          orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
        },
      },
    }),
    prisma.organization.findMany({
      where: { parentId: organizationId, subordinationExcludedAt: null, archivedAt: null },
      select: {
        id: true,
        slug: true,
        kind: true,
        shortNameKk: true,
        shortNameRu: true,
        territory: { select: { nameKk: true, nameRu: true, nameEn: true } },
      },
      orderBy: [{ kind: "asc" }, { shortNameKk: "asc" }],
    }),
    prisma.membership.findMany({
      where: { organizationId, ...current, role: { in: LEADER_PAGE_ROLES } },
      select: {
        id: true,
        role: true,
        positionTitle: true,
        arrivedAt: true,
        unit: { select: { nameKk: true, nameRu: true } },
        person: personName,
      },
    }),
  ]);
  const rank = (r: MemberRole) => LEADER_PAGE_ROLES.indexOf(r);
  leaders.sort(
    (a, b) => rank(a.role) - rank(b.role) || a.person.lastName.localeCompare(b.person.lastName, "kk"),
  );
  return { units, subordinates, leaders };
}
