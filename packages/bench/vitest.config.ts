import { defineConfig } from "vitest/config";

// Load and crash tests: real servers in child processes over temporary SQLite files.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
