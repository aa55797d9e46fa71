-- migrate:up
-- DropIndex
DROP INDEX "Answer_attemptId_questionId_idempotencyKey_key";

-- CreateIndex
CREATE UNIQUE INDEX "Answer_attemptId_questionId_key" ON "Answer"("attemptId", "questionId");

-- migrate:down
-- DropIndex
DROP INDEX "Answer_attemptId_questionId_key";

-- CreateIndex
CREATE UNIQUE INDEX "Answer_attemptId_questionId_idempotencyKey_key" ON "Answer"("attemptId", "questionId", "idempotencyKey");
