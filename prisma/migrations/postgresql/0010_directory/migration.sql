-- CreateTable
CREATE TABLE "DirectoryEntry" (
    "id" TEXT NOT NULL,
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
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryEntryRevision" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "change" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectoryEntryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DirectoryEntry_name_idx" ON "DirectoryEntry"("name");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryEntry_organisationId_serviceId_key" ON "DirectoryEntry"("organisationId", "serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryEntryRevision_entryId_revision_key" ON "DirectoryEntryRevision"("entryId", "revision");

-- AddForeignKey
ALTER TABLE "DirectoryEntry" ADD CONSTRAINT "DirectoryEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryEntry" ADD CONSTRAINT "DirectoryEntry_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryEntryRevision" ADD CONSTRAINT "DirectoryEntryRevision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "DirectoryEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryEntryRevision" ADD CONSTRAINT "DirectoryEntryRevision_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: a directory entry's history is never changed or deleted.
CREATE FUNCTION "directory_revision_immutable"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'directory history cannot change';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "DirectoryEntryRevision_no_delete" BEFORE DELETE ON "DirectoryEntryRevision"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "DirectoryEntryRevision_no_truncate" BEFORE TRUNCATE ON "DirectoryEntryRevision"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "DirectoryEntryRevision_no_update" BEFORE UPDATE ON "DirectoryEntryRevision"
    FOR EACH ROW EXECUTE FUNCTION "directory_revision_immutable"();
