-- AlterTable
ALTER TABLE "Signal" ADD COLUMN     "loop" JSONB;
