import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { InboxPage } from "@/components/announcement/inbox-page";

// The announcements addressed to this member of the authority area, unread first.
export default async function AuthorityInboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "authority.enter");
  const { page } = await searchParams;
  return <InboxPage personId={actor.personId} base="/authority/inbox" page={page} locale={locale} />;
}
