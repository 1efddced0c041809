-- CreateIndex
CREATE INDEX "TaskStep_ownerId_deadline_idx" ON "TaskStep"("ownerId", "deadline");

-- CreateIndex
CREATE INDEX "TaskStep_ownerId_completedAt_idx" ON "TaskStep"("ownerId", "completedAt") WHERE ("completedAt" IS NOT NULL);
