// The council service migration (0019) carries old data over: organisation admins become ADMIN
// staff members, and each family's lead social worker is its first active practitioner. On the
// database this run is on, replay the migrations before it, add rows as the old code wrote them,
// then apply it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

import { adminClient, databaseUrl } from "../setup/postgres";

const provider = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? "postgresql" : "sqlite";
const folder = `prisma/migrations/${provider}`;
const migrations = readdirSync(folder)
  .filter((name) => /^\d/.test(name))
  .sort();
const target = migrations.findIndex((name) => name.endsWith("_council_service"));
const sqlOf = (name: string) => readFileSync(join(folder, name, "migration.sql"), "utf8");

type Db = {
  exec: (sql: string) => Promise<void>;
  rows: <T>(sql: string) => Promise<T[]>;
  close: () => Promise<void>;
};

async function emptyDatabase(): Promise<Db> {
  if (provider === "sqlite") {
    const database = new Database(":memory:");
    return {
      exec: async (sql) => void database.exec(sql),
      rows: async <T>(sql: string) => database.prepare(sql).all() as T[],
      close: async () => void database.close(),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `${process.env.TEST_PG_PREFIX}_council_${process.pid}`;
  const admin = await adminClient(adminUrl);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const client = await adminClient(databaseUrl(adminUrl, name));
  return {
    exec: async (sql) => void (await client.query(sql)),
    rows: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: async () => {
      await client.end();
      const cleanup = await adminClient(adminUrl);
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

let opened: Db | null = null;
afterAll(async () => opened?.close());

describe(`the council service migration on ${provider}`, () => {
  it(
    "turns organisation admins into ADMIN staff and gives each family its first active practitioner as social worker",
    { timeout: 120_000 },
    async () => {
      expect(target).toBeGreaterThan(0);
      const db = (opened = await emptyDatabase());
      for (const name of migrations.slice(0, target)) await db.exec(sqlOf(name));

      const people = ["admin", "admin2", "first", "second", "gone", "parent"];
      await db.exec(`
      INSERT INTO "Organisation" ("id", "name", "kind") VALUES ('org1', 'Test Council', 'LOCAL_AUTHORITY'), ('org2', 'Other Council', 'LOCAL_AUTHORITY');
      ${people.map((key) => `INSERT INTO "Person" ("id", "email", "name") VALUES ('p_${key}', '${key}@test.example', '${key}');`).join("\n")}
      INSERT INTO "OrganisationAdmin" ("id", "organisationId", "personId", "createdAt") VALUES
        ('oa1', 'org1', 'p_admin', '2026-01-02 10:00:00'), ('oa2', 'org2', 'p_admin2', '2026-03-04 10:00:00');
      INSERT INTO "Family" ("id", "name", "organisationId") VALUES ('fam1', 'Family', 'org1'), ('fam2', 'No worker', 'org1');
      -- The removed practitioner came first; of the active ones, the earlier joined first.
      INSERT INTO "Membership" ("id", "familyId", "personId", "role", "status", "createdAt") VALUES
        ('m_gone', 'fam1', 'p_gone', 'PRACTITIONER', 'REMOVED', '2026-01-01 09:00:00'),
        ('m_second', 'fam1', 'p_second', 'PRACTITIONER', 'ACTIVE', '2026-02-01 09:00:00'),
        ('m_first', 'fam1', 'p_first', 'PRACTITIONER', 'ACTIVE', '2026-01-15 09:00:00'),
        ('m_parent', 'fam1', 'p_parent', 'PARENT', 'ACTIVE', '2026-01-01 08:00:00'),
        ('m_parent2', 'fam2', 'p_parent', 'PARENT', 'ACTIVE', '2026-01-01 08:00:00');
    `);
      await db.exec(sqlOf(migrations[target]));

      const staff = await db.rows<{
        id: string;
        organisationId: string;
        personId: string;
        role: string;
        removedAt: unknown;
      }>(`SELECT "id", "organisationId", "personId", "role", "removedAt" FROM "StaffMember" ORDER BY "id"`);
      expect(staff).toEqual([
        { id: "oa1", organisationId: "org1", personId: "p_admin", role: "ADMIN", removedAt: null },
        { id: "oa2", organisationId: "org2", personId: "p_admin2", role: "ADMIN", removedAt: null },
      ]);
      const families = await db.rows<{ id: string; socialWorkerId: string | null }>(
        `SELECT "id", "socialWorkerId" FROM "Family" ORDER BY "id"`,
      );
      expect(families).toEqual([
        { id: "fam1", socialWorkerId: "p_first" },
        { id: "fam2", socialWorkerId: null },
      ]);
      const organisations = await db.rows<{ settingsVersion: number; hiddenNationalServices: string }>(
        `SELECT "settingsVersion", "hiddenNationalServices" FROM "Organisation" ORDER BY "id"`,
      );
      expect(organisations.map((row) => [Number(row.settingsVersion), row.hiddenNationalServices])).toEqual([
        [0, "[]"],
        [0, "[]"],
      ]);
      // The old table is gone.
      await expect(db.rows(`SELECT * FROM "OrganisationAdmin"`)).rejects.toThrow();
    },
  );
});
