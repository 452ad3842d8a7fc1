-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DirectoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameCy" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL,
    "categoryTags" TEXT NOT NULL,
    "audienceTags" TEXT NOT NULL,
    "languageTags" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DirectoryEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DirectoryEntry_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_DirectoryEntry" ("audienceTags", "categoryTags", "createdAt", "data", "id", "languageTags", "name", "organisationId", "revision", "searchText", "serviceId", "updatedAt", "updatedById") SELECT "audienceTags", "categoryTags", "createdAt", "data", "id", "languageTags", "name", "organisationId", "revision", "searchText", "serviceId", "updatedAt", "updatedById" FROM "DirectoryEntry";
DROP TABLE "DirectoryEntry";
ALTER TABLE "new_DirectoryEntry" RENAME TO "DirectoryEntry";
CREATE INDEX "DirectoryEntry_name_idx" ON "DirectoryEntry"("name");
CREATE INDEX "DirectoryEntry_nameCy_idx" ON "DirectoryEntry"("nameCy");
CREATE UNIQUE INDEX "DirectoryEntry_organisationId_serviceId_key" ON "DirectoryEntry"("organisationId", "serviceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Entries saved before Welsh names existed are shown by their English name.
UPDATE "DirectoryEntry" SET "nameCy" = "name";
