import "server-only";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { can, type Action, type Resource } from "./policy";
import { getActor } from "./session";
import type { Actor } from "./actor";

// For pages and layouts: the actor if the policy allows the action, else a redirect to
// sign-in (nobody signed in), the password change (first sign-in) or the no-access page.
// A convenience only: every server action checks the policy again itself.
export async function requirePage(locale: Locale, action: Action, resource: Resource = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) return redirect({ href: "/sign-in", locale });
  if (actor.mustChangePassword) return redirect({ href: "/change-password", locale });
  if (!can(actor, action, resource)) return redirect({ href: "/no-access", locale });
  return actor;
}
