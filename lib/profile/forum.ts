import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { ProfileView } from "./visibility";

// The Forum tab (SPEC §3.1): topics, newest activity first, and a topic's posts in order. Hidden posts
// stay in the database; only moderators and administrators see them (marked), everyone else does not,
// and the counts they see leave them out. The pages call these only when the view lets them read.

const author = { select: { id: true, lastName: true, firstName: true } } as const;

// The topics of the organisation's forum with their visible posts' count and last post time.
export async function forumTopics(organizationId: string, view: ProfileView) {
  const visible = view.forum.moderate ? {} : { hiddenAt: null };
  const topics = await prisma.forumTopic.findMany({
    where: { organizationId },
    select: {
      id: true,
      title: true,
      createdAt: true,
      closedAt: true,
      author,
      _count: { select: { posts: { where: visible } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  const last = await prisma.forumPost.groupBy({
    by: ["topicId"],
    where: { topicId: { in: topics.map((t) => t.id) }, ...visible },
    _max: { createdAt: true },
  });
  const lastAt = new Map(last.map((l) => [l.topicId, l._max.createdAt]));
  return topics
    .map((t) => ({ ...t, posts: t._count.posts, lastPostAt: lastAt.get(t.id) ?? t.createdAt }))
    .sort((a, b) => b.lastPostAt.getTime() - a.lastPostAt.getTime());
}

// A topic of the organisation with its posts (hidden ones only for moderators), or null.
export async function forumTopic(organizationId: string, topicId: string, view: ProfileView) {
  if (topicId.length > 64) return null;
  return prisma.forumTopic.findFirst({
    where: { id: topicId, organizationId },
    select: {
      id: true,
      title: true,
      createdAt: true,
      closedAt: true,
      author,
      posts: {
        where: view.forum.moderate ? {} : { hiddenAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, createdAt: true, hiddenAt: true, author },
      },
    },
  });
}
