// Brings a database up to date on start: creates the SQLite file (WAL mode) or takes a PostgreSQL
// advisory lock, applies pending SQL migrations with dbmate, and seeds the demo if it is empty.
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import BetterSqlite3 from "better-sqlite3";
import { resolveBinary } from "dbmate";
import pg from "pg";
import { createDatabase } from "./client";
import { findRepoRoot, resolveDatabaseConfig, type DatabaseConfig, type Engine } from "./config";
import { childProcessEnv } from "./env";

const run = promisify(execFile);

/** Any app server starting against the same PostgreSQL waits on this lock, so one migrates at a time. */
const MIGRATION_LOCK_ID = 7_316_842_051;

export interface EnsureDatabaseOptions {
  config?: DatabaseConfig;
  /** Seed the demo classes and history when the database has no users (what `npm start` wants). */
  seedIfEmpty?: boolean;
  /** Clock for the seeded history. */
  now?: Date;
  /** Where prisma/migrations is found (tests point it at a copy holding only older migrations). */
  root?: string;
}

export interface EnsureDatabaseResult {
  engine: Engine;
  /** Migration files applied by this call, oldest first. */
  applied: string[];
  seeded: boolean;
}

export function migrationsDir(engine: Engine, root: string = findRepoRoot()): string {
  return join(root, "prisma", "migrations", engine);
}

// dbmate names SQLite databases `sqlite:/path`. For PostgreSQL its driver demands TLS unless told
// otherwise, while node-postgres (the app's driver) uses TLS only when the URL asks: match the app.
export function dbmateUrl(config: DatabaseConfig): string {
  if (config.engine === "sqlite") return `sqlite:${config.filePath}`;
  const url = new URL(config.url);
  if (!url.searchParams.has("sslmode")) url.searchParams.set("sslmode", "disable");
  return url.toString();
}

async function applyMigrations(config: DatabaseConfig, root?: string): Promise<string[]> {
  const args = [
    "--url",
    dbmateUrl(config),
    "--migrations-dir",
    migrationsDir(config.engine, root),
    "--no-dump-schema",
    "migrate",
  ];
  try {
    const { stdout } = await run(resolveBinary(), args, {
      env: childProcessEnv({ DATABASE_URL: "" }),
    });
    return [...stdout.matchAll(/^Applying: (.+)$/gm)].map((match) => match[1]!.trim());
  } catch (error) {
    const detail =
      (error as { stderr?: string; stdout?: string }).stderr || (error as Error).message;
    throw new Error(`database migration failed (${config.engine}): ${detail.trim()}`);
  }
}

async function seedWhenEmpty(config: DatabaseConfig, now: Date | undefined): Promise<boolean> {
  const db = createDatabase(config);
  try {
    if ((await db.user.count()) > 0) return false;
    // Loaded only when needed: the seed derives the shipped article, which loads the NLP model.
    const { seedDemo } = await import("./seed/demo");
    await seedDemo(db, { now });
    return true;
  } finally {
    await db.$disconnect();
  }
}

export async function ensureDatabase(
  options: EnsureDatabaseOptions = {},
): Promise<EnsureDatabaseResult> {
  const config = options.config ?? resolveDatabaseConfig();
  const finish = async (applied: string[]): Promise<EnsureDatabaseResult> => ({
    engine: config.engine,
    applied,
    seeded: options.seedIfEmpty ? await seedWhenEmpty(config, options.now) : false,
  });

  if (config.engine === "sqlite") {
    mkdirSync(dirname(config.filePath!), { recursive: true });
    // WAL lets readers work while one writer commits; the mode is stored in the file itself.
    const file = new BetterSqlite3(config.filePath!);
    try {
      file.pragma("journal_mode = WAL");
    } finally {
      file.close();
    }
    return finish(await applyMigrations(config, options.root));
  }

  const lock = new pg.Client({ connectionString: config.url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    return await finish(await applyMigrations(config, options.root));
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => undefined);
    await lock.end();
  }
}
