import { resolveLocale } from "@/i18n/page-locale";
import { redirect } from "@/i18n/navigation";
import { getActor } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/home";

// After sign-in: sends each audience to its own home.
export default async function WelcomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await getActor();
  redirect({ href: actor ? homePathFor(actor) : "/sign-in", locale });
}
