-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DiaryReader" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "fromVersion" INTEGER NOT NULL DEFAULT 1,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" DATETIME,
    CONSTRAINT "DiaryReader_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "DiaryEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_DiaryReader" ("addedAt", "entryId", "familyId", "id", "personId", "removedAt") SELECT "addedAt", "entryId", "familyId", "id", "personId", "removedAt" FROM "DiaryReader";
DROP TABLE "DiaryReader";
ALTER TABLE "new_DiaryReader" RENAME TO "DiaryReader";
CREATE INDEX "DiaryReader_personId_entryId_idx" ON "DiaryReader"("personId", "entryId");
CREATE INDEX "DiaryReader_entryId_idx" ON "DiaryReader"("entryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Readers chosen before this column existed: from the version that was current when they were added.
UPDATE "DiaryReader" SET "fromVersion" = COALESCE(
  (SELECT MAX(v."version") FROM "DiaryEntryVersion" v WHERE v."entryId" = "DiaryReader"."entryId" AND v."createdAt" <= "DiaryReader"."addedAt"),
  1);
