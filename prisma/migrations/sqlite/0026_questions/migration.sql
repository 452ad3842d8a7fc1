-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "askerId" TEXT NOT NULL,
    "askedId" TEXT NOT NULL,
    "toSocialWorker" BOOLEAN NOT NULL DEFAULT false,
    "flag" TEXT,
    "flaggedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Question_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionMessage_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Question_familyId_askerId_idx" ON "Question"("familyId", "askerId");

-- CreateIndex
CREATE INDEX "Question_familyId_askedId_idx" ON "Question"("familyId", "askedId");

-- CreateIndex
CREATE INDEX "QuestionMessage_questionId_createdAt_idx" ON "QuestionMessage"("questionId", "createdAt");

-- A thread's messages are kept as written: never changed, and deleted only with the family
-- (once its deletion record exists). A thread goes only with the family too.
CREATE TRIGGER "QuestionMessage_no_update" BEFORE UPDATE ON "QuestionMessage"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot change');
END;
CREATE TRIGGER "QuestionMessage_no_delete" BEFORE DELETE ON "QuestionMessage"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "Question_no_delete" BEFORE DELETE ON "Question"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
