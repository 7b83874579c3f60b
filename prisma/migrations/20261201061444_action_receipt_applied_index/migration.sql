-- CreateIndex
CREATE INDEX "ActionReceipt_appliedAt_idx" ON "ActionReceipt"("appliedAt");
