-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "ip" VARCHAR(64),
ADD COLUMN     "userAgent" VARCHAR(512);
