-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeSettings" (
    "personId" TEXT NOT NULL,
    "meetings" TEXT NOT NULL DEFAULT 'DAILY',
    "plan" TEXT NOT NULL DEFAULT 'DAILY',
    "rules" TEXT NOT NULL DEFAULT 'DAILY',
    "commitments" TEXT NOT NULL DEFAULT 'DAILY',
    "advice" TEXT NOT NULL DEFAULT 'DAILY',
    "noEmail" BOOLEAN NOT NULL DEFAULT false,
    "quietFrom" TEXT,
    "quietTo" TEXT,
    "lastEmailAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeSettings_pkey" PRIMARY KEY ("personId")
);

-- CreateIndex
CREATE INDEX "Notice_personId_familyId_createdAt_idx" ON "Notice"("personId", "familyId", "createdAt");

-- CreateIndex
CREATE INDEX "Notice_emailedAt_readAt_idx" ON "Notice"("emailedAt", "readAt");

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeSettings" ADD CONSTRAINT "NoticeSettings_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
