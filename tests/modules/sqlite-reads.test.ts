// readRows reads on its own SQLite connection instead of through Prisma (sqlite-reads.server.ts).
// It must give the same rows as `db.$queryRaw`, column types included: text, numbers, timestamps,
// booleans, JSON, NULLs and expressions. On both databases each row is then checked against the
// caller's schema, and one of another shape is refused.
import { spawn } from "node:child_process";
import net from "node:net";

import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { db, getDb, readRows } from "~/utils/db.server";
import { column } from "~/utils/rows.server";

import { createFamily } from "../factories";
import { isPostgresUrl } from "../setup/postgres";

const onPostgres = isPostgresUrl(process.env.DATABASE_URL ?? "");

let family: Awaited<ReturnType<typeof createFamily>>;

beforeAll(async () => {
  family = await createFamily({
    members: [{ role: "PARENT" }, { role: "NETWORK_MEMBER" }, { role: "PRACTITIONER" }],
  });
  const [parent, network, practitioner] = family.people;
  const content = {
    worries: [{ id: "w1", professional: "Neglect", plain: "We worry." }],
    goals: [],
    note: 'ünïcödé "quoted"',
  };
  await db.planVersion.create({
    data: { familyId: family.id, number: 1, content, publishedById: practitioner.id },
  });
  await db.itemView.create({
    data: {
      familyId: family.id,
      itemId: "w1",
      personId: network.id,
      stance: "AGREE",
      words: "",
      shared: true,
      version: 1,
    },
  });
  await db.itemView.create({
    data: {
      familyId: family.id,
      itemId: "w1",
      personId: parent.id,
      stance: "NOT_SURE",
      words: "Hmm",
      shared: false,
      version: 1,
    },
  });
});

const queries = (): [string, Prisma.Sql][] => {
  const [parent] = family.people;
  return [
    [
      "timestamps and JSON",
      Prisma.sql`SELECT "number", "content", "publishedAt", "publishedById" FROM "PlanVersion" WHERE "familyId" = ${family.id}`,
    ],
    [
      "booleans and text",
      Prisma.sql`SELECT "id", "stance", "words", "shared", "version", "createdAt" FROM "ItemView" WHERE "familyId" = ${family.id} ORDER BY "createdAt"`,
    ],
    [
      "bound boolean, date and number",
      Prisma.sql`SELECT "id" FROM "ItemView" WHERE "shared" = ${true} AND "createdAt" < ${new Date(Date.now() + 60_000)} AND "version" = ${1}`,
    ],
    [
      "left join NULLs",
      Prisma.sql`SELECT p."id", p."name", m."id" AS "membershipId", a."plan" AS "viewPlan" FROM "Person" p LEFT JOIN "Membership" m ON m."personId" = p."id" LEFT JOIN "AdviserView" a ON a."membershipId" = m."id" WHERE p."id" = ${parent.id}`,
    ],
    [
      "expressions",
      Prisma.sql`SELECT COUNT(*) AS "n", MAX("createdAt") AS "latest", CASE WHEN COUNT(*) > 1 THEN 'many' ELSE 'one' END AS "word", SUM("version") AS "total", AVG("version" + 0.5) AS "mean", NULL AS "nothing" FROM "ItemView" WHERE "familyId" = ${family.id}`,
    ],
    ["no rows", Prisma.sql`SELECT "id", "createdAt" FROM "ItemView" WHERE "familyId" = ${"nobody"}`],
  ];
};

