import "server-only";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { isAuthorityMember } from "@/lib/auth/actor";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { currentKindergarten } from "@/lib/kindergarten/current";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { authorBaseFor } from "./paths";

/** Where the author's pages render: who looks, for which organisation, under which path (without the locale). */
export type AuthorScope = {
  actor: Actor;
  org: { id: string; kind: OrgKind; timeZone: string; shortNameKk: string; shortNameRu: string };
  base: string;
  /** May publish and delete (the policy's announcement.manage). */
  canManage: boolean;
};

async function scopeFor(
  locale: Locale,
  actor: Actor,
  organizationId: string | undefined,
): Promise<AuthorScope> {
  await requirePage(locale, "announcement.receipts", { organizationId });
  const org = await prisma.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, kind: true, timeZone: true, shortNameKk: true, shortNameRu: true },
  });
  if (!org) notFound();
  return {
    actor,
    org,
    base: authorBaseFor(org.kind),
    canManage: can(actor, "announcement.manage", { organizationId: org.id }),
  };
}

// The authority area's "Announcements": the authority the actor keeps announcements of (administrators, editors).
export async function authorityAuthorScope(locale: Locale): Promise<AuthorScope> {
  const actor = await requirePage(locale, "authority.enter");
  const own = actor.memberships.filter(isAuthorityMember);
  const keeper = own.find((m) => can(actor, "announcement.receipts", { organizationId: m.organizationId }));
  return scopeFor(locale, actor, (keeper ?? own[0])?.organizationId);
}

// The kindergarten area's "Announcements": the kindergarten the actor works in, for its keepers.
export async function kindergartenAuthorScope(locale: Locale): Promise<AuthorScope> {
  const actor = await requirePage(locale, "kindergarten.enter");
  const kgs = actor.memberships.filter((m) => m.orgKind === "KINDERGARTEN");
  const keeper = kgs.find((m) => can(actor, "announcement.receipts", { organizationId: m.organizationId }));
  return scopeFor(locale, actor, (keeper ?? currentKindergarten(actor))?.organizationId);
}
