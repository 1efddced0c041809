-- CreateEnum
CREATE TYPE "DelegationScope" AS ENUM ('STEPS', 'HEAD_DECISIONS');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'DELEGATION_CREATED';
ALTER TYPE "EventKind" ADD VALUE 'DELEGATION_REVOKED';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "onBehalfOfId" TEXT;

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "principalId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "scope" "DelegationScope" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "reason" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Delegation_principalId_endsOn_idx" ON "Delegation"("principalId", "endsOn");

-- CreateIndex
CREATE INDEX "Delegation_deputyId_endsOn_idx" ON "Delegation"("deputyId", "endsOn");

-- CreateIndex
CREATE INDEX "Event_onBehalfOfId_at_idx" ON "Event"("onBehalfOfId", "at");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_principalId_fkey" FOREIGN KEY ("principalId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: the rules every writer is held to, not only the app (create-delegation.ts
-- refuses the same with a sentence first). A deputy is someone else; a range ends on or after it starts.
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_not_self" CHECK ("principalId" <> "deputyId");
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_range_order" CHECK ("endsOn" >= "startsOn");

-- Two live delegations of one principal never overlap. The app serialises its check by locking
-- the principal's row (create-delegation.ts), which both stores support; where btree_gist is
-- available (PostgreSQL's contrib) an exclusion constraint also holds every other writer to it.
-- Guarded like the trigram index of task_list_indexes: PGlite loads no extension it is not given.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gist') THEN
    CREATE EXTENSION IF NOT EXISTS btree_gist;
    ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_no_overlap"
      EXCLUDE USING gist ("principalId" WITH =, daterange("startsOn", "endsOn", '[]') WITH &&)
      WHERE ("revokedAt" IS NULL);
  END IF;
END
$$;
