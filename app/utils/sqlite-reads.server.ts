import Database, { type Statement } from "better-sqlite3";

import type { Prisma } from "~/generated/sqlite/client";
import { keepPrepared } from "~/utils/sqlite-statement-cache.server";

// Prisma spends about 0.25 ms of CPU on each raw statement before and after SQLite runs it
// (building a query plan in WebAssembly, tracing, mapping), several times SQLite's own time for
// the small reads every page makes. On SQLite, readRows (db.server.ts) runs those reads here
// instead: a second connection that only reads, with its statements kept prepared. In WAL mode it
// sees every committed write at once and never another request's open transaction.
// It returns what Prisma's $queryRaw returns on SQLite (tests/modules/sqlite-reads.test.ts); readRows
// then checks each row against the caller's schema, as it does on PostgreSQL.

type Row = Record<string, unknown>;

type Convert = (value: unknown) => unknown;

/**
 * How Prisma's $queryRaw turns each SQLite value into JavaScript, by the column's declared type:
 * timestamps become Dates, booleans true/false, JSON is parsed. A computed column (COUNT, CASE)
 * has no declared type: Prisma gives its whole numbers as BigInt.
 */
function converterFor(declaredType: string | null): Convert | null {
  switch (declaredType?.toUpperCase() ?? null) {
    case "DATETIME":
    case "TIMESTAMP":
      return (value) => (value === null ? null : new Date(value as string | number));
    case "BOOLEAN":
      return (value) => (value === null ? null : value === 1 || value === true);
    case "JSONB":
      return (value) => (typeof value === "string" ? (JSON.parse(value) as unknown) : value);
    case "BIGINT":
    case "INT8":
    case null:
      return (value) => (typeof value === "number" && Number.isInteger(value) ? BigInt(value) : value);
    default:
      return null;
  }
}

type Prepared = { statement: Statement; converters: [string, Convert][] };

export type SqliteReader = { read(query: Prisma.Sql): unknown[]; close(): void };

/** A bound value as Prisma's SQLite adapter writes it: dates as ISO text with "+00:00", booleans as 1/0. */
export function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** `verbose` sees each statement as it runs (the budget tests count them with it). */
export function createSqliteReader(
  file: string,
  timeout: number,
  verbose?: (message?: unknown) => void,
): SqliteReader {
  // Not opened read-only: a read-only connection cannot create the WAL's shared-memory file if
  // it is the first to open the database. query_only refuses writes all the same.
  const database = new Database(file, { fileMustExist: true, timeout, verbose });
  database.pragma("query_only = ON");
  const prepared = keepPrepared((sql): Prepared => {
    const statement = database.prepare(sql);
    if (!statement.reader) throw new Error("readRows only reads; write through Prisma.");
    const converters = statement.columns().flatMap((column): [string, Convert][] => {
      const convert = converterFor(column.type);
      return convert ? [[column.name, convert]] : [];
    });
    return { statement, converters };
  });

  return {
    read(query: Prisma.Sql): unknown[] {
      const { statement, converters } = prepared(query.sql);
      const rows = statement.all(...query.values.map(toParameter)) as Row[];
      for (const row of rows) {
        for (const [name, convert] of converters) row[name] = convert(row[name]);
      }
      return rows;
    },
    close: () => database.close(),
  };
}
