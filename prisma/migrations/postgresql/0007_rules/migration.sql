-- CreateEnum
CREATE TYPE "RuleAnswer" AS ENUM ('AGREE', 'NOT_YET', 'DISAGREE', 'ENDORSE');

-- CreateEnum
CREATE TYPE "RulePersonKind" AS ENUM ('INVOLVED', 'CHECKER');

-- CreateEnum
CREATE TYPE "RuleReportKind" AS ENUM ('BROKEN', 'WARNING_SIGN');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "outOfHoursPhone" TEXT,
ADD COLUMN     "socialWorkPhone" TEXT;

-- CreateTable
CREATE TABLE "Rule" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),
    "retiredById" TEXT,
    "retiredReason" TEXT,

    CONSTRAINT "Rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleVersion" (
    "id" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "worryId" TEXT,
    "warningSigns" TEXT NOT NULL,
    "ifBroken" TEXT NOT NULL,
    "whoToCall" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RulePerson" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "kind" "RulePersonKind" NOT NULL,

    CONSTRAINT "RulePerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleAgreement" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "answer" "RuleAnswer" NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleComment" (
    "id" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleReport" (
    "id" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "kind" "RuleReportKind" NOT NULL,
    "whatHappened" TEXT NOT NULL,
    "happenedOn" TEXT NOT NULL,
    "happenedAt" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleReportFollowUp" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleReportFollowUp_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Rule" ADD CONSTRAINT "Rule_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The family's rules keep their history, whatever code runs: versions never change, and no
-- rule, version, person named, answer, comment, report or follow-up is ever deleted (nor truncated).
-- history_row_undeletable() comes from 0003_history_guards.
CREATE FUNCTION "rule_history_immutable"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'history rows cannot change (%)', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "RuleVersion_no_update" BEFORE UPDATE ON "RuleVersion"
    FOR EACH ROW EXECUTE FUNCTION "rule_history_immutable"();
CREATE TRIGGER "RuleReportFollowUp_no_update" BEFORE UPDATE ON "RuleReportFollowUp"
    FOR EACH ROW EXECUTE FUNCTION "rule_history_immutable"();
CREATE TRIGGER "Rule_no_delete" BEFORE DELETE ON "Rule"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "Rule_no_truncate" BEFORE TRUNCATE ON "Rule"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleVersion_no_delete" BEFORE DELETE ON "RuleVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleVersion_no_truncate" BEFORE TRUNCATE ON "RuleVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RulePerson_no_delete" BEFORE DELETE ON "RulePerson"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RulePerson_no_truncate" BEFORE TRUNCATE ON "RulePerson"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleAgreement_no_delete" BEFORE DELETE ON "RuleAgreement"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleAgreement_no_truncate" BEFORE TRUNCATE ON "RuleAgreement"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleComment_no_delete" BEFORE DELETE ON "RuleComment"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleComment_no_truncate" BEFORE TRUNCATE ON "RuleComment"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleReport_no_delete" BEFORE DELETE ON "RuleReport"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleReport_no_truncate" BEFORE TRUNCATE ON "RuleReport"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleReportFollowUp_no_delete" BEFORE DELETE ON "RuleReportFollowUp"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleReportFollowUp_no_truncate" BEFORE TRUNCATE ON "RuleReportFollowUp"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