describe.skipIf(onPostgres)("readRows on SQLite", () => {
  it("reads on its own connection, not Prisma's", () => {
    getDb();
    expect((globalThis as { __reader?: unknown }).__reader).toBeUndefined(); // opened on first use
  });

  it.each([
    "timestamps and JSON",
    "booleans and text",
    "bound boolean, date and number",
    "left join NULLs",
    "expressions",
    "no rows",
  ])("gives what $queryRaw gives: %s", async (name) => {
    const query = queries().find(([label]) => label === name)![1];
    const expected = await db.$queryRaw<unknown[]>(query);
    const rows = await readRows(z.record(z.string(), z.unknown()), query);
    expect(rows).toEqual(expected);
    if (name !== "no rows") expect(rows.length).toBeGreaterThan(0);
    expect((globalThis as { __reader?: unknown }).__reader).toBeTruthy();
  });

  it("sees a write the moment it is committed", async () => {
    const before = await readRows(
      z.object({ n: column.int }),
      Prisma.sql`SELECT COUNT(*) AS "n" FROM "ItemView" WHERE "familyId" = ${family.id}`,
    );
    await db.itemView.create({
      data: {
        familyId: family.id,
        itemId: "w1",
        personId: family.people[2].id,
        stance: "AGREE",
        words: "",
        shared: true,
        version: 1,
      },
    });
    const after = await readRows(
      z.object({ n: column.int }),
      Prisma.sql`SELECT COUNT(*) AS "n" FROM "ItemView" WHERE "familyId" = ${family.id}`,
    );
    expect(after[0].n).toBe(before[0].n + 1);
  });

  it("refuses to write", async () => {
    await expect(
      readRows(z.object({}), Prisma.sql`DELETE FROM "ItemView" WHERE "familyId" = ${family.id}`),
    ).rejects.toThrow(/only reads/);
  });
});

