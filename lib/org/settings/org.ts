import "server-only";
import { cache } from "react";
import { prisma, type Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { OrgKind } from "@/lib/generated/prisma/enums";

/** The organisation an administration action acts on, and its kind (what it may offer). */
export type AdministeredOrg = { organizationId: string; kind: OrgKind };

export const AUTHORITY_KINDS: OrgKind[] = ["REGION_AUTHORITY", "DISTRICT_AUTHORITY"];
export const isAuthorityKind = (kind: OrgKind) => AUTHORITY_KINDS.includes(kind);

// An organisation by its id for an administration action (archived ones are not found); the policy
// then decides whether the actor administers it.
export async function administeredOrg(organizationId: string): Promise<AdministeredOrg> {
  const org = await prisma.organization.findFirst({
    where: { id: organizationId, archivedAt: null },
    select: { id: true, kind: true },
  });
  if (!org) throw new AppError("not_found");
  return { organizationId: org.id, kind: org.kind };
}

// An organisation by its slug for the administration pages (cached per request), or null.
export const orgBySlug = cache(async (slug: string) =>
  prisma.organization.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      slug: true,
      kind: true,
      orgType: true,
      shortNameKk: true,
      shortNameRu: true,
      fullNameKk: true,
      fullNameRu: true,
      timeZone: true,
      territoryId: true,
      parentId: true,
      subordinationExcludedAt: true,
    },
  }),
);

// The settings row of an organisation, or null while it has none (the page shows the schema's defaults).
export async function settingsOf(organizationId: string) {
  return prisma.organizationSettings.findUnique({ where: { organizationId } });
}

// Inside a change's transaction: the organisation's settings row, created with the defaults if missing and
// locked until the transaction ends (two administrators saving at once are serialised, so "before" is true).
export async function lockedSettings(tx: Tx, organizationId: string) {
  await tx.organizationSettings.upsert({ where: { organizationId }, create: { organizationId }, update: {} });
  await tx.$queryRaw`SELECT 1 FROM "OrganizationSettings" WHERE "organizationId" = ${organizationId} FOR UPDATE`;
  return tx.organizationSettings.findUniqueOrThrow({ where: { organizationId } });
}
