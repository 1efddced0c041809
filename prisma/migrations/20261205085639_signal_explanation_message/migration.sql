-- AlterTable
ALTER TABLE "Signal" ADD COLUMN     "explanationMessage" JSONB;
