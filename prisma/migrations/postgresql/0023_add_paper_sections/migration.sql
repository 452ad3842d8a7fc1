-- CreateTable
CREATE TABLE "PaperSection" (
    "id" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperSectionVersion" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "reportWords" TEXT NOT NULL,
    "plainWords" TEXT NOT NULL,
    "writtenById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperSectionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperSectionMark" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "personId" TEXT NOT NULL,
    "whatIsWrong" TEXT NOT NULL,
    "shouldSay" TEXT NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'OPEN',
    "reason" TEXT,
    "respondedById" TEXT,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperSectionMark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaperSection_paperId_position_key" ON "PaperSection"("paperId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PaperSectionVersion_sectionId_version_key" ON "PaperSectionVersion"("sectionId", "version");

-- CreateIndex
CREATE INDEX "PaperSectionMark_sectionId_createdAt_idx" ON "PaperSectionMark"("sectionId", "createdAt");

-- AddForeignKey
ALTER TABLE "PaperSection" ADD CONSTRAINT "PaperSection_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "MeetingPaper"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperSectionVersion" ADD CONSTRAINT "PaperSectionVersion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PaperSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperSectionMark" ADD CONSTRAINT "PaperSectionMark_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PaperSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- History is kept: a section's versions never change, and neither they nor the marks on a
-- section are deleted, except with the family's deletion record (see 0020_plan_end).
CREATE TRIGGER "PaperSectionVersion_no_update" BEFORE UPDATE ON "PaperSectionVersion"
    FOR EACH ROW EXECUTE FUNCTION "meeting_history_immutable"();
CREATE TRIGGER "PaperSectionVersion_no_delete" BEFORE DELETE ON "PaperSectionVersion"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"('SELECT m."familyId" FROM "PaperSection" s JOIN "MeetingPaper" p ON p."id" = s."paperId" JOIN "Meeting" m ON m."id" = p."meetingId" WHERE s."id" = $1', 'sectionId');
CREATE TRIGGER "PaperSectionVersion_no_truncate" BEFORE TRUNCATE ON "PaperSectionVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "PaperSectionMark_no_delete" BEFORE DELETE ON "PaperSectionMark"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"('SELECT m."familyId" FROM "PaperSection" s JOIN "MeetingPaper" p ON p."id" = s."paperId" JOIN "Meeting" m ON m."id" = p."meetingId" WHERE s."id" = $1', 'sectionId');
CREATE TRIGGER "PaperSectionMark_no_truncate" BEFORE TRUNCATE ON "PaperSectionMark"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
