-- AlterTable
ALTER TABLE "Family" ADD COLUMN "accessEndsAt" DATETIME;
ALTER TABLE "Family" ADD COLUMN "planEndReason" TEXT;
ALTER TABLE "Family" ADD COLUMN "planEndedAt" DATETIME;
ALTER TABLE "Family" ADD COLUMN "planEndedById" TEXT;

-- CreateTable
CREATE TABLE "FamilyDeletion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "planEndedAt" DATETIME NOT NULL,
    "counts" TEXT NOT NULL DEFAULT '{}',
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Added in place: redefining OrganisationSettingsVersion would drop its history guards.
ALTER TABLE "Organisation" ADD COLUMN "planEndReadOnlyDays" INTEGER NOT NULL DEFAULT 90;
ALTER TABLE "OrganisationSettingsVersion" ADD COLUMN "planEndReadOnlyDays" INTEGER NOT NULL DEFAULT 90;

-- CreateIndex
CREATE UNIQUE INDEX "FamilyDeletion_familyId_key" ON "FamilyDeletion"("familyId");

-- CreateIndex
CREATE INDEX "FamilyDeletion_organisationId_deletedAt_idx" ON "FamilyDeletion"("organisationId", "deletedAt");

-- A family's history rows may be deleted only when the family's deletion record exists: the
-- retention job writes it first, in the same transaction, then deletes the family's rows.
-- Any other delete is still refused. The deletion record itself is history: never changed or
-- deleted, and written only for a family whose plan has ended.

CREATE TRIGGER "FamilyDeletion_plan_ended" BEFORE INSERT ON "FamilyDeletion"
WHEN NOT EXISTS (SELECT 1 FROM "Family" WHERE "id" = NEW."familyId" AND "planEndedAt" IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'only a family whose plan ended can be deleted');
END;
CREATE TRIGGER "FamilyDeletion_no_delete" BEFORE DELETE ON "FamilyDeletion"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "FamilyDeletion_no_update" BEFORE UPDATE ON "FamilyDeletion"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot change');
END;

DROP TRIGGER "AuditEvent_no_delete";
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
WHEN julianday(OLD."at") > julianday('now') - 90
    AND NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = OLD."familyId")
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "PlanVersion_no_delete";
CREATE TRIGGER "PlanVersion_no_delete" BEFORE DELETE ON "PlanVersion"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "ItemView_no_delete";
CREATE TRIGGER "ItemView_no_delete" BEFORE DELETE ON "ItemView"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "ScaleScore_no_delete";
CREATE TRIGGER "ScaleScore_no_delete" BEFORE DELETE ON "ScaleScore"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "CorrectionRequest_no_delete";
CREATE TRIGGER "CorrectionRequest_no_delete" BEFORE DELETE ON "CorrectionRequest"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "Rule_no_delete";
CREATE TRIGGER "Rule_no_delete" BEFORE DELETE ON "Rule"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "RuleVersion_no_delete";
CREATE TRIGGER "RuleVersion_no_delete" BEFORE DELETE ON "RuleVersion"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "RulePerson_no_delete";
CREATE TRIGGER "RulePerson_no_delete" BEFORE DELETE ON "RulePerson"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "RuleAgreement_no_delete";
CREATE TRIGGER "RuleAgreement_no_delete" BEFORE DELETE ON "RuleAgreement"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "RuleComment_no_delete";
CREATE TRIGGER "RuleComment_no_delete" BEFORE DELETE ON "RuleComment"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "RuleReport_no_delete";
CREATE TRIGGER "RuleReport_no_delete" BEFORE DELETE ON "RuleReport"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "RuleReportFollowUp_no_delete";
CREATE TRIGGER "RuleReportFollowUp_no_delete" BEFORE DELETE ON "RuleReportFollowUp"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "RuleReportReader_no_delete";
CREATE TRIGGER "RuleReportReader_no_delete" BEFORE DELETE ON "RuleReportReader"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "AdviserViewChange_no_delete";
CREATE TRIGGER "AdviserViewChange_no_delete" BEFORE DELETE ON "AdviserViewChange"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "ContactArrangementVersion_no_delete";
CREATE TRIGGER "ContactArrangementVersion_no_delete" BEFORE DELETE ON "ContactArrangementVersion"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "DiaryEntryVersion_no_delete";
CREATE TRIGGER "DiaryEntryVersion_no_delete" BEFORE DELETE ON "DiaryEntryVersion"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "PractitionerChange_no_delete";
CREATE TRIGGER "PractitionerChange_no_delete" BEFORE DELETE ON "PractitionerChange"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "ContactSharing_no_delete";
CREATE TRIGGER "ContactSharing_no_delete" BEFORE DELETE ON "ContactSharing"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "Commitment_no_delete";
CREATE TRIGGER "Commitment_no_delete" BEFORE DELETE ON "Commitment"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "CommitmentVersion_no_delete";
CREATE TRIGGER "CommitmentVersion_no_delete" BEFORE DELETE ON "CommitmentVersion"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "CommitmentCheckIn_no_delete";
CREATE TRIGGER "CommitmentCheckIn_no_delete" BEFORE DELETE ON "CommitmentCheckIn"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (OLD."familyId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "MeetingChange_no_delete";
CREATE TRIGGER "MeetingChange_no_delete" BEFORE DELETE ON "MeetingChange"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (SELECT "familyId" FROM "Meeting" WHERE "id" = OLD."meetingId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "MeetingReply_no_delete";
CREATE TRIGGER "MeetingReply_no_delete" BEFORE DELETE ON "MeetingReply"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (SELECT "familyId" FROM "Meeting" WHERE "id" = OLD."meetingId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "MeetingNote_no_delete";
CREATE TRIGGER "MeetingNote_no_delete" BEFORE DELETE ON "MeetingNote"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (SELECT "familyId" FROM "Meeting" WHERE "id" = OLD."meetingId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "MeetingPaperMark_no_delete";
CREATE TRIGGER "MeetingPaperMark_no_delete" BEFORE DELETE ON "MeetingPaperMark"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (SELECT m."familyId" FROM "MeetingPaper" p JOIN "Meeting" m ON m."id" = p."meetingId" WHERE p."id" = OLD."paperId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

DROP TRIGGER "ContactHiddenFrom_no_delete";
CREATE TRIGGER "ContactHiddenFrom_no_delete" BEFORE DELETE ON "ContactHiddenFrom"
WHEN NOT EXISTS (SELECT 1 FROM "FamilyDeletion" WHERE "familyId" = (SELECT "familyId" FROM "ContactSharing" WHERE "id" = OLD."sharingId"))
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
