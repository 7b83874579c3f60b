import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { announcementInbox } from "@/lib/announcement/inbox";
import { InboxList } from "./inbox-list";

// Every audience's list of its announcements, read and unread (unread first): the parent's cabinet, the
// kindergarten's staff, the authority's officers — one page, under each area's path.
export async function InboxPage({
  personId,
  base,
  page,
  locale,
}: {
  personId: string;
  base: string;
  page?: string;
  locale: string;
}) {
  const t = await getTranslations("announcements");
  const current = Math.max(1, Math.min(10_000, Number.parseInt(page ?? "1", 10) || 1));
  const inbox = await announcementInbox(personId, current);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold" data-testid="inbox-title">
          {t("inbox.title")}
        </h1>
        <p className="text-sm text-slate-600" data-testid="inbox-counts">
          {t("inbox.counts", { total: inbox.total, unread: inbox.unread })}
        </p>
      </div>
      <Card>
        {inbox.items.length === 0 ? (
          <p className="text-sm text-slate-600">{t("inbox.empty")}</p>
        ) : (
          <InboxList items={inbox.items} base={base} locale={locale} />
        )}
        {inbox.pages > 1 ? (
          <nav className="mt-4 flex items-center gap-3 text-sm" aria-label={t("inbox.title")}>
            {current > 1 ? (
              <Link
                href={{ pathname: base, query: { page: current - 1 } }}
                className="text-brand-700 underline"
              >
                {t("prevPage")}
              </Link>
            ) : null}
            <span>{t("pageOf", { page: current, pages: inbox.pages })}</span>
            {current < inbox.pages ? (
              <Link
                href={{ pathname: base, query: { page: current + 1 } }}
                className="text-brand-700 underline"
              >
                {t("nextPage")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
