import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient as PostgresClient } from "~/generated/postgresql/client";
import { PrismaClient } from "~/generated/sqlite/client";
import { getEnv } from "~/utils/env.server";

export type Db = PrismaClient;

function createClient(url: string): Db {
  if (/^postgres(ql)?:\/\//.test(url)) {
    // Both clients come from the same models, so the SQLite type describes the Postgres one too.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const globalForDb = globalThis as unknown as { __db?: Db; __dbUrl?: string };

/** One client per process, kept across dev reloads. */
export function getDb(): Db {
  const url = getEnv().DATABASE_URL;
  if (!globalForDb.__db || globalForDb.__dbUrl !== url) {
    globalForDb.__db = createClient(url);
    globalForDb.__dbUrl = url;
  }
  return globalForDb.__db;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
