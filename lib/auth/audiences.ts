import "server-only";
import type { Locale } from "@/i18n/routing";
import { AppError } from "@/lib/errors/app-error";
import { type Actor, isAuthorityMember, isKindergartenEducator } from "./actor";
import { can } from "./policy";
import { requirePage } from "./guard";
import { currentKindergarten } from "@/lib/kindergarten/current";

// The guards of each audience, in one place, with one context type each. Pages use the *Page guards
// (they redirect); actions get the same contexts from their resource loaders (lib/action/resources.ts),
// which throw coded errors instead. A guard is a convenience for pages: every action asks the policy.

/** A parent in their cabinet. */
export type ParentContext = { actor: Actor };
/** A kindergarten's manager (director, deputy, administrator) and the kindergarten they manage. */
export type ManagerContext = { actor: Actor; organizationId: string };
/** An educator and the kindergarten they work in. */
export type EducatorContext = { actor: Actor; organizationId: string; groupIds: string[] };
/** An officer of an education authority and their department. */
export type AuthorityContext = { actor: Actor; organizationId: string };
/** An administrator of an education authority and the department they administer. */
export type AuthorityAdminContext = { actor: Actor; organizationId: string };

// The kindergarten the actor manages, or null.
export function managedKindergarten(actor: Actor): string | null {
  const kg = currentKindergarten(actor);
  return kg && can(actor, "kindergarten.manage", { organizationId: kg.organizationId })
    ? kg.organizationId
    : null;
}

// The authority the actor works in (the one they administer first), or null.
export function ownAuthority(actor: Actor): string | null {
  const members = actor.memberships.filter(isAuthorityMember);
  const admin = members.find((m) => can(actor, "org.manage", { organizationId: m.organizationId }));
  return (admin ?? members[0])?.organizationId ?? null;
}

// For actions and loaders: the kindergarten the actor manages, or a coded error.
export function requireManagedKindergarten(actor: Actor | null): ManagerContext {
  if (!actor) throw new AppError("unauthenticated");
  const organizationId = managedKindergarten(actor);
  if (!organizationId) throw new AppError("forbidden");
  return { actor, organizationId };
}

export async function requireParentPage(locale: Locale): Promise<ParentContext> {
  return { actor: await requirePage(locale, "cabinet.use") };
}

export async function requireKindergartenManagerPage(locale: Locale): Promise<ManagerContext> {
  const actor = await requirePage(locale, "kindergarten.enter");
  const organizationId = managedKindergarten(actor);
  await requirePage(locale, "kindergarten.manage", { organizationId: organizationId ?? undefined });
  return { actor, organizationId: organizationId! };
}

export async function requireEducatorPage(locale: Locale): Promise<EducatorContext> {
  const actor = await requirePage(locale, "kindergarten.enter");
  const kg = currentKindergarten(actor)!;
  const groupIds = actor.memberships.some(isKindergartenEducator) ? actor.educatorGroupIds : [];
  return { actor, organizationId: kg.organizationId, groupIds };
}

export async function requireAuthorityPage(locale: Locale): Promise<AuthorityContext> {
  const actor = await requirePage(locale, "authority.enter");
  return { actor, organizationId: ownAuthority(actor)! };
}

export async function requireAuthorityAdminPage(locale: Locale): Promise<AuthorityAdminContext> {
  const { actor, organizationId } = await requireAuthorityPage(locale);
  await requirePage(locale, "org.manage", { organizationId });
  return { actor, organizationId };
}
