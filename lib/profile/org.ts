import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import type { OrganizationSettings } from "@/lib/generated/prisma/client";
import {
  DEFAULT_PROFILE_SETTINGS,
  profileView,
  viewerOf,
  type ProfileSettings,
  type ProfileView,
  type Viewer,
} from "./visibility";

// The organisation behind a profile URL and what the viewer sees of it. Unknown and archived
// organisations are not found (the pages answer 404).

// The feature switches of a settings row, or the defaults for an organisation without one.
export function profileSettingsOf(row: OrganizationSettings | null): ProfileSettings {
  if (!row) return DEFAULT_PROFILE_SETTINGS;
  return {
    featureSite: row.featureSite,
    featureForum: row.featureForum,
    forumReadAccess: row.forumReadAccess,
    forumTopicCreation: row.forumTopicCreation,
    featureDocuments: row.featureDocuments,
    documentsUpload: row.documentsUpload,
    featureStructure: row.featureStructure,
    featurePages: row.featurePages,
    featureFeedback: row.featureFeedback,
  };
}

// The organisation of a slug with its settings and territory, or null (cached per request: the layout
// and the tab read it once).
export const profileOrgBySlug = cache(async (slug: string) => {
  if (!slug || slug.length > 100) return null;
  const org = await prisma.organization.findUnique({
    where: { slug },
    include: { settings: true, territory: true },
  });
  if (!org || org.archivedAt) return null;
  return { org, settings: profileSettingsOf(org.settings) };
});

export type ProfileOrg = NonNullable<Awaited<ReturnType<typeof profileOrgBySlug>>>;

/** A profile as one viewer sees it. */
export type LoadedProfile = ProfileOrg & { viewer: Viewer; view: ProfileView };

// The profile of a slug for this actor (or an anonymous visitor), or null when there is none.
export async function loadProfile(slug: string, actor: Actor | null): Promise<LoadedProfile | null> {
  const found = await profileOrgBySlug(slug);
  if (!found) return null;
  const viewer = viewerOf(actor, found.org.id);
  return { ...found, viewer, view: profileView(found.settings, viewer) };
}

// An organisation's settings for an action's resource loader, by id (archived ones are not found).
export async function profileSettingsById(organizationId: string) {
  const org = await prisma.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, archivedAt: true, settings: true },
  });
  if (!org || org.archivedAt) return null;
  return profileSettingsOf(org.settings);
}

// The education department of a district or city (the authority whose territory it is), for the links of
// the home page; null when it has none.
export async function departmentOfTerritory(territoryId: string) {
  return prisma.organization.findFirst({
    where: { territoryId, kind: "DISTRICT_AUTHORITY", archivedAt: null },
    select: { slug: true, shortNameKk: true, shortNameRu: true },
    orderBy: { createdAt: "asc" },
  });
}
