import { resolveLocale } from "@/i18n/page-locale";
import { authorityAuthorScope } from "@/lib/announcement/author-scope";
import { AuthorDetailPage, type AuthorDetailSearch } from "@/components/announcement/author-detail-page";

// One of the authority's announcements: read by X of Y, who has read it and who has not, export, delete.
export default async function AuthorityAnnouncementPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<AuthorDetailSearch>;
}) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const scope = await authorityAuthorScope(locale);
  return <AuthorDetailPage scope={scope} id={id} search={await searchParams} locale={locale} />;
}
