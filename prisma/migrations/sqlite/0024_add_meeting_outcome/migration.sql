-- CreateTable
CREATE TABLE "MeetingOutcome" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "decision" TEXT,
    "category" TEXT,
    "disagreed" TEXT NOT NULL DEFAULT '',
    "planChanges" TEXT NOT NULL DEFAULT '',
    "nextCoreGroupId" TEXT,
    "nextReviewId" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingOutcome_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingOutcomeAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "outcomeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "matches" BOOLEAN NOT NULL,
    "words" TEXT NOT NULL DEFAULT '',
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingOutcomeAnswer_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingOutcomeAnswer_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "MeetingOutcome" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingOutcome_meetingId_version_key" ON "MeetingOutcome"("meetingId", "version");

-- CreateIndex
CREATE INDEX "MeetingOutcomeAnswer_meetingId_personId_at_idx" ON "MeetingOutcomeAnswer"("meetingId", "personId", "at");
