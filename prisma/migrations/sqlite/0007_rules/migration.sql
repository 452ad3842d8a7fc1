-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "outOfHoursPhone" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "socialWorkPhone" TEXT;

-- CreateTable
CREATE TABLE "Rule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" DATETIME,
    "retiredById" TEXT,
    "retiredReason" TEXT,
    CONSTRAINT "Rule_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RuleVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ruleId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "worryId" TEXT,
    "warningSigns" TEXT NOT NULL,
    "ifBroken" TEXT NOT NULL,
    "whoToCall" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RulePerson" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "kind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "RuleAgreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RuleComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ruleId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RuleReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ruleId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "whatHappened" TEXT NOT NULL,
    "happenedOn" TEXT NOT NULL,
    "happenedAt" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RuleReportFollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Rule_familyId_idx" ON "Rule"("familyId");

-- CreateIndex
CREATE INDEX "RuleVersion_familyId_idx" ON "RuleVersion"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "RuleVersion_ruleId_number_key" ON "RuleVersion"("ruleId", "number");

-- CreateIndex
CREATE INDEX "RulePerson_versionId_idx" ON "RulePerson"("versionId");

-- CreateIndex
CREATE INDEX "RulePerson_familyId_membershipId_idx" ON "RulePerson"("familyId", "membershipId");

-- CreateIndex
CREATE INDEX "RuleAgreement_versionId_createdAt_idx" ON "RuleAgreement"("versionId", "createdAt");

-- CreateIndex
CREATE INDEX "RuleAgreement_ruleId_idx" ON "RuleAgreement"("ruleId");

-- CreateIndex
CREATE INDEX "RuleComment_ruleId_createdAt_idx" ON "RuleComment"("ruleId", "createdAt");

-- CreateIndex
CREATE INDEX "RuleReport_familyId_createdAt_idx" ON "RuleReport"("familyId", "createdAt");

-- CreateIndex
CREATE INDEX "RuleReport_ruleId_idx" ON "RuleReport"("ruleId");

-- CreateIndex
CREATE INDEX "RuleReportFollowUp_reportId_idx" ON "RuleReportFollowUp"("reportId");

-- The family's rules keep their history, whatever code runs: versions never change, and no
-- rule, version, person named, answer, comment, report or follow-up is ever deleted.
CREATE TRIGGER "RuleVersion_no_update" BEFORE UPDATE ON "RuleVersion"
BEGIN
    SELECT RAISE(ABORT, 'rule versions cannot change');
END;
CREATE TRIGGER "RuleReportFollowUp_no_update" BEFORE UPDATE ON "RuleReportFollowUp"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot change');
END;
CREATE TRIGGER "Rule_no_delete" BEFORE DELETE ON "Rule"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "RuleVersion_no_delete" BEFORE DELETE ON "RuleVersion"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "RulePerson_no_delete" BEFORE DELETE ON "RulePerson"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "RuleAgreement_no_delete" BEFORE DELETE ON "RuleAgreement"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "RuleComment_no_delete" BEFORE DELETE ON "RuleComment"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "RuleReport_no_delete" BEFORE DELETE ON "RuleReport"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "RuleReportFollowUp_no_delete" BEFORE DELETE ON "RuleReportFollowUp"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
