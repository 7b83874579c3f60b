import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { InboxPage } from "@/components/announcement/inbox-page";

// The announcements addressed to this member of the kindergarten area, unread first.
export default async function KindergartenInboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "kindergarten.enter");
  const { page } = await searchParams;
  return <InboxPage personId={actor.personId} base="/kindergarten/inbox" page={page} locale={locale} />;
}
