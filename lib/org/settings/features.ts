import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { lockedSettings } from "./org";
import type { FeaturesInput } from "./schemas";

export const FEATURE_FIELDS = [
  "featureSite",
  "featureForum",
  "forumReadAccess",
  "forumTopicCreation",
  "featureDocuments",
  "documentsUpload",
  "featureStructure",
  "featurePages",
  "featureFeedback",
] as const;

type FeatureRow = { [K in (typeof FEATURE_FIELDS)[number]]: boolean | string };
const pick = (row: FeatureRow) => Object.fromEntries(FEATURE_FIELDS.map((f) => [f, row[f]]));

// Switches the profile's features on and off with their access options (seed 002, "Функции"). Only the
// flags change: switching a feature off hides its forum topics, documents, units, pages or appeals and
// never deletes them, so switching it on again shows everything as it was. Administrators only; audited.
export async function saveFeatures(actor: Actor, input: FeaturesInput) {
  const { organizationId } = input;
  authorize(actor, "org.administer", { organizationId });
  await prisma.$transaction(async (tx) => {
    const before = await lockedSettings(tx, organizationId);
    const after = await tx.organizationSettings.update({
      where: { organizationId },
      data: pick(input),
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "org.features_update",
      entityType: "OrganizationSettings",
      entityId: organizationId,
      organizationId,
      before: pick(before),
      after: pick(after),
    });
  });
}
