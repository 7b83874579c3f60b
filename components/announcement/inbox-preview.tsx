import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { inboxPreview, unreadCount } from "@/lib/announcement/inbox";
import { InboxList } from "./inbox-list";

// A home's announcements card: the unread ones first, then the latest read, and the link to all of them.
// `hideWhenEmpty`: staff homes show it only when something was ever addressed to them.
export async function InboxPreview({
  personId,
  base,
  locale,
  hideWhenEmpty = false,
  limit = 5,
}: {
  personId: string;
  base: string;
  locale: string;
  hideWhenEmpty?: boolean;
  limit?: number;
}) {
  const [t, items, unread] = await Promise.all([
    getTranslations("announcements"),
    inboxPreview(personId, limit),
    unreadCount(personId),
  ]);
  if (items.length === 0 && hideWhenEmpty) return null;
  return (
    <Card
      title={unread > 0 ? t("inbox.homeTitleUnread", { count: unread }) : t("inbox.homeTitle")}
      testId="home-announcements"
    >
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("inbox.empty")}</p>
      ) : (
        <InboxList items={items} base={base} locale={locale} />
      )}
      <p className="mt-3 text-sm">
        <Link href={base} className="text-brand-700 underline" data-testid="home-announcements-all">
          {t("inbox.all")}
        </Link>
      </p>
    </Card>
  );
}
