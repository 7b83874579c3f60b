import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { dayOf } from "@/lib/profile/names";
import { EmptyState } from "./empty-state";

type News = { id: string; title: string; body: string; publishedAt: Date };

// The organisation's news, newest first.
export async function NewsList({ news, locale, tz }: { news: News[]; locale: string; tz: string }) {
  const t = await getTranslations("profile.home");
  return (
    <Card title={t("news")} testId="profile-news">
      {news.length === 0 ? (
        <EmptyState testId="profile-news-empty">{t("noNews")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {news.map((n) => (
            <li key={n.id} className="py-4 first:pt-0 last:pb-0" data-testid="profile-news-item">
              <p className="text-xs text-slate-500">
                <time dateTime={n.publishedAt.toISOString()}>{dayOf(n.publishedAt, locale, tz)}</time>
              </p>
              <h3 className="mt-0.5 font-semibold break-words text-slate-900">{n.title}</h3>
              <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-700">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
