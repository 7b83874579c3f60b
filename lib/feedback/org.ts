import "server-only";
import { cache } from "react";
import { prisma, type Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { DEFAULT_PROFILE_SETTINGS, profileView, viewerOf } from "@/lib/profile/visibility";

// The organisation a feedback page or action is about, and whether its feedback tab is shown to a viewer.

const found = <T>(row: T | null | undefined): T => {
  if (!row) throw new AppError("not_found");
  return row;
};

const orgSelect = {
  id: true,
  slug: true,
  kind: true,
  shortNameKk: true,
  shortNameRu: true,
  timeZone: true,
  settings: true,
} as const;

// An organisation with its settings by its profile's slug (archived ones are not found), cached per request.
export const feedbackOrgBySlug = cache(async (slug: string) =>
  prisma.organization.findFirst({ where: { slug, archivedAt: null }, select: orgSelect }),
);

export type FeedbackOrg = NonNullable<Awaited<ReturnType<typeof feedbackOrgBySlug>>>;

// True when this viewer sees the organisation's feedback tab (lib/profile/visibility.ts: the Feedback
// switch, and with the Site off only the organisation's members).
export function feedbackShown(
  settings: Parameters<typeof profileView>[0] | null | undefined,
  actor: Actor | null,
  organizationId: string,
): boolean {
  return profileView(settings ?? DEFAULT_PROFILE_SETTINGS, viewerOf(actor, organizationId)).tabs.includes(
    "feedback",
  );
}

// ── resources the policy looks at ──

/** The organisation a public message goes to, by its slug. */
export async function publicOrgResource(slug: string) {
  const org = found(await feedbackOrgBySlug(slug));
  return { organizationId: org.id };
}

/** An organisation administered through its id (a hidden field). */
export async function orgResource(organizationId: string) {
  const org = found(
    await prisma.organization.findFirst({
      where: { id: organizationId, archivedAt: null },
      select: { id: true },
    }),
  );
  return { organizationId: org.id };
}

/** The organisation an appeal was sent to. */
export async function appealResource(appealId: string) {
  return found(await prisma.appeal.findUnique({ where: { id: appealId }, select: { organizationId: true } }));
}

/** The organisation a question was asked of. */
export async function questionResource(questionId: string) {
  return found(
    await prisma.qaItem.findUnique({ where: { id: questionId }, select: { organizationId: true } }),
  );
}

// Inside a change's transaction: the organisation's settings row, created with the defaults if missing and
// locked to the end of the transaction (two administrators saving at once are serialised).
export async function lockSettings(tx: Tx, organizationId: string) {
  await tx.organizationSettings.upsert({ where: { organizationId }, create: { organizationId }, update: {} });
  await tx.$queryRaw`SELECT 1 FROM "OrganizationSettings" WHERE "organizationId" = ${organizationId} FOR UPDATE`;
  return tx.organizationSettings.findUniqueOrThrow({ where: { organizationId } });
}

// Serialises the public messages to one organisation (appeals and questions), so the hourly limits are
// counted on what the previous message committed.
export async function lockPublicMessages(tx: Tx, organizationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('balabaqsha:feedback'), hashtext(${organizationId}))`;
}
