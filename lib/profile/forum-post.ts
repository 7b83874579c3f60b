import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import { postResource, topicResource } from "./resources";

// Anyone signed in who may read the forum replies in a topic; a closed topic takes no replies (the topic
// row is locked for the check, so a reply never lands after the topic closed).
export async function replyInTopic(actor: Actor, input: { topicId: string; body: string }, now: Date) {
  const resource = await topicResource(input.topicId);
  authorize(actor, "profile.forum.reply", resource);
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ForumTopic" WHERE id = ${input.topicId} FOR UPDATE`;
    const topic = await tx.forumTopic.findFirst({
      where: { id: input.topicId, organizationId: resource.organizationId },
    });
    if (!topic) throw new AppError("not_found");
    if (topic.closedAt) throw new Refusal("profile.forum.closedTopic");
    const post = await tx.forumPost.create({
      data: { topicId: topic.id, authorId: actor.personId, body: input.body, createdAt: now },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "forum_post.create",
      entityType: "ForumPost",
      entityId: post.id,
      organizationId: topic.organizationId,
      after: post,
    });
    return post;
  });
}

// A moderator or an administrator hides a post (it stays, shown to moderators only, marked) or shows it
// again. Hiding a hidden post (or showing a shown one) changes nothing and writes no audit record.
export async function setPostHidden(actor: Actor, postId: string, hidden: boolean, now: Date) {
  const resource = await postResource(postId);
  authorize(actor, "profile.forum.moderate", resource);
  return prisma.$transaction(async (tx) => {
    const before = await tx.forumPost.findFirst({
      where: { id: postId, topic: { organizationId: resource.organizationId } },
    });
    if (!before) throw new AppError("not_found");
    if (!!before.hiddenAt === hidden) return before;
    const after = await tx.forumPost.update({
      where: { id: postId },
      data: hidden ? { hiddenAt: now, hiddenById: actor.personId } : { hiddenAt: null, hiddenById: null },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: hidden ? "forum_post.hide" : "forum_post.unhide",
      entityType: "ForumPost",
      entityId: postId,
      organizationId: resource.organizationId,
      before: { hiddenAt: before.hiddenAt, hiddenById: before.hiddenById },
      after: { hiddenAt: after.hiddenAt, hiddenById: after.hiddenById },
    });
    return after;
  });
}
