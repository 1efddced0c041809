-- CreateEnum
CREATE TYPE "MailChannel" AS ENUM ('IMMEDIATE', 'DIGEST', 'OFF');

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "listUnsubscribe" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "mailedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" "MailChannel" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "Notification_unmailed_idx" ON "Notification"("createdAt", "id") WHERE ("mailedAt" IS NULL);

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The notifications that existed before e-mail are not mailed now, long after the fact: the job
-- starts with the ones created from here on.
UPDATE "Notification" SET "mailedAt" = "createdAt";
