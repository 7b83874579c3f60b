"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { FormTextarea } from "@/components/forms/form-textarea";
import { createTopicAction, hidePostAction, replyAction } from "@/lib/profile/actions";

// "Open a topic": its title and first message.
export function NewTopicForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("profile.forum");
  return (
    <ActionForm
      action={createTopicAction}
      submitLabel={t("createTopic")}
      hidden={{ organizationId }}
      resetOnSuccess
      testId="topic-create"
      className="space-y-3"
    >
      <FormField name="title" label={t("topicTitle")} required maxLength={200} idPrefix="topic-" />
      <FormTextarea name="body" label={t("body")} required maxLength={5000} rows={4} idPrefix="topic-" />
    </ActionForm>
  );
}

// A reply in a topic.
export function ReplyForm({ topicId }: { topicId: string }) {
  const t = useTranslations("profile.forum");
  return (
    <ActionForm
      action={replyAction}
      submitLabel={t("replySubmit")}
      hidden={{ topicId }}
      resetOnSuccess
      testId="forum-reply"
      className="space-y-3"
    >
      <FormTextarea name="body" label={t("reply")} required maxLength={5000} rows={4} idPrefix="reply-" />
    </ActionForm>
  );
}

// Hide a post, or show a hidden one again (moderators and administrators).
export function HidePostForm({ postId, hidden }: { postId: string; hidden: boolean }) {
  const t = useTranslations("profile.forum");
  return (
    <ActionForm
      action={hidePostAction}
      submitLabel={hidden ? t("unhide") : t("hide")}
      variant="secondary"
      hidden={{ postId, hidden: hidden ? "" : "1" }}
      testId={`post-hide-${postId}`}
      className="flex flex-col items-end gap-1"
    />
  );
}
