-- CreateTable
CREATE TABLE "AdviserView" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "plan" BOOLEAN NOT NULL DEFAULT false,
    "rules" BOOLEAN NOT NULL DEFAULT false,
    "meetings" BOOLEAN NOT NULL DEFAULT false,
    "network" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdviserView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdviserViewChange" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "plan" BOOLEAN NOT NULL,
    "rules" BOOLEAN NOT NULL,
    "meetings" BOOLEAN NOT NULL,
    "network" BOOLEAN NOT NULL,
    "changedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdviserViewChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharedResource" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "sharedById" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "SharedResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactArrangement" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactArrangementVersion" (
    "id" TEXT NOT NULL,
    "arrangementId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "who" TEXT NOT NULL,
    "whenText" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "supervised" BOOLEAN NOT NULL,
    "supervisor" TEXT NOT NULL,
    "ownSteps" TEXT NOT NULL,
    "stopped" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactArrangementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiaryEntry" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiaryEntryVersion" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiaryEntryVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiaryReader" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "DiaryReader_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AdviserView_membershipId_key" ON "AdviserView"("membershipId");

-- CreateIndex
CREATE INDEX "AdviserViewChange_familyId_createdAt_idx" ON "AdviserViewChange"("familyId", "createdAt");

-- CreateIndex
CREATE INDEX "SharedResource_familyId_createdAt_idx" ON "SharedResource"("familyId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactArrangement_familyId_idx" ON "ContactArrangement"("familyId");

-- CreateIndex
CREATE INDEX "ContactArrangementVersion_familyId_idx" ON "ContactArrangementVersion"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactArrangementVersion_arrangementId_version_key" ON "ContactArrangementVersion"("arrangementId", "version");

-- CreateIndex
CREATE INDEX "DiaryEntry_familyId_authorId_idx" ON "DiaryEntry"("familyId", "authorId");

-- CreateIndex
CREATE UNIQUE INDEX "DiaryEntryVersion_entryId_version_key" ON "DiaryEntryVersion"("entryId", "version");

-- CreateIndex
CREATE INDEX "DiaryReader_personId_entryId_idx" ON "DiaryReader"("personId", "entryId");

-- CreateIndex
CREATE INDEX "DiaryReader_entryId_idx" ON "DiaryReader"("entryId");

-- AddForeignKey
ALTER TABLE "AdviserView" ADD CONSTRAINT "AdviserView_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviserView" ADD CONSTRAINT "AdviserView_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedResource" ADD CONSTRAINT "SharedResource_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactArrangement" ADD CONSTRAINT "ContactArrangement_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactArrangementVersion" ADD CONSTRAINT "ContactArrangementVersion_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "ContactArrangement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiaryEntry" ADD CONSTRAINT "DiaryEntry_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiaryEntryVersion" ADD CONSTRAINT "DiaryEntryVersion_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "DiaryEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiaryReader" ADD CONSTRAINT "DiaryReader_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "DiaryEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- History is kept, whatever code runs: versions of contact arrangements and diary entries, and
-- the family's choices about what each adviser sees, are never changed or deleted.
-- "history_row_immutable"() is defined by 0008_network_commitments (the same function).

CREATE TRIGGER "AdviserViewChange_no_delete" BEFORE DELETE ON "AdviserViewChange"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "AdviserViewChange_no_truncate" BEFORE TRUNCATE ON "AdviserViewChange"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "AdviserViewChange_no_update" BEFORE UPDATE ON "AdviserViewChange"
    FOR EACH ROW EXECUTE FUNCTION "history_row_immutable"();
CREATE TRIGGER "ContactArrangementVersion_no_delete" BEFORE DELETE ON "ContactArrangementVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "ContactArrangementVersion_no_truncate" BEFORE TRUNCATE ON "ContactArrangementVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "ContactArrangementVersion_no_update" BEFORE UPDATE ON "ContactArrangementVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_immutable"();
CREATE TRIGGER "DiaryEntryVersion_no_delete" BEFORE DELETE ON "DiaryEntryVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "DiaryEntryVersion_no_truncate" BEFORE TRUNCATE ON "DiaryEntryVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "DiaryEntryVersion_no_update" BEFORE UPDATE ON "DiaryEntryVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_immutable"();
