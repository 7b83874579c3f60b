import "server-only";
import { prisma } from "@/lib/db/prisma";

// Announcements addressed to a person (published, not deleted), newest first.
export async function announcementInbox(personId: string, limit = 10) {
  return prisma.announcementRecipient.findMany({
    where: { personId, announcement: { publishedAt: { not: null }, deletedAt: null } },
    include: { announcement: { include: { organization: true } } },
    orderBy: { announcement: { publishedAt: "desc" } },
    take: limit,
  });
}
