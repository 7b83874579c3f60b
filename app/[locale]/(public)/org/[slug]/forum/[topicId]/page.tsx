import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { HidePostForm, ReplyForm } from "@/components/profile/forum-forms";
import { formatDateTime } from "@/lib/format";
import { forumTopic } from "@/lib/profile/forum";
import { shownName } from "@/lib/profile/names";
import { profileForPage } from "@/lib/profile/page-profile";

type Params = Promise<{ locale: string; slug: string; topicId: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { profile } = await profileForPage(params, "forum");
  const topic = await forumTopic(profile.org.id, (await params).topicId, profile.view);
  return { title: topic?.title };
}

// A forum topic: its posts in order (hidden ones only for moderators, marked), a reply for anyone signed
// in who may read (not in a closed topic), hide / show again for moderators and administrators.
export default async function ForumTopicPage({ params }: { params: Params }) {
  const { locale, profile, slug } = await profileForPage(params, "forum");
  const t = await getTranslations("profile.forum");
  const { org, view, viewer } = profile;
  const topic = await forumTopic(org.id, (await params).topicId, view);
  if (!topic) notFound();
  return (
    <ClientMessages namespaces={["profile.forum"]}>
      <div className="space-y-4">
        <Link href={`/org/${slug}/forum`} className="text-sm font-medium text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <Card title={topic.title} testId="forum-topic-view">
          <ol className="space-y-3">
            {topic.posts.map((p) => (
              <li
                key={p.id}
                className={`rounded-md px-3 py-2 ${p.hiddenAt ? "bg-amber-50 ring-1 ring-amber-200" : "bg-slate-50"}`}
                data-testid="forum-post"
                data-hidden={p.hiddenAt ? "1" : "0"}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="text-xs text-slate-500">
                    <span className="font-medium text-slate-700">{shownName(p.author)}</span> ·{" "}
                    {formatDateTime(p.createdAt, locale, org.timeZone)}
                    {p.hiddenAt ? (
                      <span
                        className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 font-medium text-amber-900"
                        data-testid="forum-post-hidden"
                      >
                        {t("hiddenMark")}
                      </span>
                    ) : null}
                  </p>
                  {view.forum.moderate ? <HidePostForm postId={p.id} hidden={!!p.hiddenAt} /> : null}
                </div>
                <p
                  className={`mt-1 text-sm break-words whitespace-pre-line ${p.hiddenAt ? "text-slate-500" : ""}`}
                >
                  {p.body}
                </p>
              </li>
            ))}
          </ol>
        </Card>
        {topic.closedAt ? (
          <Alert tone="info" testId="forum-topic-closed">
            {t("closedTopic")}
          </Alert>
        ) : view.forum.reply ? (
          <Card title={t("reply")}>
            <ReplyForm topicId={topic.id} />
          </Card>
        ) : !viewer.signedIn ? (
          <p className="text-sm text-slate-600">
            <Link
              href={`/sign-in?next=${encodeURIComponent(`/org/${slug}/forum/${topic.id}`)}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {t("signIn")}
            </Link>{" "}
            {t("signInToReply")}
          </p>
        ) : null}
      </div>
    </ClientMessages>
  );
}
