// Renders prisma/schema.prisma (written for SQLite) for either engine, so the models live in one file.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export type Engine = "sqlite" | "postgresql";
export const ENGINES: readonly Engine[] = ["sqlite", "postgresql"];

export const SCHEMA_PATH = fileURLToPath(new URL("../schema.prisma", import.meta.url));

const PROVIDER_LINE = /^(\s*provider\s*=\s*)"sqlite"(\s*)$/m;
const OUTPUT_LINE = /^(\s*output\s*=\s*)"[^"]*"(\s*)$/m;

/**
 * The schema text for `engine`, with the client written to `clientOutput` (a path relative to
 * where the rendered file will be saved). Only the datasource provider and the output differ.
 */
export function renderSchema(source: string, engine: Engine, clientOutput: string): string {
  if (!PROVIDER_LINE.test(source) || !OUTPUT_LINE.test(source)) {
    throw new Error(
      'schema.prisma must have one `provider = "sqlite"` datasource and one generator `output`',
    );
  }
  return source
    .replace(PROVIDER_LINE, `$1"${engine}"$2`)
    .replace(OUTPUT_LINE, `$1"${clientOutput}"$2`);
}

export function readSchema(path: string = SCHEMA_PATH): string {
  return readFileSync(path, "utf8");
}

/** A DATABASE_URL the CLI accepts when it only reads the schema (generate, diff between files). */
export function placeholderUrl(engine: Engine): string {
  return engine === "sqlite" ? "file:./unused.db" : "postgresql://unused@localhost:5432/unused";
}

const prismaEntry = createRequire(import.meta.url).resolve("prisma/build/index.js");
export const CONFIG_PATH = fileURLToPath(new URL("../prisma.config.ts", import.meta.url));

/** Runs the Prisma CLI (offline: JS schema engine, telemetry off) and returns its stdout. */
export function prismaCli(args: string[], databaseUrl: string, inheritOutput = false): string {
  return execFileSync(process.execPath, [prismaEntry, ...args, "--config", CONFIG_PATH], {
    encoding: "utf8",
    stdio: ["ignore", inheritOutput ? "inherit" : "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
  });
}