// On PostgreSQL readRows reads through node-postgres on its own pool (postgres-reads.server.ts),
// with prepared statements: it must give what Prisma's $queryRaw gives there too.
describe.runIf(onPostgres)("readRows on PostgreSQL", () => {
  it.each([
    "timestamps and JSON",
    "booleans and text",
    "bound boolean, date and number",
    "left join NULLs",
    "no rows",
  ])("gives what $queryRaw gives: %s", async (name) => {
    const query = queries().find(([label]) => label === name)![1];
    const expected = await db.$queryRaw<unknown[]>(query);
    // Twice: the second run uses the statement the connection has prepared.
    for (let run = 0; run < 2; run++) {
      const rows = await readRows(z.record(z.string(), z.unknown()), query);
      expect(rows).toEqual(expected);
      if (name !== "no rows") expect(rows.length).toBeGreaterThan(0);
    }
  });

  it("gives counts and whole-number expressions as BigInt, as $queryRaw does", async () => {
    const query = Prisma.sql`SELECT COUNT(*) AS "n", SUM("version") AS "total", MAX("createdAt") AS "latest" FROM "ItemView" WHERE "familyId" = ${family.id}`;
    const [expected] = await db.$queryRaw<Record<string, unknown>[]>(query);
    const [row] = await readRows(z.record(z.string(), z.unknown()), query);
    expect(row).toEqual(expected);
    expect(typeof row.n).toBe("bigint");
  });

  const Backend = z.object({ pid: column.int });
  const backend = () => readRows(Backend, Prisma.sql`SELECT pg_backend_pid() AS "pid"`);

  it("sends the reads of one page together on one connection (pipeline mode)", async () => {
    const rows = await Promise.all([backend(), backend(), backend()]);
    expect(new Set(rows.map(([row]) => row.pid)).size).toBe(1);
  });

  it("sends the statements queued in one turn in one write", async () => {
    await backend(); // the connection is open and the statement prepared
    const socket = net.Socket.prototype as unknown as Record<
      "_write" | "_writev",
      (...args: unknown[]) => unknown
    >;
    const [write, writev] = [socket._write, socket._writev];
    let writes = 0;
    socket._write = function (...args) {
      writes++;
      return write.apply(this, args);
    };
    socket._writev = function (...args) {
      writes++;
      return writev.apply(this, args);
    };
    try {
      const rows = await Promise.all([backend(), backend(), backend()]);
      expect(rows).toHaveLength(3);
    } finally {
      [socket._write, socket._writev] = [write, writev];
    }
    // node-postgres on its own writes each statement as it is queued: three writes.
    expect(writes).toBe(1);
  });

  it("spreads reads over its connections when many wait", async () => {
    const rows = await Promise.all(Array.from({ length: 12 }, backend));
    expect(new Set(rows.map(([row]) => row.pid)).size).toBeGreaterThan(1);
  });

  it("a failing statement in the pipeline fails alone", async () => {
    const [before, failed, after] = await Promise.allSettled([
      backend(),
      readRows(Backend, Prisma.sql`SELECT 1 / ${0} AS "pid"`),
      backend(),
    ]);
    expect(before.status).toBe("fulfilled");
    expect(failed.status).toBe("rejected");
    expect(after.status).toBe("fulfilled");
  });

  it("lets a script end once its reads are done, without closing the reader", async () => {
    const started = Date.now();
    const child = spawn(process.execPath, ["--import", "tsx", "tests/processes/read-and-end.ts"], {
      env: process.env,
      stdio: "ignore",
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    // Well before the idle connections would close themselves (10 s).
    expect(Date.now() - started).toBeLessThan(9_000);
  });

  it("opens a new connection after one is lost", async () => {
    const [[{ pid }]] = await Promise.all([backend()]);
    await db.$executeRaw`SELECT pg_terminate_backend(${pid})`;
    await expect
      .poll(
        async () => (await db.$queryRaw<unknown[]>`SELECT 1 FROM pg_stat_activity WHERE pid = ${pid}`).length,
      )
      .toBe(0);
    // The read that finds the connection gone may fail; the next one reads on a new connection.
    await backend().catch(() => []);
    const [row] = await backend();
    expect(row.pid).not.toBe(pid);
  });
});

describe("readRows checks each row", () => {
  const ViewRow = z.object({
    n: column.int,
    latest: column.date,
    shared: column.boolean,
    content: column.json,
    publishedAt: column.date,
    nothing: column.text.nullable(),
  });

  it("gives one type per column on either database", async () => {
    const [row] = await readRows(
      ViewRow,
      Prisma.sql`
        SELECT (SELECT COUNT(*) FROM "ItemView" i WHERE i."familyId" = v."familyId") AS "n",
          (SELECT MAX(i."createdAt") FROM "ItemView" i WHERE i."familyId" = v."familyId") AS "latest",
          (SELECT i."shared" FROM "ItemView" i WHERE i."familyId" = v."familyId" ORDER BY i."createdAt" LIMIT 1) AS "shared",
          v."content", v."publishedAt", NULL AS "nothing"
        FROM "PlanVersion" v WHERE v."familyId" = ${family.id}`,
    );
    expect(row.n).toBeGreaterThanOrEqual(2);
    expect(typeof row.n).toBe("number");
    expect(row.latest).toBeInstanceOf(Date);
    expect(row.latest.getTime()).not.toBeNaN();
    expect(row.shared).toBe(true);
    expect(row.content).toMatchObject({ worries: [{ id: "w1" }] });
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.nothing).toBeNull();
  });

  it("refuses a row of another shape instead of passing it on", async () => {
    const query = Prisma.sql`SELECT "id", "stance", "version" FROM "ItemView" WHERE "familyId" = ${family.id}`;
    // The right shape reads.
    const Right = z.object({
      id: column.text,
      stance: z.enum(["AGREE", "NOT_SURE", "DISAGREE"]),
      version: column.int,
    });
    expect((await readRows(Right, query)).length).toBeGreaterThan(0);
    // A number where text is expected, an unknown word, a missing column: each throws.
    await expect(readRows(Right.extend({ version: column.text }), query)).rejects.toThrow(/unexpected shape/);
    await expect(readRows(Right.extend({ stance: z.enum(["AGREE"]) }), query)).rejects.toThrow(/stance/);
    await expect(readRows(Right.extend({ words: column.text }), query)).rejects.toThrow(/words/);
  });

  it("refuses a text date that is not a date", async () => {
    await expect(
      readRows(z.object({ at: column.date }), Prisma.sql`SELECT 'not a date' AS "at"`),
    ).rejects.toThrow(/not a date/);
  });
});
