import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";

// Deletes (hides) a published announcement of the organisation: recipients no longer see it; the rows stay.
export async function deleteAnnouncement(
  actor: Actor,
  organizationId: string,
  id: string,
  now: Date,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const updated = await tx.announcement.updateMany({
      where: { id, organizationId, deletedAt: null },
      data: { deletedAt: now },
    });
    if (updated.count === 0) throw new AppError("not_found");
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "announcement.delete",
      entityType: "Announcement",
      entityId: id,
      organizationId,
      before: { deletedAt: null },
      after: { deletedAt: now },
    });
  });
}
