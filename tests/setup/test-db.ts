import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll } from "vitest";

import { createTestDatabase } from "./postgres";

// Runs before each test file's modules load, so getEnv() sees this database and these settings.
const template = process.env.TEST_PG_TEMPLATE;
if (template) {
  const name = `${process.env.TEST_PG_PREFIX}_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  process.env.DATABASE_URL = await createTestDatabase(process.env.TEST_DATABASE_URL!, template, name);
  // Close this file's pool, so the run's databases can be dropped and connections do not pile up.
  // The pools: Prisma's, and the one readRows reads on.
  afterAll(async () => {
    const cache = globalThis as {
      __db?: { $disconnect(): Promise<void> };
      __reader?: { close(): unknown } | null;
    };
    await cache.__db?.$disconnect();
    await cache.__reader?.close();
  });
} else {
  const dir = process.env.TEST_RUN_DIR;
  if (!dir) throw new Error("TEST_RUN_DIR is not set: run the tests through vitest.config.ts");
  const file = join(dir, `test-${randomUUID()}.db`);
  copyFileSync(join(dir, "base.db"), file);
  process.env.DATABASE_URL = `file:./${file}`;
}
// Uploaded papers go to a directory of this test file's own, never the real data dir.
process.env.PAPERS_DIR = join(process.env.TEST_RUN_DIR ?? tmpdir(), `papers-${randomUUID()}`);
process.env.APP_ENV = "test";
process.env.SESSION_SECRET = "test-secret-that-is-long-enough-0123456789";
