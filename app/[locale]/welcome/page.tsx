import { redirect } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/page-locale";
import { getActor } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/home";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

// After sign-in: back to the page the person came for when it lies in their own area
// (a local path under their home), otherwise to their home.
export default async function WelcomePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await getActor();
  if (!actor) return redirect({ href: "/sign-in", locale });
  const home = homePathFor(actor);
  const { next } = await searchParams;
  const safe = !!next && /^\/[\w\-/]*$/.test(next) && (next === home || next.startsWith(`${home}/`));
  redirect({ href: safe ? next! : home, locale });
}
