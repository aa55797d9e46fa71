// Test prerequisites from Debian's packages (PostgreSQL, Chromium). A missing one is installed
// when the tests run as root on Debian, and said so; otherwise the run stops with the command
// to install it. The tests that need it are never skipped.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export class MissingSystemPackageError extends Error {}

export function ensureDebianPackage(options: {
  /** The Debian package, e.g. "chromium". */
  pkg: string;
  /** True once it is installed. */
  installed: () => boolean;
  /** What needs it, for the messages. */
  purpose: string;
}): void {
  if (options.installed()) return;
  const root = process.getuid?.() === 0;
  const debian = existsSync("/etc/debian_version");
  if (!root || !debian) {
    throw new MissingSystemPackageError(
      `${options.pkg} is needed for ${options.purpose} but is not installed. Install it with: sudo apt-get install -y ${options.pkg}`,
    );
  }
  console.log(
    `${options.pkg} is needed for ${options.purpose} and is missing: installing it with apt-get…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const result = spawnSync("apt-get", ["install", "-y", "-qq", options.pkg], {
    stdio: "inherit",
    env,
  });
  if (result.status !== 0 || !options.installed()) {
    throw new MissingSystemPackageError(
      `apt-get could not install ${options.pkg} (exit ${result.status ?? "?"})`,
    );
  }
  console.log(`installed ${options.pkg}.`);
}
