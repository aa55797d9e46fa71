// `npm start` for the web app: serves the production build (scripts/serve.ts) with a session
// secret that persists across restarts (kept in data/, beside the embedded database, unless one is given).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(webDir, "..", "..");
const secretFile = join(repoRoot, "data", "auth-secret");

function sessionSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  if (!existsSync(secretFile)) {
    mkdirSync(dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(secretFile, "utf8").trim();
}

const port = process.env.PORT ?? "3000";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  BETTER_AUTH_SECRET: sessionSecret(),
  STUDYKIT_URL: process.env.STUDYKIT_URL ?? `http://localhost:${port}`,
};
// scripts/serve.ts: Next behind a server that records each connection's address (see there).
const child = spawn(process.execPath, ["--import", "tsx", join(webDir, "scripts", "serve.ts")], {
  cwd: webDir,
  env: { ...env, PORT: port, HOSTNAME: process.env.HOSTNAME ?? "0.0.0.0" },
  stdio: "inherit",
});
console.log(`StudyKit is starting on http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
