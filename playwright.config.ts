import { defineConfig } from "@playwright/test";

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_PG_URL (a PostgreSQL server the tests may create a database on) adds a second server on
// PostgreSQL, for the smoke journey in tests/e2e/postgres/ and the journeys named below.
const PG_URL = process.env.E2E_PG_URL;
const PG_PORT = Number(process.env.E2E_PG_PORT ?? PORT + 100);
// One more server per database on an empty database (migrated, nothing seeded), for the journeys
// in tests/e2e/empty/ that start with set-up. Their tests run set-up against the same database.
const EMPTY_PORT = PORT + 50;
const EMPTY_PG_PORT = PG_PORT + 50;
const EMPTY_SQLITE_URL = "file:./prisma/e2e-empty.db";

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

function pgDatabaseUrl(serverUrl: string, port = PG_PORT) {
  const url = new URL(serverUrl);
  url.pathname = `/sc_e2e_${port}`;
  return url.toString();
}

const emptyFolder = /[\\/]empty[\\/]/;

// Journeys that also run against the PostgreSQL server (seeded the same way): meeting papers and
// decisions, notices and questions. The rest run on SQLite only, to keep the run short.
const onBothDatabases = ["meeting-outcome", "papers", "paper-sections", "notices", "questions"].map(
  (name) => new RegExp(`[\\\\/]${name}\\.spec\\.ts$`),
);

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
    {
      name: "sqlite",
      use: { baseURL: `http://localhost:${PORT}` },
      testIgnore: [/[\\/]postgres[\\/]/, emptyFolder],
    },
    ...(PG_URL
      ? [
          {
            name: "postgresql",
            use: { baseURL: `http://localhost:${PG_PORT}` },
            testMatch: [/[\\/]postgres[\\/].*\.spec\.ts$/, ...onBothDatabases],
          },
        ]
      : []),
    // The specs read metadata.databaseUrl to run `npm run setup` on the server's own database.
    {
      name: "empty-sqlite",
      use: { baseURL: `http://localhost:${EMPTY_PORT}` },
      testMatch: /[\\/]empty[\\/].*\.spec\.ts$/,
      metadata: { databaseUrl: EMPTY_SQLITE_URL },
    },
    ...(PG_URL
      ? [
          {
            name: "empty-postgresql",
            use: { baseURL: `http://localhost:${EMPTY_PG_PORT}` },
            testMatch: /[\\/]empty[\\/].*\.spec\.ts$/,
            metadata: { databaseUrl: pgDatabaseUrl(PG_URL, EMPTY_PG_PORT) },
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
    {
      // Migrated (with the national directory db:deploy adds), nothing else: set-up is the test's.
      command:
        "rm -f prisma/e2e-empty.db prisma/e2e-empty.db-wal prisma/e2e-empty.db-shm && npm run db:deploy && npm start",
      url: `http://localhost:${EMPTY_PORT}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: serverEnv(EMPTY_PORT, EMPTY_SQLITE_URL),
    },
    ...(PG_URL
      ? [
          {
            command: "tsx tests/e2e/postgres/fresh-database.ts && npm run db:deploy && npm start",
            url: `http://localhost:${EMPTY_PG_PORT}/healthz`,
            timeout: 120_000,
            reuseExistingServer: false,
            env: serverEnv(EMPTY_PG_PORT, pgDatabaseUrl(PG_URL, EMPTY_PG_PORT)),
          },
        ]
      : []),
  ],
});
