import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";

// Runs before each test file's modules load, so getEnv() sees this database and these settings.
const file = `tests/.tmp/test-${randomUUID()}.db`;
copyFileSync("tests/.tmp/base.db", file);
process.env.DATABASE_URL = `file:./${file}`;
process.env.APP_ENV = "test";
process.env.SESSION_SECRET = "test-secret-that-is-long-enough-0123456789";
