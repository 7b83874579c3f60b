-- CreateIndex
CREATE INDEX "QueueApplicationChoice_organizationId_idx" ON "QueueApplicationChoice"("organizationId");
