import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "../generated/sqlite/client";
import type { DatabaseConfig } from "./config";
import { findRepoRoot } from "./config";
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
