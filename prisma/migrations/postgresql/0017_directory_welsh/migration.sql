-- AlterTable
ALTER TABLE "DirectoryEntry" ADD COLUMN     "nameCy" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "DirectoryEntry_nameCy_idx" ON "DirectoryEntry"("nameCy");

-- Entries saved before Welsh names existed are shown by their English name.
UPDATE "DirectoryEntry" SET "nameCy" = "name";
