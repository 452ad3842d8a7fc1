// Prisma CLI configuration. Prisma 6.19 runs here with no downloaded engine only through
// `engine: "js"` and a driver adapter. DATABASE_URL picks the database:
// postgres(ql):// means PostgreSQL, anything else is a SQLite file (default prisma/dev.db).
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/migrations/${provider}`, seed: "tsx prisma/seed.ts" },
  async adapter() {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      const parsed = new URL(url);
      // Discrete fields: node-postgres lets connectionString override `database`.
      return new PrismaPg({
        host: parsed.hostname,
        port: Number(parsed.port || 5432),
        user: decodeURIComponent(parsed.username),
        password: decodeURIComponent(parsed.password),
        database: parsed.pathname.slice(1),
      });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
