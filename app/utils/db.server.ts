import { AsyncLocalStorage } from "node:async_hooks";

import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { z } from "zod";

import { PrismaClient as PostgresClient } from "~/generated/postgresql/client";
import { PrismaClient, type Prisma } from "~/generated/sqlite/client";
import { getEnv } from "~/utils/env.server";
import { createPostgresReader } from "~/utils/postgres-reads.server";
import { createSqliteReader, toParameter as toSqliteParameter } from "~/utils/sqlite-reads.server";
import { sqliteAdapter, type SqliteAdapter } from "~/utils/sqlite-statement-cache.server";

export type Db = PrismaClient;

/** How long a SQLite write waits for another connection's write to finish before it fails. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** The SQLite file a database URL names, or null for PostgreSQL and in-memory databases. */
export function sqliteFile(url: string): string | null {
  const file = url.replace(/^file:/, "");
  return isPostgres(url) || !file || file === ":memory:" ? null : file;
}

/**
 * Puts a SQLite file in write-ahead-log mode before the app's first query. In WAL mode readers
 * never wait for a writer and a commit is one append, so an audit insert no longer blocks the
 * event loop on a journal sync. The mode is kept in the file, so once at start-up is enough.
 */
export function enableWriteAheadLog(url: string) {
  const file = sqliteFile(url);
  if (!file) return;
  const database = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    database.pragma("journal_mode = WAL");
  } finally {
    database.close();
  }
}

// Each SQLite client's connection, for `writeRow`.
const sqliteConnections = new WeakMap<object, SqliteAdapter["connection"]>();

/** A Prisma client on a SQLite file, whose connection `writeRow` can write on. */
export function sqliteClient(config: Parameters<typeof sqliteAdapter>[0]): Db {
  const adapter = sqliteAdapter(config);
  const client = new PrismaClient({ adapter });
  sqliteConnections.set(client, adapter.connection);
  return client;
}

function createClient(url: string): Db {
  if (isPostgres(url)) {
    // Both clients come from the same models, so the SQLite type describes the Postgres one too.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  enableWriteAheadLog(url);
  return sqliteClient({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
}

type Reader = {
  read(query: Prisma.Sql): unknown[] | Promise<unknown[]>;
  write?(query: Prisma.Sql): Promise<void>;
  close(): unknown;
};

function createReader(url: string): Reader | null {
  if (isPostgres(url)) return createPostgresReader(url);
  const file = sqliteFile(url);
  return file ? createSqliteReader(file, SQLITE_BUSY_TIMEOUT_MS) : null;
}

const globalForDb = globalThis as unknown as { __db?: Db; __dbUrl?: string; __reader?: Reader | null };

/** One client per process, kept across dev reloads. */
export function getDb(): Db {
  const url = getEnv().DATABASE_URL;
  if (!globalForDb.__db || globalForDb.__dbUrl !== url) {
    void globalForDb.__reader?.close();
    globalForDb.__db = createClient(url);
    globalForDb.__reader = undefined;
    globalForDb.__dbUrl = url;
  }
  return globalForDb.__db;
}

/**
 * A read in SQL, outside any transaction, beside Prisma rather than through it: on PostgreSQL on
 * a small pool of prepared statements (postgres-reads.server.ts), on SQLite on a connection that
 * only reads (sqlite-reads.server.ts); both say why. In-memory SQLite reads through `$queryRaw`. Each row is parsed with
 * `row` (column types in rows.server.ts), so both databases give the same types and a row of
 * another shape throws. Writes, and reads inside a transaction, go through Prisma.
 */
export async function readRows<Row extends z.ZodType>(row: Row, query: Prisma.Sql): Promise<z.output<Row>[]> {
  const client = getDb();
  const reader = getReader();
  const rows = reader ? await reader.read(query) : await client.$queryRaw<unknown[]>(query);
  return rows.map((value) => {
    const parsed = row.safeParse(value);
    // The issues name columns and types, never the values.
    if (!parsed.success)
      throw new Error(`A row read in SQL has an unexpected shape:\n${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

function getReader(): Reader | null {
  if (globalForDb.__reader === undefined) globalForDb.__reader = createReader(globalForDb.__dbUrl ?? "");
  return globalForDb.__reader;
}

/**
 * One write in SQL (an INSERT of fixed text) with Prisma's planning left out: the audit row every
 * page view writes. Prisma spent more CPU planning that one statement than the rest of a page's
 * reads. Inside a transaction it joins the transaction through Prisma, as any write does.
 * Outside one: on SQLite on Prisma's own connection (a second writing connection would wait on
 * Prisma's transactions while holding the event loop), on PostgreSQL on readRows' pool.
 */
export async function writeRow(query: Prisma.Sql): Promise<void> {
  if (currentTransaction()) {
    await db.$executeRaw(query);
    return;
  }
  const client = getDb();
  const connection = sqliteConnections.get(client)?.();
  if (connection) {
    connection.prepare(query.sql).run(...query.values.map(toSqliteParameter));
    return;
  }
  // Only the PostgreSQL reader writes; SQLite's reads on a connection that cannot.
  const reader = getReader();
  if (reader?.write) await reader.write(query);
  else await client.$executeRaw(query);
}

type TransactionClient = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// The transaction that `inTransaction` opened for the code it runs, if any. `open` turns false
// when it ends: work the code only scheduled (a timer, a woken job runner) runs later in the same
// async context, and must then use the database, not a transaction that no longer exists.
const openTransaction = new AsyncLocalStorage<{ tx: TransactionClient; open: boolean }>();

function currentTransaction() {
  const store = openTransaction.getStore();
  return store?.open ? store.tx : undefined;
}

/**
 * Inside an open transaction a module's own `db.$transaction` joins it, so the whole of the
 * work commits or rolls back as one. Options such as isolation level are those of the outer one.
 */
function joinTransaction(tx: TransactionClient) {
  return async (work: unknown) => {
    if (typeof work === "function") return (work as (client: TransactionClient) => Promise<unknown>)(tx);
    const results: unknown[] = [];
    for (const query of work as Promise<unknown>[]) results.push(await query);
    return results;
  };
}

/**
 * The app's database. Code that `inTransaction` runs gets the transaction through this same
 * object, so modules need not pass a client around to take part in it.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const tx = currentTransaction();
    if (tx && property === "$transaction") return joinTransaction(tx);
    const client = tx ?? getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Runs `work` in one transaction: every query it makes through `db` commits or rolls back together. */
export function inTransaction<T>(work: () => Promise<T>, options?: { timeout?: number }): Promise<T> {
  if (currentTransaction()) return work();
  return getDb().$transaction(async (tx) => {
    const store = { tx, open: true };
    try {
      return await openTransaction.run(store, work);
    } finally {
      store.open = false;
    }
  }, options);
}

/** Runs `work` (and what it schedules) with no transaction lent, whatever its caller holds. */
export function outsideTransaction<T>(work: () => T): T {
  return openTransaction.exit(work);
}

/** Unique-key clashes (P2002) and write conflicts (P2034): another process got there first. */
function isRaceLoss(error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2002" || code === "P2034";
}

/**
 * Runs a read-then-write that can lose a race to another app process (two inserts of one unique
 * key, a serialization failure) again from the start, a few times. The work must be one
 * transaction or conditional statements, so a lost attempt leaves nothing behind.
 */
export async function retryOnRace<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRaceLoss(error)) throw error;
    }
  }
}
