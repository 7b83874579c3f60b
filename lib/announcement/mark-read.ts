import "server-only";
import { prisma } from "@/lib/db/prisma";

// Marks the announcement read by this recipient, once: the first opening's time is kept. Returns when it
// was read (null when the person is not a recipient of a published, undeleted announcement).
export async function markAnnouncementRead(personId: string, id: string, now: Date): Promise<Date | null> {
  await prisma.announcementRecipient.updateMany({
    where: {
      announcementId: id,
      personId,
      readAt: null,
      announcement: { publishedAt: { not: null }, deletedAt: null },
    },
    data: { readAt: now },
  });
  const row = await prisma.announcementRecipient.findUnique({
    where: { announcementId_personId: { announcementId: id, personId } },
    select: { readAt: true, announcement: { select: { deletedAt: true } } },
  });
  return row && !row.announcement.deletedAt ? row.readAt : null;
}
