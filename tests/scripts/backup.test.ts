// `npm run backup` and `npm run restore` (scripts/backup.ts, scripts/restore.ts), run as the
// commands a council runs, on this test file's own database: SQLite, or PostgreSQL with
// TEST_DATABASE_URL. A quiet database restores row for row; a backup taken while writes go on
// restores to one moment: foreign keys hold, every write is whole, counts lie between before
// and after. A database that holds anything is refused.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { foreignKeyViolations, isPostgresUrl, tableSummaries } from "~/modules/backup/backup.server";
import { db, inTransaction } from "~/utils/db.server";

import { createOrganisation } from "../factories";
import { createFamilyWithEverything } from "../fixtures/family-with-everything";
import { adminClient, databaseUrl } from "../setup/postgres";

const source = process.env.DATABASE_URL!;
const onPostgres = isPostgresUrl(source);
const folder = process.env.TEST_RUN_DIR ?? "tests/.tmp";
const files: string[] = [];

afterAll(() => {
  for (const file of files) rmSync(file, { force: true });
});

/** Runs scripts/NAME.ts as `npm run NAME` does (through tsx), on the given database. */
function runScript(name: "backup" | "restore", args: string[], url: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", `scripts/${name}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function backupFile() {
  const file = join(folder, `backup-${randomUUID()}.${onPostgres ? "pgdump" : "sqlite"}`);
  files.push(file);
  return file;
}

/** A new, empty database of the source's kind (dropped with the run's others on PostgreSQL). */
async function emptyDatabase() {
  if (!onPostgres) {
    const file = join(folder, `restored-${randomUUID()}.db`);
    files.push(file, `${file}-wal`, `${file}-shm`);
    return `file:./${file}`;
  }
  const name = `${process.env.TEST_PG_PREFIX}_r${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = await adminClient(process.env.TEST_DATABASE_URL!);
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(process.env.TEST_DATABASE_URL!, name);
}

const counts = async (url: string) =>
  Object.fromEntries(Object.entries(await tableSummaries(url)).map(([table, { rows }]) => [table, rows]));

describe("backup and restore", () => {
  it("a backup of a quiet database restores to the same rows, table by table", async () => {
    await createFamilyWithEverything({ marker: "Quokka" });
    const before = await tableSummaries(source);
    // The fixture fills the tables a family's pages read.
    for (const table of ["Family", "Membership", "AuditEvent", "RuleVersion", "PlanVersion"])
      expect(before[table]?.rows, table).toBeGreaterThan(0);

    const file = backupFile();
    const backedUp = await runScript("backup", [file], source);
    expect(backedUp.stderr).toBe("");
    expect(backedUp.code).toBe(0);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(existsSync(`${file}.partial`)).toBe(false);
    // What it prints names the file, never what the rows hold.
    expect(backedUp.stdout).toContain(file);
    expect(backedUp.stdout).not.toContain("Quokka");

    const target = await emptyDatabase();
    const restored = await runScript("restore", [file], target);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).not.toContain("Quokka");

    expect(await tableSummaries(target)).toEqual(before);
    expect(await tableSummaries(source)).toEqual(before);
    expect(await foreignKeyViolations(target)).toEqual({});
  });

  it("a backup taken while writes go on restores to one moment: keys hold, each write is whole", async () => {
    await createFamilyWithEverything({ marker: "Quokka" });
    const organisation = await createOrganisation("Backup Load Council");
    // Each write is one transaction of three rows: a family, its child and its audit row.
    let writes = 0;
    const writeOnce = () =>
      inTransaction(async () => {
        const family = await db.family.create({
          data: { name: `Load family ${writes}`, organisationId: organisation.id },
          select: { id: true },
        });
        await db.child.create({ data: { familyId: family.id, firstName: "Load", dueDate: new Date() } });
        await db.auditEvent.create({
          data: { action: "backup.load", familyId: family.id, entity: "family", entityId: family.id },
        });
        writes += 1;
      });
    for (let i = 0; i < 5; i++) await writeOnce();
    const before = await counts(source);

    let stop = false;
    const writer = (async () => {
      // A turn of the event loop between writes (SQLite's driver answers at once), so the
      // backup command's exit is heard.
      while (!stop) {
        await writeOnce();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const file = backupFile();
    const started = writes;
    const backedUp = await runScript("backup", [file], source);
    const during = writes - started;
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    stop = true;
    await writer;
    const after = await counts(source);
    expect(backedUp.stderr).toBe("");
    expect(backedUp.code).toBe(0);
    // The writes really went on while the backup command ran.
    expect(during).toBeGreaterThan(10);

    const target = await emptyDatabase();
    const restored = await runScript("restore", [file], target);
    expect(restored.code).toBe(0);

    expect(await foreignKeyViolations(target)).toEqual({});
    const got = await counts(target);
    expect(Object.keys(got).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) {
      expect(got[table], table).toBeGreaterThanOrEqual(before[table]);
      expect(got[table], table).toBeLessThanOrEqual(after[table]);
    }
    // No write is half there: as many families of the load as their children and audit rows.
    const loadFamilies = got.Family - before.Family;
    expect(got.Child - before.Child).toBe(loadFamilies);
    expect(got.AuditEvent - before.AuditEvent).toBe(loadFamilies);
  });

  it("refuses to restore into a database that holds anything, and leaves it as it was", async () => {
    await createFamilyWithEverything({ marker: "Quokka" });
    const file = backupFile();
    expect((await runScript("backup", [file], source)).code).toBe(0);
    const before = await tableSummaries(source);

    const refused = await runScript("restore", [file], source);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Refused: the .* is not empty/);
    expect(refused.stderr).toContain("Create a new database");
    expect(refused.stdout).toBe("");
    expect(await tableSummaries(source)).toEqual(before);
  });

  it("refuses a file that is not a backup of this kind of database, and a backup name already taken", async () => {
    const target = await emptyDatabase();
    const refused = await runScript("restore", ["package.json"], target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("not a backup this app made");

    const file = backupFile();
    expect((await runScript("backup", [file], source)).code).toBe(0);
    const again = await runScript("backup", [file], source);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
  });
});
