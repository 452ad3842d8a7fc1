import { defineConfig } from "@playwright/test";

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_PG_URL (a PostgreSQL server the tests may create a database on) adds a second server on
// PostgreSQL, for the smoke journey in tests/e2e/postgres/. Everything else runs on SQLite.
const PG_URL = process.env.E2E_PG_URL;
const PG_PORT = Number(process.env.E2E_PG_PORT ?? PORT + 100);

const serverEnv = (port: number, databaseUrl: string) => ({
  PORT: String(port),
  DATABASE_URL: databaseUrl,
  NODE_ENV: "production",
  APP_ENV: "test",
  DEMO_MODE: "false",
  SHOW_OUTBOX: "true",
  APP_URL: `http://localhost:${port}`,
  EXIT_URL: "https://www.bbc.co.uk/weather",
  SESSION_SECRET: "e2e-secret-that-is-long-enough-0123456789",
  // Browser tests sign the same people in many times from 127.0.0.1; the limits are tested in vitest.
  SIGN_IN_LIMIT_PER_IP: "1000",
  SIGN_IN_LIMIT_PER_EMAIL: "1000",
});

function pgDatabaseUrl(serverUrl: string) {
  const url = new URL(serverUrl);
  url.pathname = `/sc_e2e_${PG_PORT}`;
  return url.toString();
}

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? "list" : "line",
  // A ceiling, not a measurement: five people share this 2-core machine and a long journey
  // (several people signing in, axe on each page) can take minutes under their load.
  timeout: 180_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      // Debian's chromium; Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "sqlite", use: { baseURL: `http://localhost:${PORT}` }, testIgnore: /[\\/]postgres[\\/]/ },
    ...(PG_URL
      ? [
          {
            name: "postgresql",
            use: { baseURL: `http://localhost:${PG_PORT}` },
            testMatch: /[\\/]postgres[\\/].*\.spec\.ts$/,
          },
        ]
      : []),
  ],
  webServer: [
    {
      command:
        "rm -f prisma/e2e.db prisma/e2e.db-wal prisma/e2e.db-shm && npm run db:deploy && tsx tests/e2e/seed.ts && npm start",
      url: `http://localhost:${PORT}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: serverEnv(PORT, "file:./prisma/e2e.db"),
    },
    ...(PG_URL
      ? [
          {
            // A fresh database each run: dropped and created, migrated, seeded with the same people.
            command:
              "tsx tests/e2e/postgres/fresh-database.ts && npm run db:deploy && tsx tests/e2e/seed.ts && npm start",
            url: `http://localhost:${PG_PORT}/healthz`,
            timeout: 120_000,
            reuseExistingServer: false,
            env: serverEnv(PG_PORT, pgDatabaseUrl(PG_URL)),
          },
        ]
      : []),
  ],
});
