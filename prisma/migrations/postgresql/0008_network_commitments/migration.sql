-- CreateEnum
CREATE TYPE "ContactAudience" AS ENUM ('NOBODY', 'FAMILY', 'PRACTITIONER');

-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('VISITS', 'PERSON_TO_CALL', 'OVERNIGHT_CARE', 'TRANSPORT', 'MEETINGS', 'PRACTICAL_HELP', 'OTHER');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('OFFERED', 'ACTIVE', 'PAUSED', 'ENDED');

-- CreateEnum
CREATE TYPE "CheckInOutcome" AS ENUM ('DONE', 'COULD_NOT');

-- CreateTable
CREATE TABLE "ContactSharing" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phoneAudience" "ContactAudience" NOT NULL DEFAULT 'NOBODY',
    "emailAudience" "ContactAudience" NOT NULL DEFAULT 'NOBODY',
    "addressAudience" "ContactAudience" NOT NULL DEFAULT 'NOBODY',
    "changedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactSharing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactHiddenFrom" (
    "id" TEXT NOT NULL,
    "sharingId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,

    CONSTRAINT "ContactHiddenFrom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "words" TEXT NOT NULL,
    "slots" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'OFFERED',
    "statusReason" TEXT,
    "familyAcceptedById" TEXT,
    "familyAcceptedAt" TIMESTAMP(3),
    "practitionerAcceptedById" TEXT,
    "practitionerAcceptedAt" TIMESTAMP(3),
    "activeSince" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentVersion" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "change" TEXT NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "words" TEXT NOT NULL,
    "slots" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "status" "CommitmentStatus" NOT NULL,
    "statusReason" TEXT,
    "changedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentCheckIn" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "outcome" "CheckInOutcome" NOT NULL,
    "note" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentCheckIn_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ContactSharing" ADD CONSTRAINT "ContactSharing_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactSharing" ADD CONSTRAINT "ContactSharing_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactHiddenFrom" ADD CONSTRAINT "ContactHiddenFrom_sharingId_fkey" FOREIGN KEY ("sharingId") REFERENCES "ContactSharing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentVersion" ADD CONSTRAINT "CommitmentVersion_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCheckIn" ADD CONSTRAINT "CommitmentCheckIn_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- History is kept, whatever code runs: contact-sharing versions, commitment versions and
-- check-ins are never changed or deleted (nor truncated).
CREATE FUNCTION "history_row_immutable"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'history rows cannot change (%)', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ContactSharing_no_delete" BEFORE DELETE ON "ContactSharing"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "ContactSharing_no_truncate" BEFORE TRUNCATE ON "ContactSharing"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "ContactSharing_no_update" BEFORE UPDATE ON "ContactSharing"
    FOR EACH ROW EXECUTE FUNCTION "history_row_immutable"();
CREATE TRIGGER "ContactHiddenFrom_no_delete" BEFORE DELETE ON "ContactHiddenFrom"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "ContactHiddenFrom_no_truncate" BEFORE TRUNCATE ON "ContactHiddenFrom"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "ContactHiddenFrom_no_update" BEFORE UPDATE ON "ContactHiddenFrom"
    FOR EACH ROW EXECUTE FUNCTION "history_row_immutable"();
CREATE TRIGGER "CommitmentVersion_no_delete" BEFORE DELETE ON "CommitmentVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "CommitmentVersion_no_truncate" BEFORE TRUNCATE ON "CommitmentVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "CommitmentVersion_no_update" BEFORE UPDATE ON "CommitmentVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_immutable"();
CREATE TRIGGER "CommitmentCheckIn_no_delete" BEFORE DELETE ON "CommitmentCheckIn"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "CommitmentCheckIn_no_truncate" BEFORE TRUNCATE ON "CommitmentCheckIn"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "CommitmentCheckIn_no_update" BEFORE UPDATE ON "CommitmentCheckIn"
    FOR EACH ROW EXECUTE FUNCTION "history_row_immutable"();
CREATE TRIGGER "Commitment_no_delete" BEFORE DELETE ON "Commitment"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "Commitment_no_truncate" BEFORE TRUNCATE ON "Commitment"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
