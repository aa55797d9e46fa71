// Which database to use: DATABASE_URL alone decides. Unset means the embedded SQLite file.
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { databaseUrlFromEnv } from "./env";

export type Engine = "sqlite" | "postgresql";

export interface DatabaseConfig {
  engine: Engine;
  /** A URL Prisma's adapter accepts: `file:/absolute/path.db` or `postgresql://…`. */
  url: string;
  /** SQLite only: the database file's absolute path. */
  filePath?: string;
}

/** Default embedded database, relative to the repository root. */
export const DEFAULT_SQLITE_PATH = "data/studykit.db";

/**
 * The monorepo root: the nearest directory upwards holding a package.json with workspaces.
 * Found from the working directory so the app (run from apps/web) and root scripts agree.
 */
export function findRepoRoot(from: string = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { workspaces?: unknown };
      if (parsed.workspaces) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

export function resolveDatabaseConfig(
  databaseUrl: string | undefined = databaseUrlFromEnv(),
  root: string = findRepoRoot(),
): DatabaseConfig {
  const url = databaseUrl?.trim() ?? "";
  if (/^postgres(ql)?:\/\//.test(url)) return { engine: "postgresql", url };
  if (url === "" || url.startsWith("file:")) {
    const given = url === "" ? DEFAULT_SQLITE_PATH : url.slice("file:".length);
    // Relative paths are taken from the repository root, not from whichever app started.
    const filePath = isAbsolute(given) ? given : resolve(root, given);
    return { engine: "sqlite", url: `file:${filePath}`, filePath };
  }
  throw new Error(
    `DATABASE_URL must start with postgresql:// or file: (got "${url.slice(0, 20)}…"); leave it unset for ${DEFAULT_SQLITE_PATH}`,
  );
}
