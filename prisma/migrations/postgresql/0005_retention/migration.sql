-- DropIndex
DROP INDEX "AuditEvent_actorId_at_idx";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "auditRetentionDays" INTEGER NOT NULL DEFAULT 730;
