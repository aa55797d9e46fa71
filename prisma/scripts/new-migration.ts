// Writes the next migration for both engines: `npm run db:migration:new -- <name>`.
// Prisma diffs the models of the previous migration (migrations/models.prisma) against
// schema.prisma; dbmate applies the resulting plain SQL files on start.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startPostgresCluster } from "../../packages/db/src/testing/postgres-cluster";
import {
  ENGINES,
  SCHEMA_PATH,
  placeholderUrl,
  prismaCli,
  readSchema,
  renderSchema,
  type Engine,
} from "./engine-schema";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration:new -- <name_in_snake_case>");
  process.exit(2);
}

const migrationsRoot = fileURLToPath(new URL("../migrations/", import.meta.url));
const previousModels = join(migrationsRoot, "models.prisma");
const work = mkdtempSync(join(tmpdir(), "studykit-migration-"));
const EMPTY = /^-- This is an empty migration\.\s*$/;

function diff(url: string, from: string | null, to: string | null): string {
  const side = (flag: "from" | "to", path: string | null) =>
    path ? [`--${flag}-schema-datamodel`, path] : [`--${flag}-empty`];
  return prismaCli(
    ["migrate", "diff", ...side("from", from), ...side("to", to), "--script"],
    url,
  ).trim();
}

// SQLite rebuilds tables with PRAGMA foreign_keys=OFF, which has no effect inside a transaction.
function dbmateFile(up: string, down: string): string {
  const options = (sql: string) => (/PRAGMA foreign_keys/i.test(sql) ? " transaction:false" : "");
  return `-- migrate:up${options(up)}\n${up}\n\n-- migrate:down${options(down)}\n${down}\n`;
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const cluster = await startPostgresCluster();
try {
  const urls: Record<Engine, string> = {
    sqlite: placeholderUrl("sqlite"),
    // The JS schema engine connects to PostgreSQL even for a diff between two files.
    postgresql: await cluster.createDatabase("migration_scratch"),
  };
  const written: string[] = [];
  for (const engine of ENGINES) {
    const current = join(work, `${engine}.prisma`);
    writeFileSync(current, renderSchema(readSchema(), engine, "./unused"));
    let previous: string | null = null;
    if (existsSync(previousModels)) {
      previous = join(work, `${engine}.previous.prisma`);
      writeFileSync(previous, renderSchema(readSchema(previousModels), engine, "./unused"));
    }
    const up = diff(urls[engine], previous, current);
    if (EMPTY.test(up)) continue;
    const down = diff(urls[engine], current, previous);
    const dir = join(migrationsRoot, engine);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${stamp}_${name}.sql`);
    writeFileSync(file, dbmateFile(up, down));
    written.push(file);
  }
  if (written.length === 0) {
    console.log("schema.prisma matches the latest migration: nothing to write");
  } else {
    copyFileSync(SCHEMA_PATH, previousModels);
    console.log(`wrote\n  ${written.join("\n  ")}\nand updated ${previousModels}`);
  }
} finally {
  cluster.stop();
  rmSync(work, { recursive: true, force: true });
}
