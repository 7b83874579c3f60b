import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { InboxItemPage } from "@/components/announcement/inbox-item-page";

// An announcement opened by its recipient in the kindergarten area (opening marks it read).
export default async function KindergartenInboxItemPage({
  params,
}: {
  params: Promise<{ locale: string; id: string }>;
}) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePage(locale, "kindergarten.enter");
  return <InboxItemPage actor={actor} id={id} base="/kindergarten/inbox" locale={locale} />;
}
