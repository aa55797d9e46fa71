-- migrate:up transaction:false
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuestionSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "recipe" JSONB,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QuestionSet_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_QuestionSet" ("createdAt", "id", "ownerId", "recipe", "source", "title", "updatedAt") SELECT "createdAt", "id", "ownerId", "recipe", "source", "title", "updatedAt" FROM "QuestionSet";
DROP TABLE "QuestionSet";
ALTER TABLE "new_QuestionSet" RENAME TO "QuestionSet";
CREATE INDEX "QuestionSet_ownerId_idx" ON "QuestionSet"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- migrate:down transaction:false
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuestionSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "articleId" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "recipe" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QuestionSet_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "QuestionSet_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_QuestionSet" ("createdAt", "id", "ownerId", "recipe", "source", "title", "updatedAt") SELECT "createdAt", "id", "ownerId", "recipe", "source", "title", "updatedAt" FROM "QuestionSet";
DROP TABLE "QuestionSet";
ALTER TABLE "new_QuestionSet" RENAME TO "QuestionSet";
CREATE INDEX "QuestionSet_ownerId_idx" ON "QuestionSet"("ownerId");
-- Not written by prisma: give each set back the article of its first question.
UPDATE "QuestionSet" SET "articleId" = (SELECT q."articleId" FROM "QuestionSetItem" i JOIN "Question" q ON q."id" = i."questionId" WHERE i."setId" = "QuestionSet"."id" ORDER BY i."position" LIMIT 1);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
