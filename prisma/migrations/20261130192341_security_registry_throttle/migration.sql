-- CreateEnum
CREATE TYPE "RepresentativeStatus" AS ENUM ('PENDING', 'VERIFIED', 'REFUSED');

-- AlterTable
ALTER TABLE "LegalRepresentative" ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "documentId" TEXT,
ADD COLUMN     "refusalReason" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" TEXT,
ADD COLUMN     "status" "RepresentativeStatus" NOT NULL DEFAULT 'VERIFIED';

-- CreateTable
CREATE TABLE "BirthRecord" (
    "childIin" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "motherIin" TEXT,
    "fatherIin" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BirthRecord_pkey" PRIMARY KEY ("childIin")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "BirthRecord_motherIin_idx" ON "BirthRecord"("motherIin");

-- CreateIndex
CREATE INDEX "BirthRecord_fatherIin_idx" ON "BirthRecord"("fatherIin");

-- CreateIndex
CREATE UNIQUE INDEX "LegalRepresentative_documentId_key" ON "LegalRepresentative"("documentId");

-- CreateIndex
CREATE INDEX "LegalRepresentative_status_createdAt_idx" ON "LegalRepresentative"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "LegalRepresentative" ADD CONSTRAINT "LegalRepresentative_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
