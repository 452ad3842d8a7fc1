// The migration that stores who may read each report fills it in for the reports made before
// it: on the database this run is on, replay the migrations before it, add a family's rules and
// reports as the old code wrote them, then apply it.
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
const target = migrations.findIndex((name) => name.endsWith("_rule_report_readers"));
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
  const name = `${process.env.TEST_PG_PREFIX}_backfill_${process.pid}`;
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

describe(`the report readers migration on ${provider}`, () => {
  it(
    "gives each old report its reporter, the practitioners and the checkers of the last agreed version, never the person it is about",
    { timeout: 120_000 },
    async () => {
      expect(target).toBeGreaterThan(0);
      const db = (opened = await emptyDatabase());
      for (const name of migrations.slice(0, target)) await db.exec(sqlOf(name));

      const people = ["mum", "dad", "nan", "aunt", "worker", "gone"];
      await db.exec(`
      INSERT INTO "Organisation" ("id", "name", "kind") VALUES ('org1', 'Test Council', 'LOCAL_AUTHORITY');
      INSERT INTO "Family" ("id", "name", "organisationId") VALUES ('fam1', 'Family', 'org1');
      ${people.map((key) => `INSERT INTO "Person" ("id", "email", "name") VALUES ('p_${key}', '${key}@test.example', '${key}');`).join("\n")}
      INSERT INTO "Membership" ("id", "familyId", "personId", "role") VALUES
        ('m_mum', 'fam1', 'p_mum', 'PARENT'), ('m_dad', 'fam1', 'p_dad', 'PARENT'), ('m_nan', 'fam1', 'p_nan', 'KINSHIP_CARER'),
        ('m_aunt', 'fam1', 'p_aunt', 'NETWORK_MEMBER'), ('m_worker', 'fam1', 'p_worker', 'PRACTITIONER');
      INSERT INTO "Membership" ("id", "familyId", "personId", "role", "status") VALUES ('m_gone', 'fam1', 'p_gone', 'PRACTITIONER', 'REMOVED');
      INSERT INTO "Rule" ("id", "familyId", "revision", "createdById") VALUES ('rule1', 'fam1', 2, 'p_mum');
      INSERT INTO "RuleVersion" ("id", "ruleId", "familyId", "number", "text", "warningSigns", "ifBroken", "whoToCall", "createdById") VALUES
        ('v1', 'rule1', 'fam1', 1, 'Words', '', 'Call', '', 'p_mum'),
        ('v2', 'rule1', 'fam1', 2, 'Words', '', 'Call', '', 'p_dad');
      -- Version 1, agreed by Dad and endorsed, is checked by Nan. Version 2, not endorsed, was
      -- Dad's edit naming himself as checker and dropping Nan (what the old form allowed).
      INSERT INTO "RulePerson" ("id", "versionId", "familyId", "membershipId", "kind") VALUES
        ('rp1', 'v1', 'fam1', 'm_dad', 'INVOLVED'), ('rp2', 'v1', 'fam1', 'm_nan', 'CHECKER'),
        ('rp3', 'v2', 'fam1', 'm_dad', 'INVOLVED'), ('rp4', 'v2', 'fam1', 'm_dad', 'CHECKER');
      INSERT INTO "RuleAgreement" ("id", "versionId", "ruleId", "familyId", "membershipId", "answer", "reason") VALUES
        ('a1', 'v1', 'rule1', 'fam1', 'm_dad', 'AGREE', ''), ('a2', 'v1', 'rule1', 'fam1', 'm_worker', 'ENDORSE', ''),
        ('a3', 'v2', 'rule1', 'fam1', 'm_dad', 'AGREE', '');
      INSERT INTO "RuleReport" ("id", "ruleId", "familyId", "versionNumber", "kind", "whatHappened", "happenedOn", "happenedAt", "reporterId") VALUES
        ('report1', 'rule1', 'fam1', 2, 'BROKEN', 'Something', '2026-11-20', '', 'p_aunt');
    `);
      await db.exec(sqlOf(migrations[target]));

      const readers = await db.rows<{ personId: string }>(
        `SELECT "personId" FROM "RuleReportReader" WHERE "reportId" = 'report1' ORDER BY "personId"`,
      );
      expect(readers.map((row) => row.personId)).toEqual(["p_aunt", "p_nan", "p_worker"]);
      const [rule] = await db.rows<{ agreedRevision: number }>(
        `SELECT "agreedRevision" FROM "Rule" WHERE "id" = 'rule1'`,
      );
      expect(Number(rule.agreedRevision)).toBe(1);
      // Kept for good, like the report.
      await expect(db.exec(`DELETE FROM "RuleReportReader" WHERE "reportId" = 'report1'`)).rejects.toThrow(
        /cannot be deleted/,
      );
    },
  );
});
