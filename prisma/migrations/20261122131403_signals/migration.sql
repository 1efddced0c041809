-- CreateEnum
CREATE TYPE "SignalKind" AS ENUM ('OVERDUE_NO_EXTENSION', 'PING_PONG', 'RETURN_OVERRULED', 'CONSULTATION_LATE', 'CONSULTATION_UNANSWERED', 'CONSULTATION_VAGUE', 'STALLED', 'UNDECIDED');

-- CreateEnum
CREATE TYPE "SignalAnswerStatus" AS ENUM ('UNANSWERED', 'ANSWERED', 'ACCEPTED', 'REJECTED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'SIGNAL_ANSWERED';
ALTER TYPE "EventKind" ADD VALUE 'SIGNAL_ANSWER_ACCEPTED';
ALTER TYPE "EventKind" ADD VALUE 'SIGNAL_ANSWER_REJECTED';

-- CreateTable
CREATE TABLE "Signal" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "SignalKind" NOT NULL,
    "subjectUserId" TEXT,
    "unitId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "directiveId" TEXT NOT NULL,
    "stepId" TEXT,
    "consultationId" TEXT,
    "since" TIMESTAMP(3) NOT NULL,
    "explanation" TEXT NOT NULL,
    "evidenceEventIds" TEXT[],
    "metrics" JSONB NOT NULL DEFAULT '{}',
    "detectedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "answerStatus" "SignalAnswerStatus" NOT NULL DEFAULT 'UNANSWERED',
    "countsAgainstPerson" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Signal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignalAnswer" (
    "id" TEXT NOT NULL,
    "signalId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "SignalAnswerStatus" NOT NULL DEFAULT 'ANSWERED',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,

    CONSTRAINT "SignalAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Signal_key_key" ON "Signal"("key");

-- CreateIndex
CREATE INDEX "Signal_unitId_kind_since_idx" ON "Signal"("unitId", "kind", "since");

-- CreateIndex
CREATE INDEX "Signal_subjectUserId_since_idx" ON "Signal"("subjectUserId", "since");

-- CreateIndex
CREATE INDEX "Signal_taskId_idx" ON "Signal"("taskId");

-- CreateIndex
CREATE INDEX "Signal_directiveId_idx" ON "Signal"("directiveId");

-- CreateIndex
CREATE INDEX "SignalAnswer_signalId_idx" ON "SignalAnswer"("signalId");

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_subjectUserId_fkey" FOREIGN KEY ("subjectUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalAnswer" ADD CONSTRAINT "SignalAnswer_signalId_fkey" FOREIGN KEY ("signalId") REFERENCES "Signal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalAnswer" ADD CONSTRAINT "SignalAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalAnswer" ADD CONSTRAINT "SignalAnswer_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
