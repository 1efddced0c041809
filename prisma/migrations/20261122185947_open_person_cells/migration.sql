-- CreateIndex
CREATE INDEX "RollupPersonCell_open_idx" ON "RollupPersonCell"("level", "personId", "month") WHERE (state = 'OPEN');
