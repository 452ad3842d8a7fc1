-- CreateTable
CREATE TABLE "MeetingPaperFile" (
    "id" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "storedName" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingPaperFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingPaperFile_storedName_key" ON "MeetingPaperFile"("storedName");

-- CreateIndex
CREATE INDEX "MeetingPaperFile_paperId_uploadedAt_idx" ON "MeetingPaperFile"("paperId", "uploadedAt");

-- AddForeignKey
ALTER TABLE "MeetingPaperFile" ADD CONSTRAINT "MeetingPaperFile_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "MeetingPaper"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
