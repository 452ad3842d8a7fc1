import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { db, getDb, SQLITE_BUSY_TIMEOUT_MS } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

import { isPostgresUrl } from "../setup/postgres";

describe.skipIf(isPostgresUrl(process.env.DATABASE_URL ?? ""))(
  "the SQLite database, as the app opens it",
  () => {
    it("is in write-ahead-log mode, with a busy timeout", async () => {
      getDb();
      const file = getEnv().DATABASE_URL.replace(/^file:/, "");
      const outside = new Database(file, { readonly: true });
      try {
        expect(outside.pragma("journal_mode", { simple: true })).toBe("wal");
      } finally {
        outside.close();
      }
      const [row] = await db.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
      expect(Number(row.timeout)).toBe(SQLITE_BUSY_TIMEOUT_MS);
    });

    it("reads while another connection holds a write open", async () => {
      const file = getEnv().DATABASE_URL.replace(/^file:/, "");
      const writer = new Database(file);
      try {
        writer.exec("BEGIN IMMEDIATE");
        writer.exec(
          'INSERT INTO "Organisation" ("id", "name", "kind") VALUES (\'walcheckorganisation01\', \'WAL check\', \'LOCAL_AUTHORITY\')',
        );
        // A reader sees the last committed state while a write is open, and never fails as busy.
        expect(await db.organisation.count({ where: { id: "walcheckorganisation01" } })).toBe(0);
        writer.exec("COMMIT");
        expect(await db.organisation.count({ where: { id: "walcheckorganisation01" } })).toBe(1);
      } finally {
        writer.close();
      }
    });
  },
);
