-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "onlineLink" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'SCHEDULED',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "calendarUid" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "MeetingChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "place" TEXT NOT NULL,
    "onlineLink" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingChange_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingInvite_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingReply_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "words" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingNote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingPaper" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingPaper_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingPaperMark" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "paperId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "received" BOOLEAN NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingPaperMark_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "MeetingPaper" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingReminder_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingTimescale" (
    "familyId" TEXT NOT NULL PRIMARY KEY,
    "strategyDiscussion" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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

-- History is kept: meeting changes, replies, notes and paper marks are never deleted, and the
-- record of changes never changes.
CREATE TRIGGER "MeetingChange_no_delete" BEFORE DELETE ON "MeetingChange"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "MeetingChange_no_update" BEFORE UPDATE ON "MeetingChange"
BEGIN
    SELECT RAISE(ABORT, 'meeting history cannot change');
END;

CREATE TRIGGER "MeetingReply_no_delete" BEFORE DELETE ON "MeetingReply"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "MeetingNote_no_delete" BEFORE DELETE ON "MeetingNote"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "MeetingPaperMark_no_delete" BEFORE DELETE ON "MeetingPaperMark"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
