import "server-only";
import { getActor } from "@/lib/auth/session";
import { authorize, can } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/guard";
import { type Actor, isAuthorityMember } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import type { Locale } from "@/i18n/routing";
import type { AuthorityContext } from "./authority";

// The authority the actor administers ("org.manage" there: AUTHORITY_ADMIN or administrator rights), or null.
function administeredAuthority(actor: Actor): string | null {
  const m = actor.memberships.find(
    (x) => isAuthorityMember(x) && can(actor, "org.manage", { organizationId: x.organizationId }),
  );
  return m?.organizationId ?? null;
}

// For actions: the signed-in authority administrator, or a coded error.
export async function requireQueueAuthority(): Promise<AuthorityContext> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated");
  const authorityId = administeredAuthority(actor);
  if (!authorityId) throw new AppError("forbidden");
  authorize(actor, "org.manage", { organizationId: authorityId });
  return { actor, authorityId };
}

// For pages: the same check, redirecting instead of throwing.
export async function requireQueueAuthorityPage(locale: Locale): Promise<AuthorityContext> {
  const actor = await requirePage(locale, "authority.enter");
  const authorityId = administeredAuthority(actor);
  await requirePage(locale, "org.manage", { organizationId: authorityId ?? undefined });
  return { actor, authorityId: authorityId! };
}
