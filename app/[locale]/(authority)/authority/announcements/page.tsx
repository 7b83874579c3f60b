import { resolveLocale } from "@/i18n/page-locale";
import { authorityAuthorScope } from "@/lib/announcement/author-scope";
import { AuthorListPage, type AuthorListSearch } from "@/components/announcement/author-list-page";

// The authority's announcements (Active, Archive, the calendar of read-by dates): its keepers only.
export default async function AuthorityAnnouncementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<AuthorListSearch>;
}) {
  const locale = await resolveLocale(params);
  const scope = await authorityAuthorScope(locale);
  return <AuthorListPage scope={scope} search={await searchParams} locale={locale} />;
}
