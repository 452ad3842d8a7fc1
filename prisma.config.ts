// Prisma CLI configuration. Prisma 6.19 runs here with no downloaded engine only through
// `engine: "js"` and a driver adapter. DATABASE_URL picks the database:
// postgres(ql):// means PostgreSQL, anything else is a SQLite file (default prisma/dev.db).
import { randomUUID } from "node:crypto";

import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/migrations/${provider}`, seed: "tsx prisma/seed/index.ts" },
  async adapter() {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      const parsed = new URL(url);
      // Discrete fields: node-postgres lets connectionString override `database`.
      const config = {
        host: parsed.hostname,
        port: Number(parsed.port || 5432),
        user: decodeURIComponent(parsed.username),
        password: decodeURIComponent(parsed.password),
        database: parsed.pathname.slice(1),
      };
      const factory = patchCatalogTypes(new PrismaPg(config));
      factory.connectToShadowDb = () =>
        postgresShadow(factory, (database) =>
          patchCatalogTypes(new PrismaPg({ ...config, database })),
        ) as ReturnType<typeof factory.connectToShadowDb>;
      return factory;
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    const factory = new PrismaBetterSQLite3({ url });
    const shadow = factory.connectToShadowDb.bind(factory);
    factory.connectToShadowDb = async () => scriptsWhole(await shadow());
    return factory;
  },
});

// Two adapter-pg 6.19 gaps break `migrate deploy` on PostgreSQL, patched in this CLI process
// only (the app's own client is not touched):
// - it cannot read the catalog types `name` (oid 19) and `"char"` (oid 18) the migration engine
//   queries (prisma/orm#27403): report them as text (oid 25);
// - its executeScript splits a migration on every ";", which breaks a function body such as
//   the plan-version trigger's: send the script whole (the simple protocol runs it as one).
// `migrate diff --from-migrations` (the drift test) replays each migration into a shadow
// database with one argument-less executeRaw, which both drivers refuse for several statements:
// send those to executeScript (SQLite: exec; PostgreSQL: the simple protocol, see below).
type RawQuery = { sql: string; args: unknown[] };
type Adapter = {
  executeRaw(query: RawQuery): Promise<number>;
  executeScript(sql: string): Promise<void>;
  dispose(): Promise<void>;
};

function scriptsWhole<T extends object>(adapter: T): T {
  const target = adapter as unknown as Adapter;
  const executeRaw = target.executeRaw.bind(target);
  target.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await target.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

// adapter-pg's own shadow database is dropped while its pool is still open, so the DROP fails and
// the database leaks: close the shadow pool first, then drop it from the main connection.
async function postgresShadow(main: Connectable, shadowFactory: (database: string) => Connectable) {
  const admin = (await main.connect()) as Adapter;
  const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
  await admin.executeScript(`CREATE DATABASE "${database}"`);
  const shadow = scriptsWhole((await shadowFactory(database).connect()) as Adapter);
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await dispose();
    await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
    await admin.dispose();
  };
  return shadow;
}

type Connectable = { connect(): Promise<object>; connectToShadowDb?(): Promise<object> };
type PerformIO = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
type Scriptable = { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };

function ownerOf(object: object, method: string): Record<string, unknown> | null {
  let proto: object | null = object;
  while (proto && !Object.hasOwn(proto, method)) proto = Object.getPrototypeOf(proto);
  return proto as Record<string, unknown> | null;
}

function patchCatalogTypes<T extends Connectable>(factory: T): T {
  const patch = (adapter: object) => {
    const io = ownerOf(adapter, "performIO");
    if (io && !io.__catalogPatched) {
      const original = io.performIO as PerformIO;
      io.performIO = async function (this: unknown, query: unknown) {
        const result = await original.call(this, query);
        for (const field of result?.fields ?? [])
          if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
        return result;
      };
      io.__catalogPatched = true;
    }
    const script = ownerOf(adapter, "executeScript");
    if (script && !script.__scriptPatched) {
      script.executeScript = async function (this: Scriptable, sql: string) {
        try {
          await this.client.query(sql);
        } catch (error) {
          this.onError(error);
        }
      };
      script.__scriptPatched = true;
    }
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patch(await connect());
  if (factory.connectToShadowDb) {
    const shadow = factory.connectToShadowDb.bind(factory);
    factory.connectToShadowDb = async () => patch(await shadow());
  }
  return factory;
}
