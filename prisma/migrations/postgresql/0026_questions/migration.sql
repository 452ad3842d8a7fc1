-- CreateEnum
CREATE TYPE "QuestionFlag" AS ENUM ('TOO_MUCH', 'MOVE');

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "askerId" TEXT NOT NULL,
    "askedId" TEXT NOT NULL,
    "toSocialWorker" BOOLEAN NOT NULL DEFAULT false,
    "flag" "QuestionFlag",
    "flaggedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionMessage" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Question_familyId_askerId_idx" ON "Question"("familyId", "askerId");

-- CreateIndex
CREATE INDEX "Question_familyId_askedId_idx" ON "Question"("familyId", "askedId");

-- CreateIndex
CREATE INDEX "QuestionMessage_questionId_createdAt_idx" ON "QuestionMessage"("questionId", "createdAt");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionMessage" ADD CONSTRAINT "QuestionMessage_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A thread's messages are kept as written: never changed, and deleted only with the family
-- (once its deletion record exists). A thread goes only with the family too.
-- history_row_immutable() comes from 0008, family_history_row_deletable() from 0020.
CREATE TRIGGER "QuestionMessage_no_update" BEFORE UPDATE ON "QuestionMessage"
    FOR EACH ROW EXECUTE FUNCTION "history_row_immutable"();
CREATE TRIGGER "QuestionMessage_no_delete" BEFORE DELETE ON "QuestionMessage"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
CREATE TRIGGER "QuestionMessage_no_truncate" BEFORE TRUNCATE ON "QuestionMessage"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "Question_no_delete" BEFORE DELETE ON "Question"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
