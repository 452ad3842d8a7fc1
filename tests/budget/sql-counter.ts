// Test-only statement counting on both databases. On SQLite: a database client that counts
// through better-sqlite3's `verbose` hook and replaces the app's cached client, so loaders run
// unchanged against it. On PostgreSQL: node-postgres's `Client.prototype.query`, which every
// pooled connection of the app's Prisma adapter sends its statements through, is wrapped.
import pg from "pg";

import { SQLITE_BUSY_TIMEOUT_MS, sqliteClient, sqliteFile } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { createSqliteReader, type SqliteReader } from "~/utils/sqlite-reads.server";

export type Statement = { sql: string };

const log: Statement[] = [];
let counting = false;

const verbose = (message?: unknown) => {
  if (counting && typeof message === "string") log.push({ sql: message.trim() });
};

let pgWrapped = false;

/** Every statement a node-postgres connection of this process sends is logged while counting. */
function countPostgresStatements() {
  if (pgWrapped) return;
  pgWrapped = true;
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config] = args;
    const sql = typeof config === "string" ? config : (config as { text?: unknown } | null)?.text;
    verbose(typeof sql === "string" ? sql : String(sql));
    return query.apply(this, args);
  };
}

/**
 * On SQLite both of the app's connections count: Prisma's, and the one readRows reads on. On
 * PostgreSQL the app keeps its own client, and its pool's connections count.
 */
export function installCountingClient() {
  const url = getEnv().DATABASE_URL;
  if (/^postgres(ql)?:\/\//.test(url)) {
    countPostgresStatements();
    return;
  }
  const client = sqliteClient({ url, verbose });
  const cache = globalThis as unknown as { __db?: unknown; __dbUrl?: string; __reader?: SqliteReader | null };
  void cache.__reader?.close();
  cache.__db = client;
  cache.__dbUrl = url;
  const file = sqliteFile(url);
  if (!file) throw new Error("The statement counter needs a SQLite file.");
  cache.__reader = createSqliteReader(file, SQLITE_BUSY_TIMEOUT_MS, verbose);
  return client;
}

/** Runs `fn` and returns the statements it sent, with the rows it wrote by table. */
export async function countStatements(fn: () => Promise<unknown>) {
  log.length = 0;
  counting = true;
  try {
    await fn();
  } finally {
    counting = false;
  }
  const statements = log.map((entry) => entry.sql);
  const writes = (verb: "INSERT" | "UPDATE" | "DELETE", table: string) =>
    statements.filter((sql) =>
      // SQLite may name the schema `main`, PostgreSQL names it ("public"."AuditEvent").
      new RegExp(`^${verb}\\s+(INTO\\s+)?([\`"]?\\w+[\`"]?\\.)?[\`"]?${table}[\`"]?`, "i").test(sql),
    ).length;
  // Transaction control is not a statement the database has to plan and run.
  const work = statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(sql));
  return {
    statements: work,
    count: work.length,
    auditRows: writes("INSERT", "AuditEvent"),
    sessionUpdates: writes("UPDATE", "Session"),
    writes,
  };
}
