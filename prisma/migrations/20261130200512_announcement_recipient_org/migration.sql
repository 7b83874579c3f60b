-- AlterTable
ALTER TABLE "AnnouncementRecipient" ADD COLUMN     "organizationId" TEXT,
ADD COLUMN     "via" TEXT NOT NULL DEFAULT 'staff';

-- CreateIndex
CREATE INDEX "AnnouncementRecipient_announcementId_readAt_idx" ON "AnnouncementRecipient"("announcementId", "readAt");
