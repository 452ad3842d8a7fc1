// Test-only database client that counts every SQL statement, through better-sqlite3's
// `verbose` hook. It replaces the app's cached client, so loaders run unchanged against it.
import { PrismaClient } from "~/generated/sqlite/client";
import { SQLITE_BUSY_TIMEOUT_MS, sqliteFile } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { createSqliteReader, type SqliteReader } from "~/utils/sqlite-reads.server";
import { sqliteAdapter } from "~/utils/sqlite-statement-cache.server";

export type Statement = { sql: string };

const log: Statement[] = [];
let counting = false;

const verbose = (message?: unknown) => {
  if (counting && typeof message === "string") log.push({ sql: message.trim() });
};

/** Both of the app's SQLite connections count: Prisma's, and the one readRows reads on. */
export function installCountingClient() {
  const url = getEnv().DATABASE_URL;
  const client = new PrismaClient({ adapter: sqliteAdapter({ url, verbose }) });
  const cache = globalThis as unknown as { __db?: unknown; __dbUrl?: string; __reader?: SqliteReader | null };
  cache.__reader?.close();
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
      new RegExp(`^${verb}\\s+(INTO\\s+)?[\`"]?(main[\`"]?\\.[\`"]?)?${table}[\`"]?`, "i").test(sql),
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
