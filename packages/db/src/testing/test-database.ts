// A fresh, migrated database per test file, on either engine, for integration tests.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase, type Database } from "../client";
import { resolveDatabaseConfig, type DatabaseConfig, type Engine } from "../config";
import { ensureDatabase, type EnsureDatabaseResult } from "../migrate";
import { createDatabaseOn, dropDatabaseOn, isAlive } from "./postgres-cluster";

// Provided by the global setup (global-setup.ts); declared here too so importers type-check.
declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export const ENGINES: readonly Engine[] = ["sqlite", "postgresql"];

const SQLITE_PREFIX = "studykit-sqlite-";

/** Removes SQLite test directories whose test process is gone. */
export function reapOrphanedSqliteDirs(): void {
  for (const name of readdirSync(tmpdir())) {
    const owner = name.startsWith(SQLITE_PREFIX)
      ? Number(name.slice(SQLITE_PREFIX.length).split("-")[0])
      : 0;
    if (owner && !isAlive(owner)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

export interface TestDatabase {
  engine: Engine;
  config: DatabaseConfig;
  db: Database;
  migration: EnsureDatabaseResult;
  drop(): Promise<void>;
}

/** An empty database with no migrations applied. */
export async function createEmptyDatabase(
  engine: Engine,
): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  if (engine === "sqlite") {
    // The pid in the name lets a later run remove what a killed run left (reapOrphanedSqliteDirs).
    const dir = mkdtempSync(join(tmpdir(), `${SQLITE_PREFIX}${process.pid}-`));
    return {
      config: resolveDatabaseConfig(`file:${join(dir, "test.db")}`),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const url = await createDatabaseOn(adminUrl, name);
  return { config: resolveDatabaseConfig(url), drop: () => dropDatabaseOn(adminUrl, name) };
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(engine);
  const migration = await ensureDatabase({ config: empty.config });
  const db = createDatabase(empty.config);
  return {
    engine,
    config: empty.config,
    db,
    migration,
    async drop() {
      await db.$disconnect();
      await empty.drop();
    },
  };
}

/**
 * A migrated database for the tests of the describe block that calls it: made before they run and
 * dropped after. Read `db` in hooks and tests, which run once it exists.
 */
export function useTestDatabase(engine: Engine): Readonly<Omit<TestDatabase, "drop">> {
  let made: TestDatabase | undefined;
  beforeAll(async () => {
    made = await createTestDatabase(engine);
  });
  afterAll(() => made?.drop());
  const current = () => {
    if (!made)
      throw new Error("The test database is made in beforeAll: read it in hooks and tests.");
    return made;
  };
  return {
    engine,
    get config() {
      return current().config;
    },
    get db() {
      return current().db;
    },
    get migration() {
      return current().migration;
    },
  };
}
