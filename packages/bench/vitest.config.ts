import { defineConfig } from "vitest/config";

// Load and crash tests: real servers in child processes over temporary SQLite files.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 120_000,
    // Starting a harness (migrated database, seeded students, a server) waits for CPU when the
    // other packages' suites run beside it on a 2-core machine; the limit is on the run, not
    // the start-up.
    hookTimeout: 300_000,
    // The load and crash suites each drive a server flat out: one at a time, so neither starves
    // the other's harness.
    fileParallelism: false,
  },
});
