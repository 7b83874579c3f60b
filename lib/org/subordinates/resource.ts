import "server-only";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { OrgKind } from "@/lib/generated/prisma/enums";

/** The authority whose subordinates an action changes. */
export type AuthorityResource = { organizationId: string; kind: OrgKind };

// The authority by its id for a subordinates action (not archived), or not found; the policy then decides
// whether the actor administers it, and the operation scopes every id by parentId = this authority.
export async function authorityResource(authorityId: string): Promise<AuthorityResource> {
  const org = await prisma.organization.findFirst({
    where: { id: authorityId, archivedAt: null, kind: { in: ["REGION_AUTHORITY", "DISTRICT_AUTHORITY"] } },
    select: { id: true, kind: true },
  });
  if (!org) throw new AppError("not_found");
  return { organizationId: org.id, kind: org.kind };
}

// For a change of subordinates: the authority, and every id must be its own subordinate — an id of
// another authority's (or of no organisation) answers "not found", so nothing about it leaks or changes.
export async function ownSubordinatesResource(
  authorityId: string,
  ids: string[],
): Promise<AuthorityResource> {
  const authority = await authorityResource(authorityId);
  const own = await prisma.organization.count({ where: { id: { in: ids }, parentId: authorityId } });
  if (own !== new Set(ids).size) throw new AppError("not_found");
  return authority;
}
