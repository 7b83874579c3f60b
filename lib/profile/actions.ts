"use server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { documentResource, gatedResource, orgResource, postResource, topicResource } from "./resources";
import {
  documentIdSchema,
  documentSchema,
  folderSchema,
  hidePostSchema,
  replySchema,
  topicSchema,
  wallPostSchema,
} from "./schemas";
import { postOnWall } from "./wall-post";
import { createDocumentFolder } from "./document-folder";
import { uploadDocument } from "./document-upload";
import { deleteDocument } from "./document-delete";
import { createForumTopic } from "./forum-topic";
import { replyInTopic, setPostHidden } from "./forum-post";

// The actions of an organisation's public profile (lib/profile; who may: lib/auth/policy.ts "profile.*").
const profile: Revalidation[] = [["/[locale]/org/[slug]", "layout"]];

// A member of the organisation writes on its message wall.
export const wallPostAction = formAction({
  name: "profile.wall_post",
  permission: "profile.wall.post",
  schema: wallPostSchema,
  resource: (input) => orgResource(input.organizationId),
  run: async ({ actor, input, now }) => {
    await postOnWall(actor, input, now);
    return { message: "profile.wall.posted" };
  },
  revalidate: profile,
});

// An administrator creates a documents folder.
export const createFolderAction = formAction({
  name: "profile.folder_create",
  permission: "profile.documents.manage",
  schema: folderSchema,
  resource: (input) => gatedResource(input.organizationId, "documents.read"),
  run: async ({ actor, input }) => {
    await createDocumentFolder(actor, input);
    return { message: "profile.documents.folderCreated" };
  },
  revalidate: profile,
});

// Whoever the who-may-upload setting names uploads a document of any format (up to 20 MB).
export const uploadDocumentAction = formAction({
  name: "profile.document_upload",
  permission: "profile.documents.upload",
  schema: documentSchema,
  input: (formData) => ({
    organizationId: formData.get("organizationId"),
    title: formData.get("title") ?? "",
    folderId: formData.get("folderId") ?? "",
    file: formData.get("file"),
  }),
  resource: (input) => gatedResource(input.organizationId, "documents.upload"),
  run: async ({ actor, input, now }) => {
    await uploadDocument(actor, input, now);
    return { message: "profile.documents.uploaded" };
  },
  revalidate: profile,
});

// An administrator deletes a document.
export const deleteDocumentAction = formAction({
  name: "profile.document_delete",
  permission: "profile.documents.manage",
  schema: documentIdSchema,
  resource: (input) => documentResource(input.documentId),
  refusedAs: "not_found",
  run: async ({ actor, input }) => {
    await deleteDocument(actor, input.documentId);
    return { message: "profile.documents.deleted" };
  },
  revalidate: profile,
});

// Whoever reaches the who-may-open-topics level opens a forum topic with its first post.
export const createTopicAction = formAction({
  name: "profile.topic_create",
  permission: "profile.forum.create_topic",
  schema: topicSchema,
  resource: (input) => gatedResource(input.organizationId, "forum.topic"),
  run: async ({ actor, input, now }) => {
    await createForumTopic(actor, input, now);
    return { message: "profile.forum.topicCreated" };
  },
  revalidate: profile,
});

// Anyone signed in who may read the forum replies in an open topic.
export const replyAction = formAction({
  name: "profile.forum_reply",
  permission: "profile.forum.reply",
  schema: replySchema,
  resource: (input) => topicResource(input.topicId),
  run: async ({ actor, input, now }) => {
    await replyInTopic(actor, input, now);
    return { message: "profile.forum.replied" };
  },
  revalidate: profile,
});

// A moderator or an administrator hides a forum post, or shows it again.
export const hidePostAction = formAction({
  name: "profile.post_hide",
  permission: "profile.forum.moderate",
  schema: hidePostSchema,
  resource: (input) => postResource(input.postId),
  refusedAs: "not_found",
  run: async ({ actor, input, now }) => {
    await setPostHidden(actor, input.postId, input.hidden, now);
    return { message: input.hidden ? "profile.forum.hidden" : "profile.forum.shown" };
  },
  revalidate: profile,
});
