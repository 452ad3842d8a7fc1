-- CreateEnum
CREATE TYPE "PlanEndReason" AS ENUM ('CHILD_IN_NEED', 'NOT_NEEDED', 'MOVED_COUNCIL', 'CARE_PROCEEDINGS');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "planEndReadOnlyDays" INTEGER NOT NULL DEFAULT 90;

-- AlterTable
ALTER TABLE "OrganisationSettingsVersion" ADD COLUMN     "planEndReadOnlyDays" INTEGER NOT NULL DEFAULT 90;

-- AlterTable
ALTER TABLE "Family" ADD COLUMN     "accessEndsAt" TIMESTAMP(3),
ADD COLUMN     "planEndReason" "PlanEndReason",
ADD COLUMN     "planEndedAt" TIMESTAMP(3),
ADD COLUMN     "planEndedById" TEXT;

-- CreateTable
CREATE TABLE "FamilyDeletion" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "reason" "PlanEndReason" NOT NULL,
    "planEndedAt" TIMESTAMP(3) NOT NULL,
    "counts" TEXT NOT NULL DEFAULT '{}',
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FamilyDeletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FamilyDeletion_familyId_key" ON "FamilyDeletion"("familyId");

-- CreateIndex
CREATE INDEX "FamilyDeletion_organisationId_deletedAt_idx" ON "FamilyDeletion"("organisationId", "deletedAt");

-- A family's history rows may be deleted only when the family's deletion record exists: the
-- retention job writes it first, in the same transaction, then deletes the family's rows.
-- Any other delete is still refused. The deletion record itself is history: never changed or
-- deleted, and written only for a family whose plan has ended.

CREATE FUNCTION "family_deletion_plan_ended"() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM "Family" WHERE "id" = NEW."familyId" AND "planEndedAt" IS NOT NULL) THEN
        RAISE EXCEPTION 'only a family whose plan ended can be deleted';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "FamilyDeletion_plan_ended" BEFORE INSERT ON "FamilyDeletion"
    FOR EACH ROW EXECUTE FUNCTION "family_deletion_plan_ended"();
CREATE TRIGGER "FamilyDeletion_no_delete" BEFORE DELETE ON "FamilyDeletion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "FamilyDeletion_no_truncate" BEFORE TRUNCATE ON "FamilyDeletion"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "FamilyDeletion_no_update" BEFORE UPDATE ON "FamilyDeletion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_unchangeable"();

-- Without arguments the row names its family ("familyId"); otherwise the first argument is a
-- query finding the family from the row's column named by the second.
CREATE FUNCTION "family_history_row_deletable"() RETURNS trigger AS $$
DECLARE
    family text;
