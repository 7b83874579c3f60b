import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { InboxItemPage } from "@/components/announcement/inbox-item-page";

// An announcement opened by the parent (opening marks it read).
export default async function CabinetAnnouncementPage({
  params,
}: {
  params: Promise<{ locale: string; id: string }>;
}) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePage(locale, "cabinet.use");
  return <InboxItemPage actor={actor} id={id} base="/cabinet/announcements" locale={locale} />;
}
