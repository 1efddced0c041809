-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('PLANNED', 'SURPRISE');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'CONCLUDED');

-- CreateEnum
CREATE TYPE "InspectionTeamRole" AS ENUM ('LEAD', 'MEMBER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'INSPECTION_PLAN_CREATED';
ALTER TYPE "EventKind" ADD VALUE 'INSPECTION_CREATED';
ALTER TYPE "EventKind" ADD VALUE 'INSPECTION_UPDATED';

-- CreateTable
CREATE TABLE "InspectionPlan" (
    "id" TEXT NOT NULL,
    "inspectingUnitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "planId" TEXT,
    "inspectingUnitId" TEXT NOT NULL,
    "inspectedUnitId" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "subject" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "InspectionStatus" NOT NULL DEFAULT 'PLANNED',
    "startedAt" TIMESTAMP(3),
    "concludedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionTeamMember" (
    "inspectionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "InspectionTeamRole" NOT NULL,

    CONSTRAINT "InspectionTeamMember_pkey" PRIMARY KEY ("inspectionId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "InspectionPlan_inspectingUnitId_year_key" ON "InspectionPlan"("inspectingUnitId", "year");

-- CreateIndex
CREATE INDEX "Inspection_inspectingUnitId_startsOn_idx" ON "Inspection"("inspectingUnitId", "startsOn");

-- CreateIndex
CREATE INDEX "Inspection_inspectedUnitId_startsOn_idx" ON "Inspection"("inspectedUnitId", "startsOn");

-- CreateIndex
CREATE INDEX "Inspection_planId_idx" ON "Inspection"("planId");

-- CreateIndex
CREATE INDEX "InspectionTeamMember_userId_idx" ON "InspectionTeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionTeamMember_one_lead" ON "InspectionTeamMember"("inspectionId") WHERE (role = 'LEAD');

-- AddForeignKey
ALTER TABLE "InspectionPlan" ADD CONSTRAINT "InspectionPlan_inspectingUnitId_fkey" FOREIGN KEY ("inspectingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPlan" ADD CONSTRAINT "InspectionPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_inspectingUnitId_fkey" FOREIGN KEY ("inspectingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_inspectedUnitId_fkey" FOREIGN KEY ("inspectedUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTeamMember" ADD CONSTRAINT "InspectionTeamMember_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTeamMember" ADD CONSTRAINT "InspectionTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A surprise inspection is in no plan; a planned one is an entry of one. Dates in order.
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_kind_plan_check"
  CHECK (("kind" = 'SURPRISE') = ("planId" IS NULL));
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_dates_check"
  CHECK ("periodFrom" <= "periodTo" AND "startsOn" <= "endsOn");
