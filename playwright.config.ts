import { defineConfig } from "@playwright/test";

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);

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
  webServer: {
    command: "rm -f prisma/e2e.db prisma/e2e.db-wal prisma/e2e.db-shm && npm run db:deploy && tsx tests/e2e/seed.ts && npm start",
    url: `http://localhost:${PORT}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(PORT),
      DATABASE_URL: "file:./prisma/e2e.db",
      NODE_ENV: "production",
      APP_ENV: "test",
      DEMO_MODE: "false",
      APP_URL: `http://localhost:${PORT}`,
      EXIT_URL: "https://www.bbc.co.uk/weather",
      SESSION_SECRET: "e2e-secret-that-is-long-enough-0123456789",
      // Browser tests sign the same people in many times from 127.0.0.1; the limits are tested in vitest.
      SIGN_IN_LIMIT_PER_IP: "1000",
      SIGN_IN_LIMIT_PER_EMAIL: "1000",
    },
  },
});
