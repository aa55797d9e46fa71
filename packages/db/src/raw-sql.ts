// Raw SQL on either engine, for the few hot paths where Prisma's model queries cost too much:
// numbered parameters, statements prepared once per SQLite connection, reads and transactions
// that go straight to better-sqlite3 on SQLite and through Prisma on PostgreSQL, each reported
// to the query log as Prisma would report it.
import type BetterSqlite3 from "better-sqlite3";
import { sqliteConnection, type Database } from "./client";

/** A row of a raw query, by column name. */
export type Row = Record<string, unknown>;

/** A statement's text and its parameters, in order. */
export interface Statement {
  text: string;
  params: unknown[];
}

function providerOf(db: Database): "sqlite" | "postgresql" {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql"
    ? "postgresql"
    : "sqlite";
}

/** PostgreSQL's types for parameters it cannot infer (see RawStatement.p). */
export const PG = {
  text: "text",
  time: "timestamp(3)",
  float: "double precision",
  int: "integer",
  bool: "boolean",
  json: "jsonb",
  state: `"CardState"`,
  rating: `"ReviewRating"`,
  source: `"ReviewSource"`,
} as const;

export type PgType = (typeof PG)[keyof typeof PG];

/**
 * A raw statement's parameters, numbered in the order they appear: `?` for SQLite, `$n` with a
 * cast for PostgreSQL, which cannot infer a parameter's type in an INSERT … SELECT list.
 */
export class RawStatement {
  readonly params: unknown[] = [];
  private readonly pg: boolean;

  constructor(db: Database) {
    this.pg = providerOf(db) === "postgresql";
  }

  p(value: unknown, pgType?: PgType): string {
    this.params.push(value);
    return this.pg ? `$${this.params.length}${pgType ? `::${pgType}` : ""}` : "?";
  }
}

/** A statement built by `build`, which places each parameter with `s.p(value)`. */
export function sqlStatement(db: Database, build: (s: RawStatement) => string): Statement {
  const s = new RawStatement(db);
  const text = build(s);
  return { text, params: s.params };
}

/** A JSON column's value: SQLite returns it as text, PostgreSQL as a value. */
export const jsonValue = (v: unknown): unknown =>
  typeof v === "string" ? (JSON.parse(v) as unknown) : v;

/** Statements prepared once per connection (Prisma's adapter prepares every one anew). */
const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function prepare(sqlite: BetterSqlite3.Database, text: string): BetterSqlite3.Statement {
  let cache = prepared.get(sqlite);
  if (!cache) prepared.set(sqlite, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = sqlite.prepare(text)));
  return stmt;
}

/** A parameter as Prisma stores it on SQLite: times as ISO text with +00:00, booleans as 0/1. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** Runs one statement, reporting it to the query log as Prisma would. */
function logged<T>(
  onQuery: ((e: { query: string; duration: number }) => void) | undefined,
  query: string,
  run: () => T,
): T {
  if (!onQuery) return run();
  const t0 = performance.now();
  const result = run();
  onQuery({ query, duration: performance.now() - t0 });
  return result;
}

/** Rows of a raw query: on SQLite straight from the connection, else through Prisma. */
export async function queryRows(db: Database, text: string, params: unknown[]): Promise<Row[]> {
  const direct = sqliteConnection(db);
  if (!direct) return db.$queryRawUnsafe<Row[]>(text, ...params);
  return direct.run((sqlite) =>
    logged(
      direct.onQuery,
      text,
      () => prepare(sqlite, text).all(...params.map(sqliteValue)) as Row[],
    ),
  );
}

/** Runs statements in one transaction and returns the rows each changed. */
export async function inTransaction(db: Database, statements: Statement[]): Promise<number[]> {
  const direct = sqliteConnection(db);
  if (!direct) {
    return db.$transaction(statements.map((x) => db.$executeRawUnsafe(x.text, ...x.params)));
  }
  return direct.run((sqlite) => {
    const counts = sqlite.transaction(() =>
      statements.map(
        (x) =>
          logged(direct.onQuery, x.text, () =>
            prepare(sqlite, x.text).run(...x.params.map(sqliteValue)),
          ).changes,
      ),
    )();
    direct.onQuery?.({ query: "COMMIT", duration: 0 });
    return counts;
  });
}

/** A unique violation raised by a raw statement (Prisma reports those as P2010). */
export function isRawUniqueViolation(error: unknown): boolean {
  const e = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  return (
    (e?.code === "P2010" &&
      e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation") ||
    // better-sqlite3's own error, on the direct path
    e?.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}
