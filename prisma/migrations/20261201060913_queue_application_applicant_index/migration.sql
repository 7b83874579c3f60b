-- CreateIndex
CREATE INDEX "QueueApplication_applicantId_idx" ON "QueueApplication"("applicantId");
