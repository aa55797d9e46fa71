import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "../generated/sqlite/client";
import type { DatabaseConfig } from "./config";
import { findRepoRoot } from "./config";
import { createDatabase } from "./client";
import { ensureDatabase, migrationsDir } from "./migrate";
import { createEmptyDatabase, ENGINES } from "./testing/test-database";

async function tableColumns(config: DatabaseConfig): Promise<Map<string, Set<string>>> {
  const columns = new Map<string, Set<string>>();
  const add = (table: string, column: string) =>
    columns.set(table, (columns.get(table) ?? new Set()).add(column));
  if (config.engine === "sqlite") {
    const file = new BetterSqlite3(config.filePath!, { readonly: true });
    const rows = file
      .prepare(
        "SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'",
      )
      .all() as { t: string; c: string }[];
    file.close();
    for (const row of rows) add(row.t, row.c);
  } else {
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    const { rows } = await client.query<{ t: string; c: string }>(
      "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public'",
    );
    await client.end();
    for (const row of rows) add(row.t, row.c);
  }
  return columns;
}

describe.each(ENGINES)("migrations on %s", (engine) => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it("apply from empty, create every model's table and column, then have nothing left to do", async () => {
    const empty = await createEmptyDatabase(engine);
    drops.push(empty.drop);
    const files = readdirSync(migrationsDir(engine))
      .filter((f) => f.endsWith(".sql"))
      .sort();
    expect(files.length).toBeGreaterThan(0);

    const first = await ensureDatabase({ config: empty.config });
    expect(first.applied).toEqual(files);

    const columns = await tableColumns(empty.config);
    for (const model of Object.values(Prisma.ModelName)) {
      const fields = Object.values(
        (Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`]!,
      );
      expect(columns.get(model), model).toBeDefined();
      for (const field of fields)
        expect(columns.get(model)!.has(field), `${model}.${field}`).toBe(true);
    }

    const second = await ensureDatabase({ config: empty.config });
    expect(second.applied).toEqual([]);
  });

  // Issue 15: a set draws on several articles, so its one articleId goes.
  it("keeps every set and its questions in order, dropping only the set's one article", async () => {
    const root = findRepoRoot(import.meta.dirname);
    const files = readdirSync(migrationsDir(engine, root)).sort();
    const latest = files.findIndex((f) => f.endsWith("_sets_across_articles.sql"));
    expect(latest).toBeGreaterThan(0);
    // A copy of prisma/migrations holding only the migrations before this one.
    const older = mkdtempSync(join(tmpdir(), "studykit-older-migrations-"));
    drops.push(async () => rmSync(older, { recursive: true, force: true }));
    mkdirSync(migrationsDir(engine, older), { recursive: true });
    for (const f of files.slice(0, latest))
      copyFileSync(join(migrationsDir(engine, root), f), join(migrationsDir(engine, older), f));

    const empty = await createEmptyDatabase(engine);
    drops.push(empty.drop);
    await ensureDatabase({ config: empty.config, root: older });
    const db = createDatabase(empty.config);
    drops.unshift(() => db.$disconnect());
    const now = "CURRENT_TIMESTAMP";
    for (const sql of [
      `INSERT INTO "User" ("id","name","email","updatedAt") VALUES ('t1','T','t@x.example',${now})`,
      `INSERT INTO "Article" ("id","hash","title","text","tags","paragraphs","kitVersion","derivedAt","updatedAt") VALUES ('a1','h1','One','x','[]','[]','v',${now},${now}), ('a2','h2','Two','y','[]','[]','v',${now},${now})`,
      `INSERT INTO "Question" ("id","articleId","key","position","type","difficulty","skill","stance","generated","kitVersion","updatedAt") VALUES ('q1','a1','q1',0,'cloze','easy','recall','stated','{}','v',${now}), ('q2','a2','q1',0,'cloze','easy','recall','stated','{}','v',${now})`,
      `INSERT INTO "QuestionSet" ("id","title","ownerId","articleId","updatedAt") VALUES ('s1','Week 1','t1','a1',${now})`,
      `INSERT INTO "QuestionSetItem" ("id","setId","questionId","position") VALUES ('i1','s1','q2',0), ('i2','s1','q1',1)`,
    ])
      await db.$executeRawUnsafe(sql);

    const applied = await ensureDatabase({ config: empty.config });
    expect(applied.applied).toEqual(files.slice(latest));
    const set = await db.questionSet.findUniqueOrThrow({
      where: { id: "s1" },
      select: {
        title: true,
        ownerId: true,
        archivedAt: true,
        items: {
          orderBy: { position: "asc" },
          select: { question: { select: { articleId: true } } },
        },
      },
    });
    expect(set).toEqual({
      title: "Week 1",
      ownerId: "t1",
      archivedAt: null,
      items: [{ question: { articleId: "a2" } }, { question: { articleId: "a1" } }],
    });
  });

  if (engine === "sqlite") {
    it("puts the SQLite file in WAL mode", async () => {
      const empty = await createEmptyDatabase(engine);
      drops.push(empty.drop);
      await ensureDatabase({ config: empty.config });
      const file = new BetterSqlite3(empty.config.filePath!, { readonly: true });
      expect(file.pragma("journal_mode", { simple: true })).toBe("wal");
      file.close();
    });
  } else {
    it("lets several app servers start at once: one migrates, the others wait and find nothing to do", async () => {
      const empty = await createEmptyDatabase(engine);
      drops.push(empty.drop);
      const results = await Promise.all(
        [1, 2, 3].map(() => ensureDatabase({ config: empty.config })),
      );
      const files = readdirSync(migrationsDir(engine)).filter((f) => f.endsWith(".sql"));
      expect(results.flatMap((r) => r.applied).sort()).toEqual(files.sort());
    });
  }
});

describe("migration files", () => {
  const root = findRepoRoot(import.meta.dirname);

  it("were written from the current schema (run `npm run db:migration:new -- <name>` after editing it)", () => {
    const schema = readFileSync(join(root, "prisma", "schema.prisma"), "utf8");
    const latest = readFileSync(join(root, "prisma", "migrations", "models.prisma"), "utf8");
    expect(latest).toBe(schema);
  });

  it("exist for both engines under the same names", () => {
    const names = (engine: string) =>
      readdirSync(join(root, "prisma", "migrations", engine)).sort();
    expect(names("postgresql")).toEqual(names("sqlite"));
  });
});
