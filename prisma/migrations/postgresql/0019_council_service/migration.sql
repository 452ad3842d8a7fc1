-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('ADMIN', 'TEAM_MANAGER', 'SOCIAL_WORKER', 'ADVISER');

-- CreateEnum
CREATE TYPE "PlanCategory" AS ENUM ('NEGLECT', 'PHYSICAL_ABUSE', 'EMOTIONAL_ABUSE', 'SEXUAL_ABUSE');

-- DropForeignKey
ALTER TABLE "OrganisationAdmin" DROP CONSTRAINT "OrganisationAdmin_organisationId_fkey";

-- DropForeignKey
ALTER TABLE "OrganisationAdmin" DROP CONSTRAINT "OrganisationAdmin_personId_fkey";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "hiddenNationalServices" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "partnerOfId" TEXT,
ADD COLUMN     "settingsVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Family" ADD COLUMN     "category" "PlanCategory",
ADD COLUMN     "conferenceDate" TEXT,
ADD COLUMN     "openedById" TEXT,
ADD COLUMN     "socialWorkerId" TEXT;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "endsAt" TIMESTAMP(3);


-- CreateTable
CREATE TABLE "OrganisationSettingsVersion" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reportLeadWorkingDays" INTEGER NOT NULL,
    "auditRetentionDays" INTEGER NOT NULL,
    "socialWorkPhone" TEXT,
    "outOfHoursPhone" TEXT,
    "hiddenNationalServices" TEXT NOT NULL,
    "changedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationSettingsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffMember" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedById" TEXT,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "StaffMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PractitionerChange" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "fromPersonId" TEXT,
    "toPersonId" TEXT NOT NULL,
    "changedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PractitionerChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationSettingsVersion_organisationId_version_key" ON "OrganisationSettingsVersion"("organisationId", "version");

-- CreateIndex
CREATE INDEX "StaffMember_personId_idx" ON "StaffMember"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffMember_organisationId_personId_key" ON "StaffMember"("organisationId", "personId");

-- CreateIndex
CREATE INDEX "PractitionerChange_familyId_createdAt_idx" ON "PractitionerChange"("familyId", "createdAt");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_partnerOfId_fkey" FOREIGN KEY ("partnerOfId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationSettingsVersion" ADD CONSTRAINT "OrganisationSettingsVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerChange" ADD CONSTRAINT "PractitionerChange_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Organisation admins become staff members with the ADMIN role.
INSERT INTO "StaffMember" ("id", "organisationId", "personId", "role", "createdAt")
SELECT a."id", a."organisationId", a."personId", 'ADMIN', a."createdAt" FROM "OrganisationAdmin" a;
-- The admins are now staff members.
DROP TABLE "OrganisationAdmin";

-- A family's lead social worker: its first active practitioner, for families opened before.
UPDATE "Family" SET "socialWorkerId" = (
    SELECT m."personId" FROM "Membership" m
    WHERE m."familyId" = "Family"."id" AND m."role" = 'PRACTITIONER' AND m."status" = 'ACTIVE'
    ORDER BY m."createdAt", m."id" LIMIT 1
);

-- Settings versions and social worker changes are history: never deleted, never changed.
CREATE FUNCTION "history_row_unchangeable"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'history rows cannot change (%)', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "OrganisationSettingsVersion_no_delete" BEFORE DELETE ON "OrganisationSettingsVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "OrganisationSettingsVersion_no_truncate" BEFORE TRUNCATE ON "OrganisationSettingsVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "OrganisationSettingsVersion_no_update" BEFORE UPDATE ON "OrganisationSettingsVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_unchangeable"();
CREATE TRIGGER "PractitionerChange_no_delete" BEFORE DELETE ON "PractitionerChange"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "PractitionerChange_no_truncate" BEFORE TRUNCATE ON "PractitionerChange"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "PractitionerChange_no_update" BEFORE UPDATE ON "PractitionerChange"
    FOR EACH ROW EXECUTE FUNCTION "history_row_unchangeable"();
