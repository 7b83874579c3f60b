import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { inboxItem } from "@/lib/announcement/inbox";
import { recipientResource } from "@/lib/announcement/resources";
import type { Actor } from "@/lib/auth/actor";
import { formatDate, formatDateTime } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";
import { BodyText } from "./body-text";
import { MarkRead } from "./mark-read";

// An announcement opened by its recipient: the text, who sent it and when, the read-by date; opening it
// marks it read (once — the first time is kept). Anyone else — and everyone once it is deleted — gets 404.
export async function InboxItemPage({
  actor,
  id,
  base,
  locale,
}: {
  actor: Actor;
  id: string;
  base: string;
  locale: Locale;
}) {
  const resource = await recipientResource(id, actor);
  if (!resource.recipientId) notFound();
  await requirePage(locale, "announcement.read", resource);
  const item = await inboxItem(actor.personId, id);
  if (!item) notFound();
  const t = await getTranslations("announcements");
  const a = item.announcement;
  return (
    <div className="space-y-6">
      <p>
        <Link href={base} className="text-sm text-brand-700 hover:underline">
          ← {t("inbox.back")}
        </Link>
      </p>
      <Card>
        <article className="space-y-4" data-testid="inbox-announcement">
          <header className="space-y-1">
            <h1 className="text-2xl font-bold" data-testid="inbox-announcement-title">
              {a.title}
            </h1>
            <p className="text-sm text-slate-600">
              {orgShortName(a.organization, locale)} · {formatDateTime(a.publishedAt, locale)}
              {a.readByDate ? ` · ${t("inbox.readBy", { date: formatDate(a.readByDate, locale) })}` : ""}
            </p>
          </header>
          <BodyText text={a.body} testId="inbox-announcement-body" />
          <MarkRead
            id={a.id}
            readAt={item.readAt?.toISOString() ?? null}
            readLabel={t("inbox.readAt", { date: item.readAt ? formatDateTime(item.readAt, locale) : "" })}
            nowLabel={t("inbox.markedRead")}
          />
        </article>
      </Card>
    </div>
  );
}
