// Backups of the whole database while the app serves, and restores into an empty database.
// SQLite: the online backup API copies every page inside one read transaction, so the copy is
// the database at one moment, whatever writers do meanwhile. PostgreSQL: pg_dump reads inside
// one repeatable-read transaction, so its dump is one snapshot too. Nothing here logs rows.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
} from "node:fs";

import Database from "better-sqlite3";
import pg from "pg";

export type DatabaseKind = "sqlite" | "postgresql";

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

export function databaseKind(url: string): DatabaseKind {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/** The SQLite file a URL names (`file:./prisma/dev.db` is the default). */
function sqlitePath(url: string) {
  const file = url.replace(/^file:/, "");
  if (!file || file === ":memory:") throw new BackupError("This SQLite database has no file to back up.");
  return file;
}

/** A mistake the person running the command can fix; its message says how. */
export class BackupError extends Error {}

/** The database already holds tables: a restore never writes over data. */
export class NotEmptyError extends BackupError {}

/** Where the database lives, with no password: safe to print. */
export function describeDatabase(url: string) {
  if (!isPostgresUrl(url)) return `SQLite file ${sqlitePath(url)}`;
  const parsed = new URL(url);
  return `PostgreSQL database ${parsed.pathname.slice(1)} on ${parsed.hostname}:${parsed.port || 5432}`;
}

/**
 * A PostgreSQL client program: from PG_BIN if set, else from the newest Debian install (as
 * scripts/pg-cluster.sh finds the server), else from PATH.
 */
export function postgresProgram(name: "pg_dump" | "pg_restore") {
  if (process.env.PG_BIN) return `${process.env.PG_BIN}/${name}`;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(`${root}/${version}/bin/${name}`))
        .sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b))
    : [];
  return versions.length > 0 ? `${root}/${versions.at(-1)}/bin/${name}` : name;
}

/** The URL without its password (which goes in PGPASSWORD), so no process list shows it. */
function postgresConnection(url: string) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

