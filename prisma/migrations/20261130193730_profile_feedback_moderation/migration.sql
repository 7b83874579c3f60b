-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSeenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ForumPost" ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenById" TEXT;

-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN     "answeredById" TEXT;

-- AlterTable
ALTER TABLE "QaItem" ADD COLUMN     "answeredById" TEXT,
ADD COLUMN     "authorName" TEXT,
ADD COLUMN     "email" TEXT;
