import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The CLI tests start real Node processes; on a 2-core machine running the other packages'
    // suites beside them, one start can take tens of seconds.
    testTimeout: 90_000,
  },
});
