// Builds one migrated SQLite file; every test file then works on its own copy of it.
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

import Database from "better-sqlite3";

export const TMP_DIR = "tests/.tmp";
export const BASE_DB = join(TMP_DIR, "base.db");

export default function setup() {
  rmSync(TMP_DIR, { recursive: true, force: true });
  mkdirSync(TMP_DIR, { recursive: true });
  const database = new Database(BASE_DB);
  const dir = "prisma/migrations/sqlite";
  for (const migration of readdirSync(dir).filter((name) => /^\d/.test(name)).sort()) {
    database.exec(readFileSync(join(dir, migration, "migration.sql"), "utf8"));
  }
  database.close();
  return () => rmSync(TMP_DIR, { recursive: true, force: true });
}
