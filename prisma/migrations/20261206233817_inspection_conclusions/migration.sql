-- AlterEnum
ALTER TYPE "DirectiveKind" ADD VALUE 'KET_LUAN';

-- AlterEnum
ALTER TYPE "EventKind" ADD VALUE 'INSPECTION_CONCLUDED';

-- CreateTable
CREATE TABLE "InspectionConclusion" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "directiveId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionConclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionRecommendation" (
    "id" TEXT NOT NULL,
    "conclusionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "taskId" TEXT NOT NULL,

    CONSTRAINT "InspectionRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InspectionConclusion_inspectionId_key" ON "InspectionConclusion"("inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionConclusion_directiveId_key" ON "InspectionConclusion"("directiveId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionRecommendation_taskId_key" ON "InspectionRecommendation"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionRecommendation_conclusionId_position_key" ON "InspectionRecommendation"("conclusionId", "position");

-- AddForeignKey
ALTER TABLE "InspectionConclusion" ADD CONSTRAINT "InspectionConclusion_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionConclusion" ADD CONSTRAINT "InspectionConclusion_directiveId_fkey" FOREIGN KEY ("directiveId") REFERENCES "Directive"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionConclusion" ADD CONSTRAINT "InspectionConclusion_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecommendation" ADD CONSTRAINT "InspectionRecommendation_conclusionId_fkey" FOREIGN KEY ("conclusionId") REFERENCES "InspectionConclusion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecommendation" ADD CONSTRAINT "InspectionRecommendation_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
