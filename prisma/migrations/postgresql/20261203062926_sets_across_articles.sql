-- migrate:up
-- DropForeignKey
ALTER TABLE "QuestionSet" DROP CONSTRAINT "QuestionSet_articleId_fkey";

-- AlterTable
ALTER TABLE "QuestionSet" DROP COLUMN "articleId",
ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- migrate:down
-- AlterTable
ALTER TABLE "QuestionSet" DROP COLUMN "archivedAt",
ADD COLUMN     "articleId" TEXT;

-- AddForeignKey
ALTER TABLE "QuestionSet" ADD CONSTRAINT "QuestionSet_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Not written by prisma: give each set back the article of its first question.
UPDATE "QuestionSet" SET "articleId" = (SELECT q."articleId" FROM "QuestionSetItem" i JOIN "Question" q ON q."id" = i."questionId" WHERE i."setId" = "QuestionSet"."id" ORDER BY i."position" LIMIT 1);
