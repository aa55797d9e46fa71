// Vitest global setup: one throwaway PostgreSQL cluster for the whole run; each test file makes
// its own databases on it. A missing PostgreSQL fails the run rather than skipping its tests.
import type { TestProject } from "vitest/node";
import { findPostgresBinDir, startPostgresCluster } from "./postgres-cluster";
import { ensureDebianPackage } from "./system-packages";
import { reapOrphanedSqliteDirs } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  reapOrphanedSqliteDirs();
  ensureDebianPackage({
    pkg: "postgresql",
    purpose: "the PostgreSQL tests",
    installed: () => {
      try {
        findPostgresBinDir();
        return true;
      } catch {
        return false;
      }
    },
  });
  const cluster = await startPostgresCluster();
  project.provide("postgresAdminUrl", cluster.adminUrl);
  // Stop the cluster even when the run is interrupted (turbo stops sibling tasks on a failure).
  const interrupted = (signal: NodeJS.Signals) => {
    cluster.stop();
    process.kill(process.pid, signal);
  };
  process.once("exit", cluster.stop);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, interrupted);
  return () => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(signal, interrupted);
    process.off("exit", cluster.stop);
    cluster.stop();
  };
}