function run(program: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += String(chunk)));
    child.once("error", (error) =>
      reject(
        new BackupError(
          `Could not run ${program} (${error.message}). Install PostgreSQL's client or set PG_BIN.`,
        ),
      ),
    );
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${program} failed (exit ${code}):\n${errors.trim()}`)),
    );
  });
}

/** What a backup file holds, from its first bytes. */
export function backupKind(file: string): DatabaseKind | null {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    const text = head.subarray(0, read).toString("latin1");
    if (text.startsWith("SQLite format 3\0")) return "sqlite";
    if (text.startsWith("PGDMP")) return "postgresql";
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a backup of the database at `url` to `file`, which must not exist yet. It is written
 * beside as `file.partial`, readable by its owner only, and renamed when whole, so a file with
 * the final name is always a complete backup.
 */
export async function backupDatabase(url: string, file: string) {
  if (existsSync(file)) throw new BackupError(`${file} already exists. Choose a new name for each backup.`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    if (isPostgresUrl(url)) {
      const { dbname, env } = postgresConnection(url);
      await run(
        postgresProgram("pg_dump"),
        ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${dbname}`],
        env,
      );
      chmodSync(partial, 0o600);
    } else {
      const source = new Database(sqlitePath(url), { readonly: true, fileMustExist: true, timeout: 5_000 });
      try {
        // All pages in one step: one read transaction, so writes in between cannot restart it.
        await source.backup(partial, { progress: () => 0x7fffffff });
      } finally {
        source.close();
      }
      chmodSync(partial, 0o600);
      const copy = new Database(partial, { readonly: true });
      try {
        const check = copy.pragma("integrity_check", { simple: true });
        if (check !== "ok") throw new BackupError("The backup copy failed SQLite's integrity check.");
      } finally {
        copy.close();
      }
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  // Every value as the text PostgreSQL sends, so checksums do not depend on parsing.
  const client = new pg.Client({
    connectionString: url,
    types: { getTypeParser: () => (value: string) => value },
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** How many things (tables, views, sequences, types, functions) the database's own schemas hold. */
async function objectCount(url: string) {
  if (isPostgresUrl(url)) {
    return withPostgres(url, async (client) => {
      const { rows } = await client.query<{ count: string }>(`
        SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
                   AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f'))
             + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND t.typtype IN ('e', 'd'))
             + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')) AS count`);
      return Number(rows[0].count);
    });
  }
  const file = sqlitePath(url);
  if (!existsSync(file)) return 0;
  const database = new Database(file, { readonly: true, timeout: 5_000 });
  try {
    return (database.prepare("SELECT count(*) AS count FROM sqlite_master").get() as { count: number }).count;
  } finally {
    database.close();
  }
}

/**
 * Restores a backup into the database at `url`, which must be empty: a new PostgreSQL database
 * (createdb), or a SQLite file that does not exist yet. Anything in it is a refusal, never a merge.
 */
export async function restoreDatabase(url: string, file: string) {
  if (!existsSync(file)) throw new BackupError(`There is no backup file ${file}.`);
  const kind = databaseKind(url);
  const holds = backupKind(file);
  if (holds !== kind)
    throw new BackupError(
      `${file} is ${holds ? `a ${holds} backup` : "not a backup this app made"}; DATABASE_URL is ${kind}.`,
    );
  const existing = await objectCount(url);
  if (existing > 0)
    throw new NotEmptyError(
      `Refused: the ${describeDatabase(url)} is not empty (it holds ${existing} tables or other objects). ` +
        "A restore only goes into an empty database, so nothing is written over. " +
        "Create a new database, point DATABASE_URL at it, and run the restore again.",
    );
  if (kind === "postgresql") {
    const { dbname, env } = postgresConnection(url);
    await run(
      postgresProgram("pg_restore"),
      [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        `--dbname=${dbname}`,
        file,
      ],
      env,
    );
    return;
  }
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(sqlitePath(url), { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

/** The names of the app's tables (Prisma's migration table included). */
export async function tableNames(url: string): Promise<string[]> {
  if (isPostgresUrl(url)) {
    return withPostgres(url, async (client) => {
      const { rows } = await client.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      return rows.map((row) => row.name);
    });
  }
  const database = new Database(sqlitePath(url), { readonly: true, fileMustExist: true });
  try {
    return (
      database
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
  } finally {
    database.close();
  }
}

export type TableSummary = { rows: number; checksum: string };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function summarise(rows: unknown[][]): TableSummary {
  const lines = rows
    .map((row) =>
      JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)),
    )
    .sort();
  const hash = createHash("sha256");
  for (const line of lines) hash.update(line).update("\n");
  return { rows: rows.length, checksum: hash.digest("hex") };
}

/**
 * Each table's row count and a checksum of its rows in any order, read in one snapshot, so two
 * databases of one kind can be compared. It holds a table in memory: for checks, not for a
 * production database's biggest tables.
 */
export async function tableSummaries(url: string): Promise<Record<string, TableSummary>> {
  const names = await tableNames(url);
  const summaries: Record<string, TableSummary> = {};
  if (isPostgresUrl(url)) {
    await withPostgres(url, async (client) => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      for (const name of names) {
        const result = await client.query({ text: `SELECT * FROM ${quote(name)}`, rowMode: "array" });
        summaries[name] = summarise(result.rows as unknown[][]);
      }
      await client.query("COMMIT");
    });
    return summaries;
  }
  const database = new Database(sqlitePath(url), { readonly: true, fileMustExist: true });
  try {
    database.transaction(() => {
      for (const name of names)
        summaries[name] = summarise(
          database
            .prepare(`SELECT * FROM ${quote(name)}`)
            .raw()
            .all() as unknown[][],
        );
    })();
  } finally {
    database.close();
  }
  return summaries;
}

/** Rows whose foreign key names a row that is not there, per table (none in a sound database). */
export async function foreignKeyViolations(url: string): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  if (isPostgresUrl(url)) {
    await withPostgres(url, async (client) => {
      const { rows } = await client.query<{ child: string; parent: string; pairs: string }>(`
        SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
               (SELECT string_agg(quote_ident(a.attname) || '=' || quote_ident(b.attname), ',' ORDER BY k.i)
                  FROM unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(ck, pk, i)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.ck
                  JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = k.pk) AS pairs
          FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE c.contype = 'f' AND n.nspname = 'public'`);
      for (const { child, parent, pairs } of rows) {
        const columns = pairs.split(",").map((pair) => pair.split("="));
        const present = columns.map(([own]) => `c.${own} IS NOT NULL`).join(" AND ");
        const match = columns.map(([own, theirs]) => `p.${theirs} = c.${own}`).join(" AND ");
        const result = await client.query<{ count: string }>(
          `SELECT count(*) AS count FROM ${child} c WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE ${match})`,
        );
        const count = Number(result.rows[0].count);
        if (count > 0) found[child.replaceAll('"', "")] = (found[child.replaceAll('"', "")] ?? 0) + count;
      }
    });
    return found;
  }
  const database = new Database(sqlitePath(url), { readonly: true, fileMustExist: true });
  try {
    for (const row of database.pragma("foreign_key_check") as { table: string }[])
      found[row.table] = (found[row.table] ?? 0) + 1;
  } finally {
    database.close();
  }
  return found;
}

/** A default backup file name for now, in `directory`. */
export function backupFileName(directory: string, kind: DatabaseKind, now = new Date()) {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return `${directory}/safety-circle-${stamp}.${kind === "postgresql" ? "pgdump" : "sqlite"}`;
}
