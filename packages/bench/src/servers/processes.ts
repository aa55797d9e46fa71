// Starting and stopping the servers the benchmarks and load tests talk to, each in its own process:
// the web app's production build (scripts/serve.ts, Next behind Node's http server), the API handler alone on Node's http server, and
// a bare http server that answers fixed JSON (the ceiling).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { KEEP_ALIVE_MS } from "./keep-alive";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
/**
 * The web app to build and serve. BENCH_WEB_DIR points at another checkout's apps/web, e.g. a
 * clean worktree of the last commit while the working tree is mid-edit.
 */
export const WEB_DIR = process.env.BENCH_WEB_DIR ?? join(REPO_ROOT, "apps", "web");
/** The benchmarks' own Next build directory, so they never collide with other builds. */
export const BENCH_DIST_DIR = ".next-bench";
export const BENCH_SECRET = "bench-secret-bench-secret-bench-secret-0123";

const SERVERS_DIR = fileURLToPath(new URL(".", import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** SIGTERM, then SIGKILL if it has not gone after a few seconds. */
  stop(): Promise<void>;
  /** SIGKILL: the process gets no chance to finish anything. */
  kill(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

function wrap(child: ChildProcess, port: number): ServerProcess {
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited(child);
      clearTimeout(timer);
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await exited(child);
    },
  };
}

export interface ServeOptions {
  databaseUrl: string;
  port?: number;
  /** Extra arguments for node (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Print the server's output (default: only errors). */
  verbose?: boolean;
  env?: Record<string, string>;
}

/** Builds the web app into `.next-bench` (NEXT_DIST_DIR) unless a build is there and `force` is off. */
export function buildWebApp(force: boolean): void {
  if (!force && existsSync(join(WEB_DIR, BENCH_DIST_DIR, "BUILD_ID"))) return;
  const build = spawnSync(join(WEB_DIR, "node_modules", ".bin", "next"), ["build"], {
    cwd: WEB_DIR,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

/** The web app's production server (scripts/serve.ts, as `npm start` runs it, over the `.next-bench` build). */
export async function startWebServer(options: ServeOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", join(WEB_DIR, "scripts", "serve.ts")],
    {
      cwd: WEB_DIR,
      env: {
        ...process.env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_MS),
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        DATABASE_URL: options.databaseUrl,
        BETTER_AUTH_SECRET: BENCH_SECRET,
        STUDYKIT_URL: url,
        STUDYKIT_TRUSTED_PROXIES: "127.0.0.1",
        ...options.env,
      },
      stdio: ["ignore", options.verbose ? "inherit" : "ignore", "inherit"],
    },
  );
  await waitUntilServing(`${url}/api/trpc/account.me`, child, 60_000);
  return wrap(child, port);
}

/**
 * The API's request handler alone on Node's http server (src/servers/api-server.ts): the same code
 * the web app mounts at /api/*, without Next. Starts in about a second, so the tests use it.
 */
export async function startApiServer(options: ServeOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(
    process.execPath,
    ["--import", "tsx", ...(options.nodeArgs ?? []), join(SERVERS_DIR, "api-server.ts")],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: options.databaseUrl,
        BETTER_AUTH_SECRET: BENCH_SECRET,
        PORT: String(port),
        // The driver's distinct X-Forwarded-For per simulated student is believed from loopback.
        STUDYKIT_TRUSTED_PROXIES: "127.0.0.1",
        ...options.env,
      },
      stdio: ["ignore", options.verbose ? "inherit" : "ignore", "inherit"],
    },
  );
  const server = wrap(child, port);
  await waitUntilServing(`${server.url}/api/trpc/account.me`, child, 60_000);
  return server;
}

/** A bare Node http server that answers every request with the same small JSON body. */
export async function startCeilingServer(): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(SERVERS_DIR, "ceiling-server.mjs")], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const server = wrap(child, port);
  await waitUntilServing(server.url, child, 10_000);
  return server;
}

/** A round-robin TCP balancer over the given servers (src/servers/round-robin.mjs). */
export async function startRoundRobin(backends: ServerProcess[]): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(SERVERS_DIR, "round-robin.mjs")], {
    env: { ...process.env, PORT: String(port), BACKENDS: backends.map((b) => b.port).join(",") },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const server = wrap(child, port);
  await waitUntilServing(`${server.url}/api/trpc/account.me`, child, 10_000);
  return server;
}

/** CPU time (user + system, ms) used so far by a process and every process below it. */
export function processTreeCpuMs(pid: number): number {
  const ticks = 100; // USER_HZ on Linux
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the command: state(0) ppid(1) … utime(11) stime(12)
      stats.set(Number(entry), {
        ppid: Number(fields[1]),
        cpu: ((Number(fields[11]) + Number(fields[12])) / ticks) * 1000,
      });
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const walk = (p: number) => {
    total += stats.get(p)?.cpu ?? 0;
    for (const [child, s] of stats) if (s.ppid === p) walk(child);
  };
  walk(pid);
  return total;
}
