import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubordinateFilter } from "./schemas";

export const PAGE_SIZE = 20;

// The where of the authority's subordinates for the list's filters: always parentId = the authority (its
// own subordinates, current and excluded), then the organisational type, the type, the territory, the
// state and a name search over the short and full names in both languages.
function whereOf(authorityId: string, f: SubordinateFilter): Prisma.OrganizationWhereInput {
  const q = f.q?.trim();
  return {
    parentId: authorityId,
    archivedAt: null,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.type ? { orgType: f.type } : {}),
    ...(f.territory ? { territoryId: f.territory } : {}),
    ...(f.status === "current" ? { subordinationExcludedAt: null } : {}),
    ...(f.status === "excluded" ? { subordinationExcludedAt: { not: null } } : {}),
    ...(q
      ? {
          OR: (["shortNameKk", "shortNameRu", "fullNameKk", "fullNameRu"] as const).map((field) => ({
            [field]: { contains: q, mode: "insensitive" as const },
          })),
        }
      : {}),
  };
}

// One page of the authority's subordinate organisations with each one's exclude/include history (the audit
// records, newest first, with who did it), the total and the choices the filters offer.
export async function listSubordinates(authorityId: string, f: SubordinateFilter) {
  const where = whereOf(authorityId, f);
  const [total, rows, facets] = await Promise.all([
    prisma.organization.count({ where }),
    prisma.organization.findMany({
      where,
      orderBy: [{ shortNameKk: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        kind: true,
        orgType: true,
        shortNameKk: true,
        shortNameRu: true,
        subordinationExcludedAt: true,
        territory: { select: { id: true, nameKk: true, nameRu: true, nameEn: true } },
      },
    }),
    prisma.organization.findMany({
      where: { parentId: authorityId, archivedAt: null },
      distinct: ["orgType", "territoryId", "kind"],
      select: {
        kind: true,
        orgType: true,
        territory: { select: { id: true, nameKk: true, nameRu: true, nameEn: true } },
      },
    }),
  ]);
  const logs = rows.length
    ? await prisma.auditLog.findMany({
        where: {
          entityType: "Organization",
          entityId: { in: rows.map((r) => r.id) },
          action: { in: ["org.subordinate_exclude", "org.subordinate_include"] },
        },
        orderBy: { at: "desc" },
        select: { entityId: true, action: true, at: true, actorPersonId: true },
      })
    : [];
  const people = await prisma.person.findMany({
    where: { id: { in: [...new Set(logs.map((l) => l.actorPersonId).filter((id): id is string => !!id))] } },
    select: { id: true, lastName: true, firstName: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, `${p.lastName} ${p.firstName}`]));
  const items = rows.map((r) => ({
    ...r,
    history: logs
      .filter((l) => l.entityId === r.id)
      .map((l) => ({
        excluded: l.action === "org.subordinate_exclude",
        at: l.at,
        by: l.actorPersonId ? (nameOf.get(l.actorPersonId) ?? null) : null,
      })),
  }));
  const territories = new Map(facets.map((x) => [x.territory.id, x.territory]));
  return {
    items,
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    facets: {
      kinds: [...new Set(facets.map((x) => x.kind))],
      types: [...new Set(facets.map((x) => x.orgType))].sort(),
      territories: [...territories.values()],
    },
  };
}

// The types ticked as subordinate to the authority.
export async function subordinateTypesOf(authorityId: string): Promise<string[]> {
  const rows = await prisma.subordinateType.findMany({ where: { authorityId }, select: { orgType: true } });
  return rows.map((r) => r.orgType);
}
