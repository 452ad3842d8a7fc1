// readRows reads on its own SQLite connection instead of through Prisma (sqlite-reads.server.ts).
// Callers were written against what `db.$queryRaw` returns, so the two must give the same rows,
// column types included: text, numbers, timestamps, booleans, JSON, NULLs and expressions.
import { beforeAll, describe, expect, it } from "vitest";

import { Prisma } from "~/generated/sqlite/client";
import { db, getDb, readRows } from "~/utils/db.server";

import { createFamily } from "../factories";
import { isPostgresUrl } from "../setup/postgres";

const onPostgres = isPostgresUrl(process.env.DATABASE_URL ?? "");

let family: Awaited<ReturnType<typeof createFamily>>;

beforeAll(async () => {
  if (onPostgres) return; // skipped below, visibly
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
    const rows = await readRows<unknown>(query);
    expect(rows).toEqual(expected);
    if (name !== "no rows") expect(rows.length).toBeGreaterThan(0);
    expect((globalThis as { __reader?: unknown }).__reader).toBeTruthy();
  });

  it("sees a write the moment it is committed", async () => {
    const before = await readRows<{ n: number }>(
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
    const after = await readRows<{ n: number }>(
      Prisma.sql`SELECT COUNT(*) AS "n" FROM "ItemView" WHERE "familyId" = ${family.id}`,
    );
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
  });

  it("refuses to write", async () => {
    await expect(
      readRows(Prisma.sql`DELETE FROM "ItemView" WHERE "familyId" = ${family.id}`),
    ).rejects.toThrow(/only reads/);
  });
});
