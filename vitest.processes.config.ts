import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

// Tests that start the production build as separate processes on PostgreSQL:
// `npm run build && TEST_DATABASE_URL=postgresql://… npm run test:processes`. The crash test
// (tests/processes/crash-safety.test.ts) also runs on SQLite: leave TEST_DATABASE_URL unset and name it.
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/processes/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/setup/global-setup.ts"],
    // The same setup as vitest.config.ts: matchers, and a console.error fails the test unless expected.
    setupFiles: ["tests/setup/test-db.ts", "tests/setup/matchers.ts", "tests/setup/console-errors.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
