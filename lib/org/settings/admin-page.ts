import "server-only";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { requirePage } from "@/lib/auth/guard";
import { orgBySlug } from "./org";

// For the administration's layout and each of its pages (they render in parallel, so each asks): the
// organisation by its slug (404 when there is none) and the actor, who must administer it — anyone else is
// sent to sign-in or the no-access page like every other guarded page.
export async function requireOrgAdminPage(locale: Locale, slug: string) {
  const org = await orgBySlug(slug);
  if (!org) notFound();
  const actor = await requirePage(locale, "org.administer", { organizationId: org.id });
  return { actor, org };
}
