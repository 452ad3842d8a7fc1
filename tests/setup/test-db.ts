import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import { join } from "node:path";

// Runs before each test file's modules load, so getEnv() sees this database and these settings.
const dir = process.env.TEST_RUN_DIR;
if (!dir) throw new Error("TEST_RUN_DIR is not set: run the tests through vitest.config.ts");
const file = join(dir, `test-${randomUUID()}.db`);
copyFileSync(join(dir, "base.db"), file);
process.env.DATABASE_URL = `file:./${file}`;
process.env.APP_ENV = "test";
process.env.SESSION_SECRET = "test-secret-that-is-long-enough-0123456789";
