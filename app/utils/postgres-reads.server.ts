import { createHash } from "node:crypto";

import pg from "pg";

import type { Prisma } from "~/generated/sqlite/client";

// On PostgreSQL, readRows (db.server.ts) reads through node-postgres directly, on a small pool of
// its own, instead of Prisma's $queryRaw: Prisma spends more CPU on each raw read (its query
// interpreter in WebAssembly, result mapping) than PostgreSQL takes to run the small reads every page
// makes, and every statement is parsed and planned again. Here each SQL text is a named prepared
// statement, planned once per connection. Measured in docs/decisions/2026-12-05-reads-on-postgresql.md.
// The one write outside any transaction that every page makes (its audit row) goes the same way
// (`writeRow`); other writes, and everything inside a transaction, stay with Prisma.

export type PostgresReader = {
  read(query: Prisma.Sql): Promise<unknown[]>;
  write(query: Prisma.Sql): Promise<void>;
  close(): Promise<void>;
};

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const DATE = 1082;

// As Prisma's adapter reads them: timestamp(3) columns hold UTC clock time (node-postgres
// would read them as local time), 64-bit counts are BigInt (not text), a date stays text.
const parsers: Record<number, (text: string) => unknown> = {
  [TIMESTAMP]: (text) => new Date(`${text.replace(" ", "T")}Z`),
  [TIMESTAMPTZ]: (text) => new Date(text),
  [INT8]: (text) => BigInt(text),
  [DATE]: (text) => text,
};
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    parsers[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** A value as Prisma's PostgreSQL adapter binds it. */
function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** Statement names: the same SQL text gets the same name, so each connection prepares it once. */
const names = new Map<string, string>();
function nameOf(sql: string) {
  let name = names.get(sql);
  if (!name) {
    name = `r${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}

type Connection = {
  client: pg.Client;
  waiting: number;
  broken: boolean;
  corked: boolean;
  idle?: ReturnType<typeof setTimeout>;
};

/** A connection with nothing waiting closes after this long, as a pool's idle client does. */
const IDLE_MS = 10_000;

/** The connection's socket; while it is idle it does not keep the process alive (scripts end). */
const socketOf = (client: pg.Client) =>
  (
    client as unknown as {
      connection?: { stream?: { ref?(): void; unref?(): void; cork?(): void; uncork?(): void } };
    }
  ).connection?.stream;

/**
 * The statements given to one connection in this turn of the event loop leave in one write.
 * node-postgres writes each statement as soon as it is queued, one system call each, and on a
 * loopback connection each of those also wakes PostgreSQL; a page's reads are queued a few at a
 * time (Promise.all), and under load many pages' at once. The socket is held (corked) from the
 * first statement until the end of the turn (process.nextTick runs after the promise jobs that
 * queue the rest), so no statement waits for anything but the ones queued with it.
 */
function sendAtEndOfTurn(connection: Connection) {
  const socket = socketOf(connection.client);
  if (connection.corked || !socket?.cork || !socket.uncork) return;
  socket.cork();
  connection.corked = true;
  process.nextTick(() => {
    connection.corked = false;
    socket.uncork!();
  });
}

/**
 * Reads on a few connections in pipeline mode: a statement is sent without waiting for the one
 * before it on the same connection, so the reads of one page (and of pages rendered at the same
 * moment) share round trips, and PostgreSQL and this process wake once for several statements
 * instead of once each. Each statement still has its own Sync, so one failing does not fail the
 * others. Under load the statements spread over the connections, so one slow read holds up only
 * the reads queued behind it.
 */
export function createPostgresReader(url: string, max = 3): PostgresReader {
  const connections: (Connection | undefined)[] = Array.from({ length: max }, () => undefined);
  const open = (slot: number) => {
    const connection: Connection = {
      client: new pg.Client({ connectionString: url, types, pipeline: true }),
      waiting: 0,
      broken: false,
      corked: false,
    };
    const drop = () => {
      connection.broken = true;
      if (connections[slot] === connection) connections[slot] = undefined;
    };
    // A lost connection fails the statements waiting on it; the next read opens another.
    connection.client.on("error", drop);
    connection.client.on("end", drop);
    connection.client.connect().catch(drop);
    connections[slot] = connection;
    return connection;
  };
  // The first connection takes statements until this many wait on it, then the next: batching
  // where the load is light, spreading where it is heavy.
  const depth = 4;
  const pick = () => {
    let best: Connection | undefined;
    for (let slot = 0; slot < max; slot++) {
      const connection = connections[slot] ?? open(slot);
      if (connection.waiting < depth) return connection;
      if (!best || connection.waiting < best.waiting) best = connection;
    }
    return best!;
  };
  const run = async (query: Prisma.Sql) => {
    const connection = pick();
    connection.waiting++;
    clearTimeout(connection.idle);
    socketOf(connection.client)?.ref?.();
    sendAtEndOfTurn(connection);
    try {
      return await connection.client.query({
        name: nameOf(query.text),
        text: query.text,
        values: query.values.map(toParameter),
      });
    } finally {
      connection.waiting--;
      if (connection.waiting === 0 && !connection.broken) {
        socketOf(connection.client)?.unref?.();
        connection.idle = setTimeout(() => {
          if (connection.waiting > 0) return;
          connection.broken = true;
          const slot = connections.indexOf(connection);
          if (slot >= 0) connections[slot] = undefined;
          connection.client.end().catch(() => {});
        }, IDLE_MS);
        connection.idle.unref();
      }
    }
  };
  return {
    async read(query: Prisma.Sql) {
      return (await run(query)).rows as unknown[];
    },
    async write(query: Prisma.Sql) {
      await run(query);
    },
    close: async () => {
      const open = connections.filter((connection): connection is Connection => connection !== undefined);
      connections.fill(undefined);
      for (const connection of open) clearTimeout(connection.idle);
      await Promise.all(open.map((connection) => connection.client.end().catch(() => {})));
    },
  };
}
