-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('SELF_ASSESSED', 'ASSESSED', 'APPROVED');

-- CreateEnum
CREATE TYPE "EvaluationGrade" AS ENUM ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED');

-- CreateEnum
CREATE TYPE "ManualProductStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'REFUSED');

-- CreateEnum
CREATE TYPE "PersonnelDecisionKind" AS ENUM ('REVIEW', 'COMMENDATION', 'REWARD');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'EVALUATION_SCHEME_CHANGED';
ALTER TYPE "EventKind" ADD VALUE 'EVALUATION_SELF_ASSESSED';
ALTER TYPE "EventKind" ADD VALUE 'EVALUATION_ASSESSED';
ALTER TYPE "EventKind" ADD VALUE 'EVALUATION_APPROVED';
ALTER TYPE "EventKind" ADD VALUE 'EVALUATION_CORRECTED';
ALTER TYPE "EventKind" ADD VALUE 'EVALUATION_PRODUCT_ADDED';
ALTER TYPE "EventKind" ADD VALUE 'EVALUATION_PRODUCT_REVIEWED';
ALTER TYPE "EventKind" ADD VALUE 'PERSONNEL_DECISION_RECORDED';

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "evaluationWeight" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "EvaluationPeriodScheme" (
    "periodKey" TEXT NOT NULL,
    "scheme" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationPeriodScheme_pkey" PRIMARY KEY ("periodKey")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "EvaluationStatus" NOT NULL,
    "selfSummary" TEXT,
    "selfGeneralPoints" DOUBLE PRECISION,
    "selfAssessedAt" TIMESTAMP(3),
    "generalPoints" DOUBLE PRECISION,
    "assessmentNote" TEXT,
    "marks" JSONB NOT NULL DEFAULT '{}',
    "assessorId" TEXT,
    "assessedAt" TIMESTAMP(3),
    "approverId" TEXT,
    "approvedAt" TIMESTAMP(3),
    "taskPoints" DOUBLE PRECISION,
    "total" DOUBLE PRECISION,
    "grade" "EvaluationGrade",
    "frozen" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManualProduct" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "evidenceNote" TEXT,
    "weight" DOUBLE PRECISION NOT NULL,
    "completedOn" DATE NOT NULL,
    "status" "ManualProductStatus" NOT NULL DEFAULT 'PROPOSED',
    "reviewerId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManualProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonnelDecision" (
    "id" TEXT NOT NULL,
    "kind" "PersonnelDecisionKind" NOT NULL,
    "userId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "periodKey" TEXT,
    "form" TEXT NOT NULL,
    "documentNumber" TEXT NOT NULL,
    "documentDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonnelDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Evaluation_unitId_periodKey_idx" ON "Evaluation"("unitId", "periodKey");

-- CreateIndex
CREATE INDEX "Evaluation_periodKey_idx" ON "Evaluation"("periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_userId_periodKey_key" ON "Evaluation"("userId", "periodKey");

-- CreateIndex
CREATE INDEX "ManualProduct_userId_periodKey_idx" ON "ManualProduct"("userId", "periodKey");

-- CreateIndex
CREATE INDEX "PersonnelDecision_userId_createdAt_idx" ON "PersonnelDecision"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "PersonnelDecision_unitId_createdAt_idx" ON "PersonnelDecision"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "PersonnelDecision_periodKey_idx" ON "PersonnelDecision"("periodKey");

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualProduct" ADD CONSTRAINT "ManualProduct_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualProduct" ADD CONSTRAINT "ManualProduct_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonnelDecision" ADD CONSTRAINT "PersonnelDecision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonnelDecision" ADD CONSTRAINT "PersonnelDecision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonnelDecision" ADD CONSTRAINT "PersonnelDecision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A weight is a positive number; points are never negative.
ALTER TABLE "Task" ADD CONSTRAINT "Task_evaluationWeight_positive" CHECK ("evaluationWeight" IS NULL OR "evaluationWeight" > 0);
ALTER TABLE "ManualProduct" ADD CONSTRAINT "ManualProduct_weight_positive" CHECK ("weight" > 0);
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_points_not_negative"
  CHECK (coalesce("generalPoints", 0) >= 0 AND coalesce("selfGeneralPoints", 0) >= 0 AND coalesce("taskPoints", 0) >= 0);
