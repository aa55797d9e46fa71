-- migrate:up transaction:false
-- CreateTable
CREATE TABLE "ArticleImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teacherId" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceName" TEXT,
    "byteLength" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "stage" TEXT NOT NULL DEFAULT 'queued',
    "progress" REAL NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "articleId" TEXT,
    "duplicate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    CONSTRAINT "ArticleImport_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleImport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'article',
    "sourceName" TEXT,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "tags" JSONB NOT NULL,
    "paragraphs" JSONB NOT NULL,
    "kitVersion" TEXT NOT NULL,
    "derivedAt" DATETIME NOT NULL,
    "addedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("addedById", "createdAt", "derivedAt", "hash", "id", "kitVersion", "paragraphs", "tags", "text", "title", "updatedAt") SELECT "addedById", "createdAt", "derivedAt", "hash", "id", "kitVersion", "paragraphs", "tags", "text", "title", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_hash_key" ON "Article"("hash");
CREATE TABLE "new_Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "attribution" TEXT,
    "category" TEXT NOT NULL,
    "importance" REAL NOT NULL,
    "entities" JSONB NOT NULL,
    "sentenceKeys" JSONB NOT NULL,
    "kitVersion" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "editedText" TEXT,
    "editedById" TEXT,
    "editedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fact_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Fact_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Fact" ("articleId", "attribution", "category", "createdAt", "entities", "id", "importance", "key", "kitVersion", "position", "retiredAt", "sentenceKeys", "stance", "text", "updatedAt") SELECT "articleId", "attribution", "category", "createdAt", "entities", "id", "importance", "key", "kitVersion", "position", "retiredAt", "sentenceKeys", "stance", "text", "updatedAt" FROM "Fact";
DROP TABLE "Fact";
ALTER TABLE "new_Fact" RENAME TO "Fact";
CREATE UNIQUE INDEX "Fact_articleId_key_key" ON "Fact"("articleId", "key");
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
INSERT INTO "new_Question" ("articleId", "createdAt", "difficulty", "disabledAt", "editedAt", "editedById", "generated", "id", "key", "kitVersion", "override", "position", "retiredAt", "skill", "stance", "type", "updatedAt") SELECT "articleId", "createdAt", "difficulty", "disabledAt", "editedAt", "editedById", "generated", "id", "key", "kitVersion", "override", "position", "retiredAt", "skill", "stance", "type", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_articleId_type_difficulty_idx" ON "Question"("articleId", "type", "difficulty");
CREATE UNIQUE INDEX "Question_articleId_key_key" ON "Question"("articleId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ArticleImport_teacherId_createdAt_idx" ON "ArticleImport"("teacherId", "createdAt");

-- Questions stored before review existed were already in use: they count as accepted.
UPDATE "Question" SET "reviewStatus" = 'accepted';

-- migrate:down transaction:false
-- DropIndex
DROP INDEX "ArticleImport_teacherId_createdAt_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ArticleImport";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "tags" JSONB NOT NULL,
    "paragraphs" JSONB NOT NULL,
    "kitVersion" TEXT NOT NULL,
    "derivedAt" DATETIME NOT NULL,
    "addedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("addedById", "createdAt", "derivedAt", "hash", "id", "kitVersion", "paragraphs", "tags", "text", "title", "updatedAt") SELECT "addedById", "createdAt", "derivedAt", "hash", "id", "kitVersion", "paragraphs", "tags", "text", "title", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_hash_key" ON "Article"("hash");
CREATE TABLE "new_Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "attribution" TEXT,
    "category" TEXT NOT NULL,
    "importance" REAL NOT NULL,
    "entities" JSONB NOT NULL,
    "sentenceKeys" JSONB NOT NULL,
    "kitVersion" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fact_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Fact" ("articleId", "attribution", "category", "createdAt", "entities", "id", "importance", "key", "kitVersion", "position", "retiredAt", "sentenceKeys", "stance", "text", "updatedAt") SELECT "articleId", "attribution", "category", "createdAt", "entities", "id", "importance", "key", "kitVersion", "position", "retiredAt", "sentenceKeys", "stance", "text", "updatedAt" FROM "Fact";
DROP TABLE "Fact";
ALTER TABLE "new_Fact" RENAME TO "Fact";
CREATE UNIQUE INDEX "Fact_articleId_key_key" ON "Fact"("articleId", "key");
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
    "kitVersion" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("articleId", "createdAt", "difficulty", "disabledAt", "editedAt", "editedById", "generated", "id", "key", "kitVersion", "override", "position", "retiredAt", "skill", "stance", "type", "updatedAt") SELECT "articleId", "createdAt", "difficulty", "disabledAt", "editedAt", "editedById", "generated", "id", "key", "kitVersion", "override", "position", "retiredAt", "skill", "stance", "type", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_articleId_type_difficulty_idx" ON "Question"("articleId", "type", "difficulty");
CREATE UNIQUE INDEX "Question_articleId_key_key" ON "Question"("articleId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
