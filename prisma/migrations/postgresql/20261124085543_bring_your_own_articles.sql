-- migrate:up
-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('article', 'question_import');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('pending', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "kind" "ArticleKind" NOT NULL DEFAULT 'article',
ADD COLUMN     "sourceName" TEXT;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "editedById" TEXT,
ADD COLUMN     "editedText" TEXT;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'pending',
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" TEXT;

-- CreateTable
CREATE TABLE "ArticleImport" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceName" TEXT,
    "byteLength" INTEGER NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'queued',
    "stage" TEXT NOT NULL DEFAULT 'queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "articleId" TEXT,
    "duplicate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ArticleImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleImport_teacherId_createdAt_idx" ON "ArticleImport"("teacherId", "createdAt");

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleImport" ADD CONSTRAINT "ArticleImport_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleImport" ADD CONSTRAINT "ArticleImport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Questions stored before review existed were already in use: they count as accepted.
UPDATE "Question" SET "reviewStatus" = 'accepted';

-- migrate:down
-- DropForeignKey
ALTER TABLE "Fact" DROP CONSTRAINT "Fact_editedById_fkey";

-- DropForeignKey
ALTER TABLE "Question" DROP CONSTRAINT "Question_reviewedById_fkey";

-- DropForeignKey
ALTER TABLE "ArticleImport" DROP CONSTRAINT "ArticleImport_teacherId_fkey";

-- DropForeignKey
ALTER TABLE "ArticleImport" DROP CONSTRAINT "ArticleImport_articleId_fkey";

-- AlterTable
ALTER TABLE "Article" DROP COLUMN "kind",
DROP COLUMN "sourceName";

-- AlterTable
ALTER TABLE "Fact" DROP COLUMN "editedAt",
DROP COLUMN "editedById",
DROP COLUMN "editedText";

-- AlterTable
ALTER TABLE "Question" DROP COLUMN "reviewStatus",
DROP COLUMN "reviewedAt",
DROP COLUMN "reviewedById";

-- DropTable
DROP TABLE "ArticleImport";

-- DropEnum
DROP TYPE "ArticleKind";

-- DropEnum
DROP TYPE "ReviewStatus";

-- DropEnum
DROP TYPE "ImportStatus";
