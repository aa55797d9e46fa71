// Opens a Prisma client for the configured engine. Both clients come from the same models.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client";
import { PrismaClient as SqliteClient, type Prisma } from "../generated/sqlite/client";
import { resolveDatabaseConfig, type DatabaseConfig } from "./config";

/**
 * The client type the app codes against. It is the SQLite client's: the smaller of the two
 * surfaces (no `mode: "insensitive"`, no `skipDuplicates`), so nothing PostgreSQL-only slips in.
 */
export type Database = SqliteClient;

/** What an interactive transaction hands its callback. */
export type Transaction = Prisma.TransactionClient;

/** Milliseconds a SQLite writer waits for a lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type SqliteTransaction = Awaited<ReturnType<SqliteAdapter["startTransaction"]>>;

/** A first-come, first-served lock over promises. */
class Gate {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }
}

/**
 * better-sqlite3 gives the adapter one connection. Prisma's adapter lets only one transaction
 * open at a time, but a statement outside any transaction runs on that same connection while
 * another request's transaction is open: it reads the transaction's uncommitted rows, and its
 * acknowledged write is undone when that transaction rolls back. So every statement outside a
 * transaction waits here until no transaction is open.
 */
function isolateTransactions(adapter: SqliteAdapter, gate = new Gate()): SqliteAdapter {
  const outside =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const release = await gate.acquire();
      try {
        return await run(...args);
      } finally {
        release();
      }
    };
  return Object.assign(Object.create(adapter) as SqliteAdapter, {
    queryRaw: outside(adapter.queryRaw.bind(adapter)),
    executeRaw: outside(adapter.executeRaw.bind(adapter)),
    executeScript: outside(adapter.executeScript.bind(adapter)),
    async startTransaction(...args: Parameters<SqliteAdapter["startTransaction"]>) {
      const release = await gate.acquire();
      let tx: SqliteTransaction;
      try {
        tx = await adapter.startTransaction(...args);
      } catch (error) {
        release();
        throw error;
      }
      const end = (finish: () => Promise<void>) => async (): Promise<void> => {
        try {
          await finish();
        } finally {
          release();
        }
      };
      return Object.assign(Object.create(tx) as SqliteTransaction, {
        commit: end(tx.commit.bind(tx)),
        rollback: end(tx.rollback.bind(tx)),
      });
    },
  });
}

/** The better-sqlite3 adapter, with statements kept out of other requests' transactions. */
class IsolatedSqliteAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  /** The connection Prisma uses, and the gate its statements pass, once it has connected. */
  connection: { sqlite: BetterSqlite3.Database; gate: Gate } | null = null;
  onQuery: DatabaseOptions["onQuery"];

  constructor(private readonly inner: PrismaBetterSQLite3) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqliteAdapter> {
    const adapter = await this.inner.connect();
    const gate = new Gate();
    this.connection = {
      sqlite: (adapter as unknown as { client: BetterSqlite3.Database }).client,
      gate,
    };
    return isolateTransactions(adapter, gate);
  }

  async connectToShadowDb(): Promise<SqliteAdapter> {
    return isolateTransactions(await this.inner.connectToShadowDb());
  }
}

export interface DatabaseOptions {
  /** Called with every SQL statement the client runs (Prisma's query log), for profiling. */
  onQuery?: (event: { query: string; duration: number }) => void;
}

const sqliteConnections = new WeakMap<object, IsolatedSqliteAdapterFactory>();

/**
 * Runs synchronous work on a SQLite client's own connection (better-sqlite3), between other
 * requests' statements and transactions, as Prisma's would run: for the one hot path where
 * Prisma's per-statement cost (~0.2 ms of CPU even for raw SQL) is most of the request. Null for
 * a PostgreSQL client.
 */
export function sqliteConnection(db: Database): {
  run<T>(work: (sqlite: BetterSqlite3.Database) => T): Promise<T>;
  /** The client's query log (DatabaseOptions.onQuery), for statements run here. */
  onQuery?: DatabaseOptions["onQuery"];
} | null {
  const factory = sqliteConnections.get(db);
  if (!factory) return null;
  return {
    ...(factory.onQuery ? { onQuery: factory.onQuery } : {}),
    async run(work) {
      if (!factory.connection) await db.$queryRawUnsafe("SELECT 1");
      const { sqlite, gate } = factory.connection!;
      const release = await gate.acquire();
      try {
        return work(sqlite);
      } finally {
        release();
      }
    },
  };
}

export function createDatabase(
  config: DatabaseConfig = resolveDatabaseConfig(),
  options: DatabaseOptions = {},
): Database {
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  let client: Database;
  if (config.engine === "sqlite") {
    // better-sqlite3's `timeout` is SQLite's busy timeout; WAL is set on the file by ensureDatabase.
    const factory = new IsolatedSqliteAdapterFactory(
      new PrismaBetterSQLite3({ url: config.url, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    );
    factory.onQuery = options.onQuery;
    client = new SqliteClient({ adapter: factory, log }) as Database;
    sqliteConnections.set(client, factory);
  } else {
    // Same models, same query surface; only the generated provider differs.
    client = new PostgresClient({
      adapter: new PrismaPg({ connectionString: config.url }),
      log,
      // Under load, a transaction may wait its turn for one of the pool's connections longer
      // than Prisma's 2 s default; waiting beats answering 500 (P2028).
      transactionOptions: { maxWait: 15_000, timeout: 15_000 },
    }) as unknown as Database;
  }
  if (options.onQuery) {
    const on = (client as unknown as { $on(event: "query", cb: DatabaseOptions["onQuery"]): void })
      .$on;
    on.call(client, "query", options.onQuery);
  }
  return client;
}
