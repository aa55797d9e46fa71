// A throwaway PostgreSQL cluster on a loopback port, for tests and for authoring migrations.
import { execFileSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface PostgresCluster {
  /** URL of the cluster's `postgres` maintenance database. */
  readonly adminUrl: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): void;
}

/** The newest PostgreSQL server binaries Debian installed, or POSTGRES_BIN_DIR. */
export function findPostgresBinDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.POSTGRES_BIN_DIR) return env.POSTGRES_BIN_DIR;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      "PostgreSQL server binaries not found: apt-get install postgresql, or set POSTGRES_BIN_DIR",
    );
  }
  return join(root, versions[0]!, "bin");
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// initdb refuses to run as root, so as root the cluster belongs to the `postgres` account.
function serverAccount(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ["postgres", "nobody"]) {
    try {
      const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
      return { uid, gid };
    } catch {
      // try the next account
    }
  }
  throw new Error("running as root and no `postgres` or `nobody` account to run PostgreSQL as");
}

async function runAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function quoted(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  return `"${name}"`;
}

/** Creates an empty database on the server behind `adminUrl` and returns its URL. */
export async function createDatabaseOn(adminUrl: string, name: string): Promise<string> {
  await runAdmin(adminUrl, `CREATE DATABASE ${quoted(name)}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabaseOn(adminUrl: string, name: string): Promise<void> {
  await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
}

const CLUSTER_PREFIX = "studykit-pg-";

/** Whether a process still runs (signal 0 only checks; a killed, unreaped zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc: trust the signal check
  }
}

/**
 * Stops clusters whose owning process died without stopping them (a test run killed mid-way),
 * so they do not pile up on a developer's machine.
 */
function reapOrphanedClusters(
  bin: string,
  account: { uid: number; gid: number } | undefined,
): void {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(CLUSTER_PREFIX))) {
    const dir = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, "owner.pid"), "utf8"));
    } catch {
      continue; // not one of ours, or still being created
    }
    if (!owner || isAlive(owner)) continue;
    try {
      execFileSync(
        join(bin, "pg_ctl"),
        ["-D", join(dir, "data"), "-m", "immediate", "-w", "stop"],
        {
          cwd: dir,
          stdio: "ignore",
          ...account,
        },
      );
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PostgresClusterOptions {
  /**
   * Keep PostgreSQL's durability settings (fsync, synchronous commit, full page writes) as in
   * production, e.g. for benchmarks. Tests turn them off: their cluster lives for one run.
   */
  durable?: boolean;
}

export async function startPostgresCluster(
  clusterOptions: PostgresClusterOptions = {},
): Promise<PostgresCluster> {
  const bin = findPostgresBinDir();
  const account = serverAccount();
  reapOrphanedClusters(bin, account);
  const dir = mkdtempSync(join(tmpdir(), CLUSTER_PREFIX));
  const data = join(dir, "data");
  writeFileSync(join(dir, "owner.pid"), String(process.pid));
  if (account) chownSync(dir, account.uid, account.gid);
  const run = (tool: string, args: string[]) =>
    execFileSync(join(bin, tool), args, { cwd: dir, stdio: "pipe", ...account });

  const port = await freeLoopbackPort();
  run("initdb", [
    "-D",
    data,
    "-U",
    "studykit",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  // Durability settings are off unless asked for: a test cluster lives for one run.
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-k ${dir}`,
    ...(clusterOptions.durable
      ? []
      : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
  ].join(" ");
  run("pg_ctl", [
    "-D",
    data,
    "-o",
    options,
    "-l",
    join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "start",
  ]);

  const adminUrl = `postgresql://studykit@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    adminUrl,
    createDatabase: (name) => createDatabaseOn(adminUrl, name),
    dropDatabase: (name) => dropDatabaseOn(adminUrl, name),
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
