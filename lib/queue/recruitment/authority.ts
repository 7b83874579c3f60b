import "server-only";
import { getActor } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/guard";
import { isAuthorityMember, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import type { Locale } from "@/i18n/routing";

/** An education department's administrator and their department: every write is scoped by it. */
export type AuthorityContext = { actor: Actor; organizationId: string };

// For the department's actions: the signed-in administrator of an education authority ("org.manage"
// on their department), or a coded error.
export async function requireAuthorityAdmin(): Promise<AuthorityContext> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated");
  const m = actor.memberships.find(isAuthorityMember);
  if (!m) throw new AppError("forbidden");
  authorize(actor, "org.manage", { organizationId: m.organizationId });
  return { actor, organizationId: m.organizationId };
}

// For the department's pages: the same check, redirecting instead of throwing.
export async function requireAuthorityAdminPage(locale: Locale): Promise<AuthorityContext> {
  const actor = await requirePage(locale, "authority.enter");
  const m = actor.memberships.find(isAuthorityMember);
  await requirePage(locale, "org.manage", { organizationId: m?.organizationId });
  return { actor, organizationId: m!.organizationId };
}
