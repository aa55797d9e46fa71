-- migrate:up transaction:false
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "generated" JSONB NOT NULL,
    "override" JSONB,
    "editedById" TEXT,
    "editedAt" DATETIME,
    "disabledAt" DATETIME,
    "reviewStatus" TEXT NOT NULL DEFAULT 'pending',
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "kitVersion" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "score" REAL,
    "recommended" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Question_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("articleId", "createdAt", "difficulty", "disabledAt", "editedAt", "editedById", "generated", "id", "key", "kitVersion", "override", "position", "retiredAt", "reviewStatus", "reviewedAt", "reviewedById", "skill", "stance", "type", "updatedAt") SELECT "articleId", "createdAt", "difficulty", "disabledAt", "editedAt", "editedById", "generated", "id", "key", "kitVersion", "override", "position", "retiredAt", "reviewStatus", "reviewedAt", "reviewedById", "skill", "stance", "type", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_articleId_type_difficulty_idx" ON "Question"("articleId", "type", "difficulty");
CREATE UNIQUE INDEX "Question_articleId_key_key" ON "Question"("articleId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- migrate:down transaction:false
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "generated" JSONB NOT NULL,
    "override" JSONB,
    "editedById" TEXT,
    "editedAt" DATETIME,
    "disabledAt" DATETIME,
    "reviewStatus" TEXT NOT NULL DEFAULT 'pending',
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "kitVersion" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("articleId", "createdAt", "difficulty", "disabledAt", "editedAt", "editedById", "generated", "id", "key", "kitVersion", "override", "position", "retiredAt", "reviewStatus", "reviewedAt", "reviewedById", "skill", "stance", "type", "updatedAt") SELECT "articleId", "createdAt", "difficulty", "disabledAt", "editedAt", "editedById", "generated", "id", "key", "kitVersion", "override", "position", "retiredAt", "reviewStatus", "reviewedAt", "reviewedById", "skill", "stance", "type", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_articleId_type_difficulty_idx" ON "Question"("articleId", "type", "difficulty");
CREATE UNIQUE INDEX "Question_articleId_key_key" ON "Question"("articleId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
