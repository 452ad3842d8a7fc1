-- AlterTable
ALTER TABLE "DiaryReader" ADD COLUMN     "fromVersion" INTEGER NOT NULL DEFAULT 1;

-- Readers chosen before this column existed: from the version that was current when they were added.
UPDATE "DiaryReader" SET "fromVersion" = COALESCE(
  (SELECT MAX(v."version") FROM "DiaryEntryVersion" v WHERE v."entryId" = "DiaryReader"."entryId" AND v."createdAt" <= "DiaryReader"."addedAt"),
  1);
