-- CreateTable
CREATE TABLE "PaperSection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "paperId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PaperSection_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "MeetingPaper" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PaperSectionVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "reportWords" TEXT NOT NULL,
    "plainWords" TEXT NOT NULL,
    "writtenById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PaperSectionVersion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PaperSection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PaperSectionMark" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "personId" TEXT NOT NULL,
    "whatIsWrong" TEXT NOT NULL,
    "shouldSay" TEXT NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "reason" TEXT,
    "respondedById" TEXT,
    "respondedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PaperSectionMark_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PaperSection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PaperSection_paperId_position_key" ON "PaperSection"("paperId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PaperSectionVersion_sectionId_version_key" ON "PaperSectionVersion"("sectionId", "version");

-- CreateIndex
CREATE INDEX "PaperSectionMark_sectionId_createdAt_idx" ON "PaperSectionMark"("sectionId", "createdAt");

-- History is kept: a section's versions never change, and neither they nor the marks on a
-- section are deleted, except with the family's deletion record (see 0020_plan_end).
CREATE TRIGGER "PaperSectionVersion_no_update" BEFORE UPDATE ON "PaperSectionVersion"
BEGIN
    SELECT RAISE(ABORT, 'meeting history cannot change');
END;

CREATE TRIGGER "PaperSectionVersion_no_delete" BEFORE DELETE ON "PaperSectionVersion"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (SELECT m."familyId" FROM "PaperSection" s JOIN "MeetingPaper" p ON p."id" = s."paperId" JOIN "Meeting" m ON m."id" = p."meetingId" WHERE s."id" = OLD."sectionId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "PaperSectionMark_no_delete" BEFORE DELETE ON "PaperSectionMark"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (SELECT m."familyId" FROM "PaperSection" s JOIN "MeetingPaper" p ON p."id" = s."paperId" JOIN "Meeting" m ON m."id" = p."meetingId" WHERE s."id" = OLD."sectionId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
