-- migrate:up
-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "recommended" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "score" DOUBLE PRECISION;

-- migrate:down
-- AlterTable
ALTER TABLE "Question" DROP COLUMN "recommended",
DROP COLUMN "score";
