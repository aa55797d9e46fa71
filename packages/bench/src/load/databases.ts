// Databases for load runs: a seeded SQLite template copied per run (seeding derives the shipped
// article, which takes seconds), and seeded PostgreSQL databases on a throwaway cluster.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createDatabase,
  ensureDatabase,
  resolveDatabaseConfig,
  type Database,
  type DatabaseConfig,
} from "@studykit/db";

export interface RunDatabase {
  url: string;
  config: DatabaseConfig;
  db: Database;
  close(): Promise<void>;
}

export async function openRunDatabase(url: string): Promise<RunDatabase> {
  const config = resolveDatabaseConfig(url);
  const db = createDatabase(config);
  return { url, config, db, close: () => db.$disconnect() };
}

/** A directory under the system's temporary directory, removed when the process exits. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `studykit-bench-${name}-`));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Migrates and seeds a SQLite file once; `copy` gives each run its own fresh copy of it. */
export async function seededSqliteTemplate(now?: Date) {
  const dir = scratchDir("sqlite");
  const template = join(dir, "template.db");
  await ensureDatabase({
    config: resolveDatabaseConfig(`file:${template}`),
    seedIfEmpty: true,
    ...(now ? { now } : {}),
  });
  // Fold the write-ahead log into the file so a plain copy holds everything.
  const db = createDatabase(resolveDatabaseConfig(`file:${template}`));
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();
  let copies = 0;
  return {
    dir,
    copy(name = `run-${++copies}`): string {
      const path = join(dir, `${name}.db`);
      copyFileSync(template, path);
      return `file:${path}`;
    },
  };
}
