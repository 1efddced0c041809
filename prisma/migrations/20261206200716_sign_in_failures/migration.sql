-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'SIGN_IN_FAILED';
ALTER TYPE "EventKind" ADD VALUE 'SIGN_IN_THROTTLED';

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "accountKey" VARCHAR(64) NOT NULL,
    "ip" VARCHAR(64),

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInFailure_accountKey_at_idx" ON "SignInFailure"("accountKey", "at");

-- CreateIndex
CREATE INDEX "SignInFailure_ip_at_idx" ON "SignInFailure"("ip", "at");

-- CreateIndex
CREATE INDEX "SignInFailure_at_idx" ON "SignInFailure"("at");
