// Opens a Prisma client for the configured engine. Both clients come from the same models.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client.ts";
import { PrismaClient as SqliteClient, type Prisma } from "../generated/sqlite/client.ts";
import { resolveDatabaseConfig, type DatabaseConfig } from "./config.ts";

/**
 * The client type the app codes against. It is the SQLite client's: the smaller of the two
 * surfaces (no `mode: "insensitive"`, no `skipDuplicates`), so nothing PostgreSQL-only slips in.
 */
export type Database = SqliteClient;

/** What an interactive transaction hands its callback. */
export type Transaction = Prisma.TransactionClient;

/** Milliseconds a SQLite writer waits for a lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export function createDatabase(config: DatabaseConfig = resolveDatabaseConfig()): Database {
  if (config.engine === "sqlite") {
    // better-sqlite3's `timeout` is SQLite's busy timeout; WAL is set on the file by ensureDatabase.
    return new SqliteClient({
      adapter: new PrismaBetterSQLite3({ url: config.url, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    });
  }
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url }) });
  // Same models, same query surface; only the generated provider differs.
  return client as unknown as Database;
}
