import { resolveLocale } from "@/i18n/page-locale";
import { kindergartenAuthorScope } from "@/lib/announcement/author-scope";
import { NewAnnouncementPage } from "@/components/announcement/new-page";

// Create an announcement of the kindergarten (text → audience → review → Publish).
export default async function NewKindergartenAnnouncementPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  const locale = await resolveLocale(params);
  const scope = await kindergartenAuthorScope(locale);
  return <NewAnnouncementPage scope={scope} locale={locale} />;
}
