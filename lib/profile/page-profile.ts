import "server-only";
import { notFound } from "next/navigation";
import { resolveLocale } from "@/i18n/page-locale";
import { getActor } from "@/lib/auth/session";
import { loadProfile } from "./org";
import type { ProfileTab } from "./visibility";

export type ProfileParams = Promise<{ locale: string; slug: string }>;

// For the profile's layout and tabs: the locale, the actor and the profile as they see it; 404 for an
// unknown or archived organisation, and for a tab the viewer does not see (a hidden feature is not there).
export async function profileForPage(params: ProfileParams, tab?: ProfileTab) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const actor = await getActor();
  const profile = await loadProfile(slug, actor);
  if (!profile || (tab && !profile.view.tabs.includes(tab))) notFound();
  return { locale, actor, profile, slug: profile.org.slug };
}
