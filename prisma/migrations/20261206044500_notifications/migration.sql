-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('STEP_ASSIGNED', 'STEP_TURN', 'RETURN_AWAITING_RULING', 'RETURN_UPHELD', 'RETURN_OVERRULED', 'EXTENSION_AWAITING', 'EXTENSION_APPROVED', 'EXTENSION_REJECTED', 'CONSULTATION_REQUESTED', 'CONSULTATION_ANSWERED', 'CONSULTATION_VAGUE', 'SIGNAL_RAISED', 'SIGNAL_ANSWER_ACCEPTED', 'SIGNAL_ANSWER_REJECTED', 'ESCALATION_RECEIVED');

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actorId" TEXT,
    "eventId" TEXT,
    "taskId" TEXT,
    "stepId" TEXT,
    "consultationId" TEXT,
    "signalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_recipientId_createdAt_id_idx" ON "Notification"("recipientId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Notification_unread_idx" ON "Notification"("recipientId", "createdAt" DESC, "id" DESC) WHERE ("readAt" IS NULL);

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "TaskStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_signalId_fkey" FOREIGN KEY ("signalId") REFERENCES "Signal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
