-- CreateIndex
CREATE INDEX "Signal_counting_since_idx" ON "Signal"("since", "subjectUserId", "kind", "unitId", "taskId", "stepId", "consultationId", "directiveId") WHERE ("countsAgainstPerson");
