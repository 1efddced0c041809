-- AlterEnum
ALTER TYPE "EventKind" ADD VALUE 'SSO_SIGN_IN_REFUSED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "employeeCode" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_employeeCode_key" ON "User"("employeeCode");
