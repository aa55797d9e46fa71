import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two projects: unit tests of the pages' pure helpers (src/**), and end-to-end tests, a real
// Chromium against the production build with one server for the run (e2e/**).
export default defineConfig({
  test: {
    projects: [
      {
        // The app's own "~/" paths (tsconfig.json), so helpers import as the pages do.
        resolve: { alias: { "~": fileURLToPath(new URL("./src", import.meta.url)) } },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
