-- CreateEnum
CREATE TYPE "RecurrenceFrequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "RecurrenceDeadlineRule" AS ENUM ('FIXED_DAY', 'WORKING_DAYS_AFTER_PERIOD');

-- AlterEnum
ALTER TYPE "EventKind" ADD VALUE 'RECURRENCE_CHANGED';

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "recurrenceId" TEXT,
ADD COLUMN     "recurrencePeriod" TEXT;

-- CreateTable
CREATE TABLE "TaskRecurrence" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "directiveId" TEXT NOT NULL,
    "leadUnitId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "priority" "Priority" NOT NULL DEFAULT 'NORMAL',
    "frequency" "RecurrenceFrequency" NOT NULL,
    "deadlineRule" "RecurrenceDeadlineRule" NOT NULL,
    "deadlineDay" INTEGER,
    "deadlineNextMonth" BOOLEAN NOT NULL DEFAULT false,
    "deadlineOffset" INTEGER,
    "leadDays" INTEGER NOT NULL DEFAULT 7,
    "startsOn" TEXT NOT NULL,
    "stoppedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskRecurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRecurrenceStep" (
    "id" TEXT NOT NULL,
    "recurrenceId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "StepKind" NOT NULL,
    "ownerId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "durationDays" INTEGER NOT NULL,

    CONSTRAINT "TaskRecurrenceStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskRecurrence_leadUnitId_createdAt_idx" ON "TaskRecurrence"("leadUnitId", "createdAt");

-- CreateIndex
CREATE INDEX "TaskRecurrenceStep_ownerId_idx" ON "TaskRecurrenceStep"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRecurrenceStep_recurrenceId_order_key" ON "TaskRecurrenceStep"("recurrenceId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Task_recurrenceId_recurrencePeriod_key" ON "Task"("recurrenceId", "recurrencePeriod");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_recurrenceId_fkey" FOREIGN KEY ("recurrenceId") REFERENCES "TaskRecurrence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRecurrence" ADD CONSTRAINT "TaskRecurrence_directiveId_fkey" FOREIGN KEY ("directiveId") REFERENCES "Directive"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRecurrence" ADD CONSTRAINT "TaskRecurrence_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRecurrence" ADD CONSTRAINT "TaskRecurrence_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ProcessTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRecurrence" ADD CONSTRAINT "TaskRecurrence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRecurrenceStep" ADD CONSTRAINT "TaskRecurrenceStep_recurrenceId_fkey" FOREIGN KEY ("recurrenceId") REFERENCES "TaskRecurrence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRecurrenceStep" ADD CONSTRAINT "TaskRecurrenceStep_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
