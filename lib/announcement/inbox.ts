import "server-only";
import { prisma } from "@/lib/db/prisma";

// A recipient's side: the announcements stored for a person at publication (published, not deleted),
// unread first, then newest first; the unread count of the header's badge; one announcement to open.
// A person reached several ways has one row per announcement, so sees it once.

export const INBOX_PAGE_SIZE = 30;

const live = { publishedAt: { not: null }, deletedAt: null } as const;

const ITEM = {
  announcementId: true,
  readAt: true,
  announcement: {
    select: {
      id: true,
      title: true,
      body: true,
      readByDate: true,
      publishedAt: true,
      organization: { select: { shortNameKk: true, shortNameRu: true } },
    },
  },
} as const;

// How many announcements the person has not read yet (the badge).
export async function unreadCount(personId: string): Promise<number> {
  return prisma.announcementRecipient.count({ where: { personId, readAt: null, announcement: live } });
}

// The person's announcements, unread first, then newest first — a page of them and how many pages there are.
export async function announcementInbox(personId: string, page = 1, size = INBOX_PAGE_SIZE) {
  const start = (page - 1) * size;
  const [unread, total] = await Promise.all([
    unreadCount(personId),
    prisma.announcementRecipient.count({ where: { personId, announcement: live } }),
  ]);
  const newest = [{ announcement: { publishedAt: "desc" as const } }, { announcementId: "asc" as const }];
  const fromUnread = Math.max(0, Math.min(size, unread - start));
  const [first, rest] = await Promise.all([
    fromUnread > 0
      ? prisma.announcementRecipient.findMany({
          where: { personId, readAt: null, announcement: live },
          select: ITEM,
          orderBy: newest,
          skip: start,
          take: fromUnread,
        })
      : [],
    size - fromUnread > 0
      ? prisma.announcementRecipient.findMany({
          where: { personId, readAt: { not: null }, announcement: live },
          select: ITEM,
          orderBy: newest,
          skip: Math.max(0, start - unread),
          take: size - fromUnread,
        })
      : [],
  ]);
  return { items: [...first, ...rest], total, unread, pages: Math.max(1, Math.ceil(total / size)) };
}

// The homes' card: the unread ones first (newest first), topped up with the latest read ones.
export async function inboxPreview(personId: string, limit = 5) {
  const { items } = await announcementInbox(personId, 1, limit);
  return items;
}

// One announcement addressed to the person (null when it is not theirs, not published, or deleted).
export async function inboxItem(personId: string, announcementId: string) {
  return prisma.announcementRecipient.findFirst({
    where: { personId, announcementId, announcement: live },
    select: ITEM,
  });
}

export type InboxItem = NonNullable<Awaited<ReturnType<typeof inboxItem>>>;
