import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { excerptOf } from "@/lib/announcement/body";
import type { InboxItem } from "@/lib/announcement/inbox";
import { formatDate } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";

// A recipient's announcements, unread ones marked "new": the title (opening it marks it read), who sent it,
// when, the read-by date and the start of the text.
export async function InboxList({
  items,
  base,
  locale,
}: {
  items: InboxItem[];
  base: string;
  locale: string;
}) {
  const t = await getTranslations("announcements");
  return (
    <ul className="divide-y divide-slate-100" data-testid="inbox-list">
      {items.map(({ announcement: a, readAt }) => (
        <li
          key={a.id}
          className="py-3 text-sm"
          data-testid="inbox-item"
          data-read={readAt ? "1" : "0"}
          data-id={a.id}
        >
          <div className="flex flex-wrap items-center gap-2">
            {!readAt ? (
              <span className="rounded-full bg-red-600 px-2 py-0.5 text-xs font-semibold text-white">
                {t("inbox.new")}
              </span>
            ) : null}
            <Link
              href={`${base}/${a.id}`}
              prefetch={false}
              className={`text-brand-700 hover:underline ${readAt ? "" : "font-semibold"}`}
              data-testid="inbox-link"
            >
              {a.title}
            </Link>
          </div>
          <p className="text-slate-600">
            {orgShortName(a.organization, locale)} · {formatDate(a.publishedAt, locale)}
            {a.readByDate ? ` · ${t("inbox.readBy", { date: formatDate(a.readByDate, locale) })}` : ""}
          </p>
          <p className="text-slate-500">{excerptOf(a.body)}</p>
        </li>
      ))}
    </ul>
  );
}
