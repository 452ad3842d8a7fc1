// The migrations of the database this run is on (SQLite, or PostgreSQL with TEST_DATABASE_URL),
// applied from empty, must give exactly the schema prisma/models.prisma describes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

const provider = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? "postgresql" : "sqlite";
const scratch = mkdtempSync(join(process.env.TEST_RUN_DIR ?? "tests/.tmp", "drift-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `prisma migrate diff` from every migration (replayed into an empty shadow database) to a schema file. */
function diffMigrationsTo(schemaFile: string) {
  const result = spawnSync(
    "node_modules/.bin/prisma",
    [
      "migrate",
      "diff",
      "--from-migrations",
      `prisma/migrations/${provider}`,
      "--to-schema-datamodel",
      schemaFile,
      "--exit-code",
    ],
    // PostgreSQL: the shadow database is made on this test file's server (see prisma.config.ts).
    { env: { ...process.env }, encoding: "utf8" },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe(`migrations on ${provider}`, () => {
  it("applied from empty, match the Prisma model exactly (no drift)", { timeout: 120_000 }, () => {
    const { status, output } = diffMigrationsTo(`prisma/${provider}/schema.prisma`);
    expect(output).toContain("No difference detected");
    expect(status).toBe(0);
  });

  it("would show drift: a model the migrations lack is reported", { timeout: 120_000 }, () => {
    const drifted = join(scratch, "schema.prisma");
    writeFileSync(
      drifted,
      `${readFileSync(`prisma/${provider}/schema.prisma`, "utf8")}\nmodel DriftProbe {\n  id String @id\n}\n`,
    );
    const { status, output } = diffMigrationsTo(drifted);
    expect(output).toContain("DriftProbe");
    expect(status).toBe(2);
  });
});
