-- CreateTable
CREATE TABLE "DirectoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "DirectoryEntryRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "change" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "changedById" TEXT,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DirectoryEntryRevision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "DirectoryEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DirectoryEntryRevision_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DirectoryEntry_name_idx" ON "DirectoryEntry"("name");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryEntry_organisationId_serviceId_key" ON "DirectoryEntry"("organisationId", "serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryEntryRevision_entryId_revision_key" ON "DirectoryEntryRevision"("entryId", "revision");

-- Written by hand: a directory entry's history is never changed or deleted.
CREATE TRIGGER "DirectoryEntryRevision_no_delete" BEFORE DELETE ON "DirectoryEntryRevision"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "DirectoryEntryRevision_no_update" BEFORE UPDATE ON "DirectoryEntryRevision"
BEGIN
    SELECT RAISE(ABORT, 'directory history cannot change');
END;
