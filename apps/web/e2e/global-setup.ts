// Starts the production build on a loopback port over a fresh, migrated and seeded SQLite
// database, for the whole E2E run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { ensureDatabase, resolveDatabaseConfig } from "@studykit/db";
import { ensureDebianPackage } from "@studykit/db/testing";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
  }
}

const webDir = fileURLToPath(new URL("..", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
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

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`the web server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the web server did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  ensureDebianPackage({
    pkg: "chromium",
    purpose: "the browser tests",
    installed: () => existsSync(chromium),
  });
  if (!existsSync(join(webDir, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    // Normally turbo builds first (test depends on build); a bare `vitest run` builds here.
    const build = spawnSync("npx", ["next", "build"], {
      cwd: webDir,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const dir = mkdtempSync(join(tmpdir(), "studykit-e2e-"));
  const databaseUrl = `file:${join(dir, "e2e.db")}`;
  await ensureDatabase({ config: resolveDatabaseConfig(databaseUrl), seedIfEmpty: true });
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // The production server (scripts/serve.ts), as `npm start` runs it.
  const child = spawn(process.execPath, ["--import", "tsx", join(webDir, "scripts", "serve.ts")], {
    cwd: webDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      // The tests' own HTTP calls stand for clients behind a proxy on loopback: their
      // X-Forwarded-For is believed, and each test can be its own address.
      STUDYKIT_TRUSTED_PROXIES: "127.0.0.1",
      // Tests move time on with an x-studykit-now header (DEVELOPERS.md); never in production.
      STUDYKIT_TEST_CLOCK: "1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
      STUDYKIT_URL: baseURL,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitFor(`${baseURL}/sign-in`, child, 60_000);
  project.provide("baseURL", baseURL);
  project.provide("databaseUrl", databaseUrl);
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dir, { recursive: true, force: true });
  };
}
