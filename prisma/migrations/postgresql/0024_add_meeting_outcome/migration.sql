-- CreateEnum
CREATE TYPE "OutcomeDecision" AS ENUM ('PLAN_STARTS', 'PLAN_CONTINUES', 'PLAN_ENDS');

-- CreateTable
CREATE TABLE "MeetingOutcome" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "decision" "OutcomeDecision",
    "category" "PlanCategory",
    "disagreed" TEXT NOT NULL DEFAULT '',
    "planChanges" TEXT NOT NULL DEFAULT '',
    "nextCoreGroupId" TEXT,
    "nextReviewId" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingOutcomeAnswer" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "outcomeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "matches" BOOLEAN NOT NULL,
    "words" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingOutcomeAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingOutcome_meetingId_version_key" ON "MeetingOutcome"("meetingId", "version");

-- CreateIndex
CREATE INDEX "MeetingOutcomeAnswer_meetingId_personId_at_idx" ON "MeetingOutcomeAnswer"("meetingId", "personId", "at");

-- AddForeignKey
ALTER TABLE "MeetingOutcome" ADD CONSTRAINT "MeetingOutcome_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOutcomeAnswer" ADD CONSTRAINT "MeetingOutcomeAnswer_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOutcomeAnswer" ADD CONSTRAINT "MeetingOutcomeAnswer_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "MeetingOutcome"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
