import { resolveLocale } from "@/i18n/page-locale";
import type { ReactNode } from "react";
import { requirePage } from "@/lib/auth/guard";

// Only this audience may open these pages (the actions check again).
export default async function AudienceLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requirePage(locale, "authority.enter");
  return <>{children}</>;
}
