-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('INITIAL_CONFERENCE', 'REVIEW_CONFERENCE', 'CORE_GROUP', 'FAMILY_NETWORK_MEETING', 'FAMILY_GROUP_CONFERENCE', 'PRE_BIRTH_PLANNING', 'PRE_PROCEEDINGS');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingAnswer" AS ENUM ('COMING', 'NOT_COMING', 'NOT_SURE');

-- CreateEnum
CREATE TYPE "PaperKind" AS ENUM ('REPORT', 'MINUTES', 'PLAN');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "onlineLink" TEXT NOT NULL DEFAULT '',
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "calendarUid" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingChange" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "onlineLink" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingInvite" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingReply" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "answer" "MeetingAnswer" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingNote" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "words" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingPaper" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" "PaperKind" NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingPaper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingPaperMark" (
    "id" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "received" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingPaperMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingReminder" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTimescale" (
    "familyId" TEXT NOT NULL,
    "strategyDiscussion" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingTimescale_pkey" PRIMARY KEY ("familyId")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_calendarUid_key" ON "Meeting"("calendarUid");

-- CreateIndex
CREATE INDEX "Meeting_familyId_startsAt_idx" ON "Meeting"("familyId", "startsAt");

-- CreateIndex
CREATE INDEX "MeetingChange_meetingId_at_idx" ON "MeetingChange"("meetingId", "at");

-- CreateIndex
CREATE INDEX "MeetingInvite_personId_idx" ON "MeetingInvite"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvite_meetingId_personId_key" ON "MeetingInvite"("meetingId", "personId");

-- CreateIndex
CREATE INDEX "MeetingReply_meetingId_personId_at_idx" ON "MeetingReply"("meetingId", "personId", "at");

-- CreateIndex
CREATE INDEX "MeetingNote_meetingId_personId_idx" ON "MeetingNote"("meetingId", "personId");

-- CreateIndex
CREATE INDEX "MeetingPaper_meetingId_idx" ON "MeetingPaper"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingPaperMark_paperId_at_idx" ON "MeetingPaperMark"("paperId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingReminder_meetingId_personId_slot_startsAt_key" ON "MeetingReminder"("meetingId", "personId", "slot", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_personId_key" ON "CalendarFeed"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- AddForeignKey
ALTER TABLE "MeetingChange" ADD CONSTRAINT "MeetingChange_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvite" ADD CONSTRAINT "MeetingInvite_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReply" ADD CONSTRAINT "MeetingReply_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingNote" ADD CONSTRAINT "MeetingNote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPaper" ADD CONSTRAINT "MeetingPaper_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPaperMark" ADD CONSTRAINT "MeetingPaperMark_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "MeetingPaper"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReminder" ADD CONSTRAINT "MeetingReminder_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- History is kept: meeting changes, replies, notes and paper marks are never deleted, and the
-- record of changes never changes. (history_row_undeletable comes from 0003_history_guards.)
CREATE FUNCTION "meeting_history_immutable"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'meeting history cannot change';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "MeetingChange_no_delete" BEFORE DELETE ON "MeetingChange"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "MeetingChange_no_truncate" BEFORE TRUNCATE ON "MeetingChange"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "MeetingChange_no_update" BEFORE UPDATE ON "MeetingChange"
    FOR EACH ROW EXECUTE FUNCTION "meeting_history_immutable"();

CREATE TRIGGER "MeetingReply_no_delete" BEFORE DELETE ON "MeetingReply"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "MeetingReply_no_truncate" BEFORE TRUNCATE ON "MeetingReply"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();

CREATE TRIGGER "MeetingNote_no_delete" BEFORE DELETE ON "MeetingNote"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "MeetingNote_no_truncate" BEFORE TRUNCATE ON "MeetingNote"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();

CREATE TRIGGER "MeetingPaperMark_no_delete" BEFORE DELETE ON "MeetingPaperMark"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "MeetingPaperMark_no_truncate" BEFORE TRUNCATE ON "MeetingPaperMark"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
