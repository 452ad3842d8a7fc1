-- CreateTable
CREATE TABLE "ContactSharing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phoneAudience" TEXT NOT NULL DEFAULT 'NOBODY',
    "emailAudience" TEXT NOT NULL DEFAULT 'NOBODY',
    "addressAudience" TEXT NOT NULL DEFAULT 'NOBODY',
    "changedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContactSharing_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ContactSharing_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContactHiddenFrom" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sharingId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    CONSTRAINT "ContactHiddenFrom_sharingId_fkey" FOREIGN KEY ("sharingId") REFERENCES "ContactSharing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "words" TEXT NOT NULL,
    "slots" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "status" TEXT NOT NULL DEFAULT 'OFFERED',
    "statusReason" TEXT,
    "familyAcceptedById" TEXT,
    "familyAcceptedAt" DATETIME,
    "practitionerAcceptedById" TEXT,
    "practitionerAcceptedAt" DATETIME,
    "activeSince" DATETIME,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Commitment_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Commitment_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "change" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "words" TEXT NOT NULL,
    "slots" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "status" TEXT NOT NULL,
    "statusReason" TEXT,
    "changedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommitmentVersion_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentCheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommitmentCheckIn_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ContactSharing_familyId_createdAt_idx" ON "ContactSharing"("familyId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactHiddenFrom_sharingId_idx" ON "ContactHiddenFrom"("sharingId");

-- CreateIndex
CREATE INDEX "Commitment_familyId_idx" ON "Commitment"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentVersion_commitmentId_revision_key" ON "CommitmentVersion"("commitmentId", "revision");

-- CreateIndex
CREATE INDEX "CommitmentCheckIn_familyId_occurrence_idx" ON "CommitmentCheckIn"("familyId", "occurrence");

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentCheckIn_commitmentId_occurrence_key" ON "CommitmentCheckIn"("commitmentId", "occurrence");

-- History is kept, whatever code runs: contact-sharing versions, commitment versions and
-- check-ins are never changed or deleted.
CREATE TRIGGER "ContactSharing_no_delete" BEFORE DELETE ON "ContactSharing"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "ContactSharing_no_update" BEFORE UPDATE ON "ContactSharing"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot change');
END;
CREATE TRIGGER "ContactHiddenFrom_no_delete" BEFORE DELETE ON "ContactHiddenFrom"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "ContactHiddenFrom_no_update" BEFORE UPDATE ON "ContactHiddenFrom"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot change');
END;
CREATE TRIGGER "CommitmentVersion_no_delete" BEFORE DELETE ON "CommitmentVersion"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "CommitmentVersion_no_update" BEFORE UPDATE ON "CommitmentVersion"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot change');
END;
CREATE TRIGGER "CommitmentCheckIn_no_delete" BEFORE DELETE ON "CommitmentCheckIn"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
CREATE TRIGGER "CommitmentCheckIn_no_update" BEFORE UPDATE ON "CommitmentCheckIn"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot change');
END;
CREATE TRIGGER "Commitment_no_delete" BEFORE DELETE ON "Commitment"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
