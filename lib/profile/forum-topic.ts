import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import { gatedResource } from "./resources";

// Whoever reaches the forum's who-may-open-topics level opens a topic with its first post.
export async function createForumTopic(
  actor: Actor,
  input: { organizationId: string; title: string; body: string },
  now: Date,
) {
  const resource = await gatedResource(input.organizationId, "forum.topic");
  authorize(actor, "profile.forum.create_topic", resource);
  return prisma.$transaction(async (tx) => {
    const topic = await tx.forumTopic.create({
      data: {
        organizationId: resource.organizationId,
        title: input.title,
        authorId: actor.personId,
        createdAt: now,
        posts: { create: { authorId: actor.personId, body: input.body, createdAt: now } },
      },
      include: { posts: true },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "forum_topic.create",
      entityType: "ForumTopic",
      entityId: topic.id,
      organizationId: topic.organizationId,
      after: topic,
    });
    return topic;
  });
}
