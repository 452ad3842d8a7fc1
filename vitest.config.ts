import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    // Separate processes on PostgreSQL, after a build: npm run test:processes.
    exclude: ["tests/processes/**", "**/node_modules/**"],
    environment: "node",
    // The machine is shared and often busy: a slow test is not a failure (budgets are counted, not timed).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/test-db.ts", "tests/setup/matchers.ts", "tests/setup/console-errors.ts"],
  },
});
