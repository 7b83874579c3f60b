import { resolveLocale } from "@/i18n/page-locale";
import { authorityAuthorScope } from "@/lib/announcement/author-scope";
import { NewAnnouncementPage } from "@/components/announcement/new-page";

// Create an announcement of the authority (text → audience → review → Publish).
export default async function NewAuthorityAnnouncementPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  const locale = await resolveLocale(params);
  const scope = await authorityAuthorScope(locale);
  return <NewAnnouncementPage scope={scope} locale={locale} />;
}
