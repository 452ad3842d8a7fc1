-- AlterTable
ALTER TABLE "Rule" ADD COLUMN     "agreedRevision" INTEGER;

-- CreateTable
CREATE TABLE "RuleReportReader" (
    "reportId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    CONSTRAINT "RuleReportReader_pkey" PRIMARY KEY ("reportId","personId")
);

-- CreateIndex
CREATE INDEX "RuleReportReader_familyId_personId_idx" ON "RuleReportReader"("familyId", "personId");

-- AddForeignKey
ALTER TABLE "RuleReportReader" ADD CONSTRAINT "RuleReportReader_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "RuleReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The rule versions that everyone they name agreed to (each one's newest answer) and that the
-- social worker endorsed, as far as the answers kept today tell.
-- Existing rules: the newest such version becomes the agreed one.
UPDATE "Rule" SET "agreedRevision" = (
    SELECT MAX(v."number") FROM "RuleVersion" v
    WHERE v."ruleId" = "Rule"."id"
      AND EXISTS (SELECT 1 FROM "RuleAgreement" e WHERE e."versionId" = v."id" AND e."answer" = 'ENDORSE')
      AND NOT EXISTS (
        SELECT 1 FROM "RulePerson" p
        WHERE p."versionId" = v."id" AND p."kind" = 'INVOLVED'
          AND NOT EXISTS (
            SELECT 1 FROM "RuleAgreement" a
            WHERE a."versionId" = v."id" AND a."membershipId" = p."membershipId" AND a."answer" = 'AGREE'
              AND NOT EXISTS (
                SELECT 1 FROM "RuleAgreement" b
                WHERE b."versionId" = v."id" AND b."membershipId" = p."membershipId" AND b."answer" <> 'ENDORSE' AND b."createdAt" > a."createdAt"))));

-- Existing reports: the reporter, the family's active practitioners, and the active checkers of
-- the newest agreed version up to the one reported on, leaving out anyone that version or the
-- reported one is about.
WITH "agreed" AS (
    SELECT v."id", v."ruleId", v."number" FROM "RuleVersion" v
    WHERE EXISTS (SELECT 1 FROM "RuleAgreement" e WHERE e."versionId" = v."id" AND e."answer" = 'ENDORSE')
      AND NOT EXISTS (
        SELECT 1 FROM "RulePerson" p
        WHERE p."versionId" = v."id" AND p."kind" = 'INVOLVED'
          AND NOT EXISTS (
            SELECT 1 FROM "RuleAgreement" a
            WHERE a."versionId" = v."id" AND a."membershipId" = p."membershipId" AND a."answer" = 'AGREE'
              AND NOT EXISTS (
                SELECT 1 FROM "RuleAgreement" b
                WHERE b."versionId" = v."id" AND b."membershipId" = p."membershipId" AND b."answer" <> 'ENDORSE' AND b."createdAt" > a."createdAt")))
),
"effective" AS (
    SELECT rr."id" AS "reportId", (
        SELECT g."id" FROM "agreed" g WHERE g."ruleId" = rr."ruleId" AND g."number" <= rr."versionNumber" ORDER BY g."number" DESC LIMIT 1
    ) AS "versionId", rv."id" AS "reportedVersionId"
    FROM "RuleReport" rr
    JOIN "RuleVersion" rv ON rv."ruleId" = rr."ruleId" AND rv."number" = rr."versionNumber"
)
INSERT INTO "RuleReportReader" ("reportId", "familyId", "personId")
SELECT rr."id", rr."familyId", rr."reporterId" FROM "RuleReport" rr
UNION
SELECT rr."id", rr."familyId", m."personId" FROM "RuleReport" rr
JOIN "Membership" m ON m."familyId" = rr."familyId" AND m."role" = 'PRACTITIONER' AND m."status" = 'ACTIVE'
UNION
SELECT rr."id", rr."familyId", m."personId" FROM "RuleReport" rr
JOIN "effective" x ON x."reportId" = rr."id"
JOIN "RulePerson" c ON c."versionId" = x."versionId" AND c."kind" = 'CHECKER'
JOIN "Membership" m ON m."id" = c."membershipId" AND m."status" = 'ACTIVE'
WHERE NOT EXISTS (
    SELECT 1 FROM "RulePerson" i
    WHERE i."membershipId" = c."membershipId" AND i."kind" = 'INVOLVED' AND i."versionId" IN (x."versionId", x."reportedVersionId"));

-- Who may read a report is fixed when it is made: never changed, never deleted.
CREATE TRIGGER "RuleReportReader_no_update" BEFORE UPDATE ON "RuleReportReader"
    FOR EACH ROW EXECUTE FUNCTION "rule_history_immutable"();
CREATE TRIGGER "RuleReportReader_no_delete" BEFORE DELETE ON "RuleReportReader"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "RuleReportReader_no_truncate" BEFORE TRUNCATE ON "RuleReportReader"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
