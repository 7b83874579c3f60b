import "server-only";
import { prisma } from "@/lib/db/prisma";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { isAuthorityKind, settingsOf } from "./org";

// Everything the settings page shows of an organisation: its settings row (or the schema's defaults while
// it has none), its territory as country → region → district, and the authority it is subordinate to.
type OrgRow = {
  id: string;
  kind: OrgKind;
  territoryId: string;
  parentId: string | null;
  timeZone: string;
  subordinationExcludedAt: Date | null;
};

export async function settingsView(org: OrgRow, locale: string) {
  const [settings, territory, parent] = await Promise.all([
    settingsOf(org.id),
    prisma.territory.findUnique({ where: { id: org.territoryId }, include: { parent: true } }),
    org.parentId
      ? prisma.organization.findUnique({
          where: { id: org.parentId },
          select: { slug: true, shortNameKk: true, shortNameRu: true },
        })
      : null,
  ]);
  const region =
    territory?.kind === "REGION" ? territory : territory?.parent?.kind === "REGION" ? territory.parent : null;
  const district =
    territory && (territory.kind === "DISTRICT" || territory.kind === "CITY") ? territory : null;
  return {
    settings,
    localisation: {
      country: settings?.country ?? "KZ",
      region: region ? territoryName(region, locale) : null,
      district: district ? territoryName(district, locale) : null,
      city: settings?.city ?? null,
      timeZone: org.timeZone,
      parent: parent
        ? { slug: parent.slug, name: orgShortName(parent, locale), excluded: !!org.subordinationExcludedAt }
        : null,
      isAuthority: isAuthorityKind(org.kind),
    },
  };
}
