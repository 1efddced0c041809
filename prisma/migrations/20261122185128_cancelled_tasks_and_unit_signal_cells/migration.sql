-- CreateIndex
CREATE INDEX "RollupSignalCell_unitId_month_kind_n_idx" ON "RollupSignalCell"("unitId", "month", "kind", "n") WHERE ("personId" = '');

-- CreateIndex
CREATE INDEX "Task_id_idx" ON "Task"("id") WHERE (status = 'CANCELLED');
