-- DropIndex
DROP INDEX "OrganisationAdmin_organisationId_personId_key";

-- AlterTable
ALTER TABLE "Family" ADD COLUMN "category" TEXT;
ALTER TABLE "Family" ADD COLUMN "conferenceDate" TEXT;
ALTER TABLE "Family" ADD COLUMN "openedById" TEXT;
ALTER TABLE "Family" ADD COLUMN "socialWorkerId" TEXT;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "endsAt" DATETIME;


-- CreateTable
CREATE TABLE "OrganisationSettingsVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reportLeadWorkingDays" INTEGER NOT NULL,
    "auditRetentionDays" INTEGER NOT NULL,
    "socialWorkPhone" TEXT,
    "outOfHoursPhone" TEXT,
    "hiddenNationalServices" TEXT NOT NULL,
    "changedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrganisationSettingsVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedById" TEXT,
    "removedAt" DATETIME,
    CONSTRAINT "StaffMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StaffMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PractitionerChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "fromPersonId" TEXT,
    "toPersonId" TEXT NOT NULL,
    "changedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PractitionerChange_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reportLeadWorkingDays" INTEGER NOT NULL DEFAULT 3,
    "auditRetentionDays" INTEGER NOT NULL DEFAULT 730,
    "socialWorkPhone" TEXT,
    "outOfHoursPhone" TEXT,
    "hiddenNationalServices" TEXT NOT NULL DEFAULT '[]',
    "settingsVersion" INTEGER NOT NULL DEFAULT 0,
    "partnerOfId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Organisation_partnerOfId_fkey" FOREIGN KEY ("partnerOfId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("auditRetentionDays", "createdAt", "id", "kind", "name", "outOfHoursPhone", "reportLeadWorkingDays", "socialWorkPhone") SELECT "auditRetentionDays", "createdAt", "id", "kind", "name", "outOfHoursPhone", "reportLeadWorkingDays", "socialWorkPhone" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationSettingsVersion_organisationId_version_key" ON "OrganisationSettingsVersion"("organisationId", "version");

-- CreateIndex
CREATE INDEX "StaffMember_personId_idx" ON "StaffMember"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffMember_organisationId_personId_key" ON "StaffMember"("organisationId", "personId");

-- CreateIndex
CREATE INDEX "PractitionerChange_familyId_createdAt_idx" ON "PractitionerChange"("familyId", "createdAt");

-- Organisation admins become staff members with the ADMIN role.
INSERT INTO "StaffMember" ("id", "organisationId", "personId", "role", "createdAt")
SELECT a."id", a."organisationId", a."personId", 'ADMIN', a."createdAt" FROM "OrganisationAdmin" a;
-- The admins are now staff members.
PRAGMA foreign_keys=off;
DROP TABLE "OrganisationAdmin";
PRAGMA foreign_keys=on;

-- A family's lead social worker: its first active practitioner, for families opened before.
UPDATE "Family" SET "socialWorkerId" = (
    SELECT m."personId" FROM "Membership" m
    WHERE m."familyId" = "Family"."id" AND m."role" = 'PRACTITIONER' AND m."status" = 'ACTIVE'
    ORDER BY m."createdAt", m."id" LIMIT 1
);

-- Settings versions and social worker changes are history: never deleted, never changed.
CREATE TRIGGER "OrganisationSettingsVersion_no_delete" BEFORE DELETE ON "OrganisationSettingsVersion"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "OrganisationSettingsVersion_no_update" BEFORE UPDATE ON "OrganisationSettingsVersion"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot change');
END;
CREATE TRIGGER "PractitionerChange_no_delete" BEFORE DELETE ON "PractitionerChange"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "PractitionerChange_no_update" BEFORE UPDATE ON "PractitionerChange"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot change');
END;
