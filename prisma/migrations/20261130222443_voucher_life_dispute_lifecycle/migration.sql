-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED', 'ESCALATED', 'UPHELD_KINDERGARTEN', 'UPHELD_PARENT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "VoucherStatus" ADD VALUE 'ISSUED';
ALTER TYPE "VoucherStatus" ADD VALUE 'ACCEPTED';
ALTER TYPE "VoucherStatus" ADD VALUE 'REFUSED';
ALTER TYPE "VoucherStatus" ADD VALUE 'EXPIRED';

-- AlterTable
ALTER TABLE "TimesheetDispute" ADD COLUMN     "decideBy" TIMESTAMP(3),
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "decision" TEXT,
ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "escalationReason" TEXT,
ADD COLUMN     "status" "DisputeStatus" NOT NULL DEFAULT 'OPEN';

-- AlterTable
ALTER TABLE "Voucher" ADD COLUMN     "acceptBy" TIMESTAMP(3),
ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "applicationId" TEXT,
ADD COLUMN     "contractBy" TIMESTAMP(3),
ADD COLUMN     "contractExtendedAt" TIMESTAMP(3),
ADD COLUMN     "contractNumber" TEXT,
ADD COLUMN     "contractedAt" TIMESTAMP(3),
ADD COLUMN     "expiredAt" TIMESTAMP(3),
ADD COLUMN     "issuedAt" TIMESTAMP(3),
ADD COLUMN     "refusedAt" TIMESTAMP(3),
ADD COLUMN     "remindedFor" TEXT;

-- AlterTable
ALTER TABLE "QueueApplication" ADD COLUMN     "inactiveSince" TIMESTAMP(3),
ADD COLUMN     "restoredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "RecruitmentShift" ADD COLUMN     "enteredAt" TIMESTAMP(3),
ADD COLUMN     "enteredById" TEXT;

-- CreateIndex
CREATE INDEX "TimesheetDispute_status_decideBy_idx" ON "TimesheetDispute"("status", "decideBy");

-- CreateIndex
CREATE INDEX "Voucher_status_acceptBy_idx" ON "Voucher"("status", "acceptBy");

-- CreateIndex
CREATE INDEX "Voucher_status_contractBy_idx" ON "Voucher"("status", "contractBy");

-- CreateIndex
CREATE INDEX "Voucher_applicationId_idx" ON "Voucher"("applicationId");

-- AddForeignKey
ALTER TABLE "TimesheetDispute" ADD CONSTRAINT "TimesheetDispute_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voucher" ADD CONSTRAINT "Voucher_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "QueueApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecruitmentShift" ADD CONSTRAINT "RecruitmentShift_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Disputes answered before the lifecycle existed were answered after the marks were corrected: accepted.
UPDATE "TimesheetDispute" SET "status" = 'ACCEPTED' WHERE "answeredAt" IS NOT NULL;

-- Vouchers issued before the queue issued them were contracted already: their issue is their start.
UPDATE "Voucher" SET "issuedAt" = "issuedOn", "contractedAt" = "issuedOn" WHERE "status" IN ('ACTIVE', 'ANNULLED', 'CLOSED');
