// Builds one migrated SQLite file per test run; every test file then works on its own copy.
// Each run has its own folder, so two runs at once (CI and a developer) never collide.
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

import Database from "better-sqlite3";

export default function setup() {
  const dir = join("tests/.tmp", `run-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const baseDb = join(dir, "base.db");
  const database = new Database(baseDb);
  const migrations = "prisma/migrations/sqlite";
  for (const migration of readdirSync(migrations).filter((name) => /^\d/.test(name)).sort()) {
    database.exec(readFileSync(join(migrations, migration, "migration.sql"), "utf8"));
  }
  database.close();
  // Test workers start after this and inherit the environment.
  process.env.TEST_RUN_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
