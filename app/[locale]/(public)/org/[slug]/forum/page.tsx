import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/profile/empty-state";
import { NewTopicForm } from "@/components/profile/forum-forms";
import { formatDateTime } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";
import { forumTopics } from "@/lib/profile/forum";
import { shownName } from "@/lib/profile/names";
import { profileForPage, type ProfileParams } from "@/lib/profile/page-profile";

export async function generateMetadata({ params }: { params: ProfileParams }) {
  const { locale, profile } = await profileForPage(params);
  const t = await getTranslations({ locale, namespace: "profile.tabs" });
  return { title: `${t("forum")} — ${orgShortName(profile.org, locale)}` };
}

// The Forum tab: topics with the latest activity first; "Open a topic" for whom the setting allows.
export default async function OrgForumPage({ params }: { params: ProfileParams }) {
  const { locale, profile, slug } = await profileForPage(params, "forum");
  const t = await getTranslations("profile.forum");
  const { org, view, viewer } = profile;
  const topics = await forumTopics(org.id, view);
  return (
    <ClientMessages namespaces={["profile.forum"]}>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card title={t("title")} testId="forum-topics" className="lg:col-span-2">
          {topics.length === 0 ? (
            <EmptyState testId="forum-empty">{t("empty")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {topics.map((topic) => (
                <li key={topic.id} className="py-3" data-testid="forum-topic">
                  <Link
                    href={`/org/${slug}/forum/${topic.id}`}
                    className="font-semibold break-words text-brand-700 hover:underline"
                  >
                    {topic.title}
                  </Link>
                  {topic.closedAt ? (
                    <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
                      {t("closed")}
                    </span>
                  ) : null}
                  <p className="text-xs text-slate-500">
                    {t("startedBy", {
                      name: shownName(topic.author),
                      at: formatDateTime(topic.createdAt, locale, org.timeZone),
                    })}{" "}
                    · {t("posts", { count: topic.posts })} ·{" "}
                    {t("lastPost", { at: formatDateTime(topic.lastPostAt, locale, org.timeZone) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div>
          {view.forum.createTopic ? (
            <Card title={t("newTopic")} testId="forum-new-topic">
              <NewTopicForm organizationId={org.id} />
            </Card>
          ) : !viewer.signedIn ? (
            <Card>
              <p className="text-sm text-slate-600">
                <Link
                  href={`/sign-in?next=${encodeURIComponent(`/org/${slug}/forum`)}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {t("signIn")}
                </Link>{" "}
                {t("signInHint")}
              </p>
            </Card>
          ) : null}
        </div>
      </div>
    </ClientMessages>
  );
}
