-- CreateIndex
CREATE INDEX "AnnouncementRecipient_announcementId_organizationId_readAt_idx" ON "AnnouncementRecipient"("announcementId", "organizationId", "readAt");
