import "server-only";
import { getActor } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { currentKindergarten } from "./current";
import { requirePage } from "@/lib/auth/guard";
import type { Locale } from "@/i18n/routing";

export type ManagerContext = { actor: Actor; organizationId: string };

// For the administrator's actions: the signed-in actor and the kindergarten they manage,
// or a coded error (unauthenticated / forbidden). Every write is then scoped by organizationId.
export async function requireKindergartenManager(): Promise<ManagerContext> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated");
  const kg = currentKindergarten(actor);
  if (!kg) throw new AppError("forbidden");
  authorize(actor, "kindergarten.manage", { organizationId: kg.organizationId });
  return { actor, organizationId: kg.organizationId };
}

// For the administrator's pages: the same check, redirecting instead of throwing.
export async function requireKindergartenManagerPage(locale: Locale): Promise<ManagerContext> {
  const actor = await requirePage(locale, "kindergarten.enter");
  const kg = currentKindergarten(actor);
  await requirePage(locale, "kindergarten.manage", { organizationId: kg?.organizationId });
  return { actor, organizationId: kg!.organizationId };
}