BEGIN
    IF TG_NARGS = 0 THEN
        family := to_jsonb(OLD) ->> 'familyId';
    ELSE
        EXECUTE TG_ARGV[0] INTO family USING to_jsonb(OLD) ->> TG_ARGV[1];
    END IF;
    IF family IS NULL OR NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = family) THEN
        RAISE EXCEPTION 'history rows cannot be deleted (%)', TG_TABLE_NAME;
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION "audit_event_kept_90_days"() RETURNS trigger AS $$
BEGIN
    IF OLD."at" > now() - interval '90 days'
        AND NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = OLD."familyId") THEN
        RAISE EXCEPTION 'history rows cannot be deleted (%)', TG_TABLE_NAME;
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER "PlanVersion_no_delete" ON "PlanVersion";
CREATE TRIGGER "PlanVersion_no_delete" BEFORE DELETE ON "PlanVersion"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "ItemView_no_delete" ON "ItemView";
CREATE TRIGGER "ItemView_no_delete" BEFORE DELETE ON "ItemView"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "ScaleScore_no_delete" ON "ScaleScore";
CREATE TRIGGER "ScaleScore_no_delete" BEFORE DELETE ON "ScaleScore"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "CorrectionRequest_no_delete" ON "CorrectionRequest";
CREATE TRIGGER "CorrectionRequest_no_delete" BEFORE DELETE ON "CorrectionRequest"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "Rule_no_delete" ON "Rule";
CREATE TRIGGER "Rule_no_delete" BEFORE DELETE ON "Rule"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "RuleVersion_no_delete" ON "RuleVersion";
CREATE TRIGGER "RuleVersion_no_delete" BEFORE DELETE ON "RuleVersion"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "RulePerson_no_delete" ON "RulePerson";
CREATE TRIGGER "RulePerson_no_delete" BEFORE DELETE ON "RulePerson"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "RuleAgreement_no_delete" ON "RuleAgreement";
CREATE TRIGGER "RuleAgreement_no_delete" BEFORE DELETE ON "RuleAgreement"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "RuleComment_no_delete" ON "RuleComment";
CREATE TRIGGER "RuleComment_no_delete" BEFORE DELETE ON "RuleComment"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "RuleReport_no_delete" ON "RuleReport";
CREATE TRIGGER "RuleReport_no_delete" BEFORE DELETE ON "RuleReport"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "RuleReportFollowUp_no_delete" ON "RuleReportFollowUp";
CREATE TRIGGER "RuleReportFollowUp_no_delete" BEFORE DELETE ON "RuleReportFollowUp"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "RuleReportReader_no_delete" ON "RuleReportReader";
CREATE TRIGGER "RuleReportReader_no_delete" BEFORE DELETE ON "RuleReportReader"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "AdviserViewChange_no_delete" ON "AdviserViewChange";
CREATE TRIGGER "AdviserViewChange_no_delete" BEFORE DELETE ON "AdviserViewChange"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "ContactArrangementVersion_no_delete" ON "ContactArrangementVersion";
CREATE TRIGGER "ContactArrangementVersion_no_delete" BEFORE DELETE ON "ContactArrangementVersion"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "DiaryEntryVersion_no_delete" ON "DiaryEntryVersion";
CREATE TRIGGER "DiaryEntryVersion_no_delete" BEFORE DELETE ON "DiaryEntryVersion"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "PractitionerChange_no_delete" ON "PractitionerChange";
CREATE TRIGGER "PractitionerChange_no_delete" BEFORE DELETE ON "PractitionerChange"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "ContactSharing_no_delete" ON "ContactSharing";
CREATE TRIGGER "ContactSharing_no_delete" BEFORE DELETE ON "ContactSharing"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "Commitment_no_delete" ON "Commitment";
CREATE TRIGGER "Commitment_no_delete" BEFORE DELETE ON "Commitment"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "CommitmentVersion_no_delete" ON "CommitmentVersion";
CREATE TRIGGER "CommitmentVersion_no_delete" BEFORE DELETE ON "CommitmentVersion"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "CommitmentCheckIn_no_delete" ON "CommitmentCheckIn";
CREATE TRIGGER "CommitmentCheckIn_no_delete" BEFORE DELETE ON "CommitmentCheckIn"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"();
DROP TRIGGER "MeetingChange_no_delete" ON "MeetingChange";
CREATE TRIGGER "MeetingChange_no_delete" BEFORE DELETE ON "MeetingChange"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"('SELECT "familyId" FROM "Meeting" WHERE "id" = $1', 'meetingId');
DROP TRIGGER "MeetingReply_no_delete" ON "MeetingReply";
CREATE TRIGGER "MeetingReply_no_delete" BEFORE DELETE ON "MeetingReply"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"('SELECT "familyId" FROM "Meeting" WHERE "id" = $1', 'meetingId');
DROP TRIGGER "MeetingNote_no_delete" ON "MeetingNote";
CREATE TRIGGER "MeetingNote_no_delete" BEFORE DELETE ON "MeetingNote"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"('SELECT "familyId" FROM "Meeting" WHERE "id" = $1', 'meetingId');
DROP TRIGGER "MeetingPaperMark_no_delete" ON "MeetingPaperMark";
CREATE TRIGGER "MeetingPaperMark_no_delete" BEFORE DELETE ON "MeetingPaperMark"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"('SELECT m."familyId" FROM "MeetingPaper" p JOIN "Meeting" m ON m."id" = p."meetingId" WHERE p."id" = $1', 'paperId');
DROP TRIGGER "ContactHiddenFrom_no_delete" ON "ContactHiddenFrom";
CREATE TRIGGER "ContactHiddenFrom_no_delete" BEFORE DELETE ON "ContactHiddenFrom"
    FOR EACH ROW EXECUTE FUNCTION "family_history_row_deletable"('SELECT "familyId" FROM "ContactSharing" WHERE "id" = $1', 'sharingId');
