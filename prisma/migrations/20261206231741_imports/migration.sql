-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('PEOPLE', 'TASKS');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('DRY_RUN', 'REFUSED', 'APPLIED', 'UNDONE');

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "importId" TEXT,
ADD COLUMN     "importRef" TEXT;

-- CreateTable
CREATE TABLE "Import" (
    "id" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "status" "ImportStatus" NOT NULL,
    "source" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "appliedAt" TIMESTAMP(3),
    "undoneAt" TIMESTAMP(3),
    "undoneById" TEXT,
    "rows" JSONB NOT NULL,
    "report" JSONB NOT NULL,

    CONSTRAINT "Import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Import_createdAt_idx" ON "Import"("createdAt");

-- CreateIndex
CREATE INDEX "Task_importId_idx" ON "Task"("importId");

-- CreateIndex
CREATE INDEX "Task_importRef_idx" ON "Task"("importRef");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
