import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormTextarea } from "@/components/forms/form-textarea";
import { formatDateTime } from "@/lib/format";
import { wallPostAction } from "@/lib/profile/actions";
import { shownName } from "@/lib/profile/names";
import { EmptyState } from "./empty-state";

type Post = { id: string; body: string; createdAt: Date; author: { lastName: string; firstName: string } };

// The message wall: the latest messages for every visitor; the organisation's staff write here.
export async function Wall({
  organizationId,
  posts,
  canPost,
  locale,
  tz,
}: {
  organizationId: string;
  posts: Post[];
  canPost: boolean;
  locale: string;
  tz: string;
}) {
  const t = await getTranslations("profile.wall");
  return (
    <Card title={t("title")} testId="profile-wall">
      {canPost ? (
        <ActionForm
          action={wallPostAction}
          submitLabel={t("submit")}
          hidden={{ organizationId }}
          resetOnSuccess
          testId="wall-form"
          className="mb-4 space-y-3"
        >
          <FormTextarea name="body" label={t("body")} required maxLength={2000} rows={2} />
        </ActionForm>
      ) : null}
      {posts.length === 0 ? (
        <EmptyState testId="profile-wall-empty">{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {posts.map((p) => (
            <li key={p.id} className="rounded-md bg-slate-50 px-3 py-2" data-testid="wall-post">
              <p className="text-xs text-slate-500">
                <span className="font-medium text-slate-700">{shownName(p.author)}</span> ·{" "}
                {formatDateTime(p.createdAt, locale, tz)}
              </p>
              <p className="mt-1 text-sm break-words whitespace-pre-line">{p.body}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
