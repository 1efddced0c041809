-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'UNIT_CHANGED';
ALTER TYPE "EventKind" ADD VALUE 'WORK_HANDED_TO_SUCCESSOR';

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "successorId" TEXT;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: only a closed unit names a successor, and never itself.
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_successor_check"
  CHECK ("successorId" IS NULL OR ("closedAt" IS NOT NULL AND "successorId" <> id));
