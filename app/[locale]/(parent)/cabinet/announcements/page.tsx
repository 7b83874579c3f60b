import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { InboxPage } from "@/components/announcement/inbox-page";

// The announcements addressed to the parent (each once, however many children), unread first.
export default async function CabinetAnnouncementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "cabinet.use");
  const { page } = await searchParams;
  return <InboxPage personId={actor.personId} base="/cabinet/announcements" page={page} locale={locale} />;
}
