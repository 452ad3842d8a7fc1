import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database, Statement } from "better-sqlite3";

// Prisma's better-sqlite3 adapter prepares every statement afresh and binds it for good, so
// each query paid SQLite's parse and plan again (about a tenth of the plan page's server time).
// A page sends the same few statements every time: keep them prepared, and pass the
// parameters at each run instead of binding them to the statement.

const MAX_STATEMENTS = 300;

type Args = unknown[];

/** The part of a statement the adapter uses, with the arguments applied at each run. */
function bound(statement: Statement, args: Args) {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  };
}

/**
 * `prepare`, remembering up to MAX_STATEMENTS results by their SQL, the least recently used
 * dropped first. Each of the app's SQLite connections keeps its statements this way.
 */
export function keepPrepared<T>(prepare: (sql: string) => T): (sql: string) => T {
  const statements = new Map<string, T>();
  return (sql) => {
    let statement = statements.get(sql);
    if (statement !== undefined) {
      // Most recently used last, so the oldest is the one dropped.
      statements.delete(sql);
    } else {
      statement = prepare(sql);
      if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
    }
    statements.set(sql, statement);
    return statement;
  };
}

export function cacheStatements(database: Database) {
  const prepared = keepPrepared(database.prepare.bind(database));
  const cachedPrepare = (sql: string) => {
    const statement = prepared(sql);
    return {
      reader: statement.reader,
      columns: () => statement.columns(),
      run: (...args: Args) => statement.run(...args),
      bind: (args: Args) => bound(statement, args),
    };
  };
  (database as unknown as { prepare: typeof cachedPrepare }).prepare = cachedPrepare;
}

type FactoryConfig = ConstructorParameters<typeof PrismaBetterSQLite3>[0];

export type SqliteAdapter = PrismaBetterSQLite3 & {
  /** The connection Prisma writes on, once it has connected (see `writeRow` in db.server.ts). */
  connection(): Database | null;
};

/** Prisma's SQLite adapter with prepared statements kept per connection. */
export function sqliteAdapter(config: FactoryConfig): SqliteAdapter {
  const inner = new PrismaBetterSQLite3(config);
  let connection: Database | null = null;
  const withCache = async <T extends { client: Database }>(connecting: Promise<T>) => {
    const adapter = await connecting;
    cacheStatements(adapter.client);
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await withCache(inner.connect() as unknown as Promise<{ client: Database }>);
      connection = adapter.client;
      return adapter;
    },
    connectToShadowDb: () => withCache(inner.connectToShadowDb() as unknown as Promise<{ client: Database }>),
    connection: () => connection,
  } as unknown as SqliteAdapter;
}
