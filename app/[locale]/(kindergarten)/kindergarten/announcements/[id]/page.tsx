import { resolveLocale } from "@/i18n/page-locale";
import { kindergartenAuthorScope } from "@/lib/announcement/author-scope";
import { AuthorDetailPage, type AuthorDetailSearch } from "@/components/announcement/author-detail-page";

// One of the kindergarten's announcements: read by X of Y, who has read it and who has not, export, delete.
export default async function KindergartenAnnouncementPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<AuthorDetailSearch>;
}) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const scope = await kindergartenAuthorScope(locale);
  return <AuthorDetailPage scope={scope} id={id} search={await searchParams} locale={locale} />;
}
