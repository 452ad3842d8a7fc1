-- CreateTable
CREATE TABLE "MeetingFamilyReport" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "wentWell" TEXT NOT NULL,
    "wantKnown" TEXT NOT NULL,
    "writtenById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingFamilyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingFamilyReportShare" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "sharedById" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingFamilyReportShare_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingFamilyReport_meetingId_version_key" ON "MeetingFamilyReport"("meetingId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingFamilyReportShare_meetingId_key" ON "MeetingFamilyReportShare"("meetingId");

-- AddForeignKey
ALTER TABLE "MeetingFamilyReport" ADD CONSTRAINT "MeetingFamilyReport_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFamilyReportShare" ADD CONSTRAINT "MeetingFamilyReportShare_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
