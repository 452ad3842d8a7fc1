-- DropIndex
DROP INDEX "AuditEvent_actorId_at_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reportLeadWorkingDays" INTEGER NOT NULL DEFAULT 3,
    "auditRetentionDays" INTEGER NOT NULL DEFAULT 730,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Organisation" ("createdAt", "id", "kind", "name", "reportLeadWorkingDays") SELECT "createdAt", "id", "kind", "name", "reportLeadWorkingDays" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
