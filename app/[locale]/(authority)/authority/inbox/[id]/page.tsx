import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { InboxItemPage } from "@/components/announcement/inbox-item-page";

// An announcement opened by its recipient in the authority area (opening marks it read).
export default async function AuthorityInboxItemPage({
  params,
}: {
  params: Promise<{ locale: string; id: string }>;
}) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePage(locale, "authority.enter");
  return <InboxItemPage actor={actor} id={id} base="/authority/inbox" locale={locale} />;
}
