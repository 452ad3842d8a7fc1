// Prepares the database every test file copies, once per run, on the database the run is for:
// - SQLite (default): one migrated file in this run's own folder; each test file copies it.
// - PostgreSQL (TEST_DATABASE_URL=postgresql://… names a server the tests may create databases
//   on): `prisma migrate deploy` into a template database; each test file gets its own
//   `CREATE DATABASE … TEMPLATE …`. Every database of the run is dropped at the end.
// Each run has its own names, so two runs at once (CI and a developer) never collide.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

import Database from "better-sqlite3";

import { adminClient, databaseUrl, isPostgresUrl } from "./postgres";

export default async function setup() {
  const runId = `${process.pid}_${Date.now()}`;
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl && isPostgresUrl(adminUrl)) return setupPostgres(adminUrl, `sc_test_${runId}`);
  if (adminUrl) throw new Error("TEST_DATABASE_URL must be a postgresql:// URL (SQLite is the default)");
  return setupSqlite(join("tests/.tmp", `run-${runId}`));
}

function setupSqlite(dir: string) {
  mkdirSync(dir, { recursive: true });
  const database = new Database(join(dir, "base.db"));
  const migrations = "prisma/migrations/sqlite";
  for (const migration of readdirSync(migrations)
    .filter((name) => /^\d/.test(name))
    .sort()) {
    database.exec(readFileSync(join(migrations, migration, "migration.sql"), "utf8"));
  }
  database.close();
  // Test workers start after this and inherit the environment.
  process.env.TEST_RUN_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

async function setupPostgres(adminUrl: string, prefix: string) {
  const template = `${prefix}_template`;
  const admin = await adminClient(adminUrl);
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  // The real CLI path, prisma.config.ts patches included, as production deploys.
  const deploy = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl(adminUrl, template) },
    encoding: "utf8",
  });
  if (deploy.status !== 0)
    throw new Error(`prisma migrate deploy failed:\n${deploy.stdout}\n${deploy.stderr}`);
  process.env.TEST_PG_TEMPLATE = template;
  process.env.TEST_PG_PREFIX = prefix;
  return async () => {
    const cleanup = await adminClient(adminUrl);
    const { rows } = await cleanup.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${prefix}%`],
    );
    for (const { datname } of rows) await cleanup.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await cleanup.end();
  };
}
