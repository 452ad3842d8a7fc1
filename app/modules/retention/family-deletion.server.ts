// Deleting the space of a family whose plan ended, once its read-only days and then the
// organisation's retention days have passed. One transaction per family: the deletion record
// (counts only) first, which the history guards of the databases require before they let any
// of the family's history rows go, then every row of the family, children before parents.
import { randomUUID } from "node:crypto";

import { db, inTransaction } from "~/utils/db.server";

const DAY_MS = 86_400_000;
// The databases refuse to delete younger audit rows (migration 0006): a shorter setting counts as this.
const MIN_RETENTION_DAYS = 90;

/** When an ended family's records go: its read-only days, then the organisation's retention days. */
export function deletionDue(accessEndsAt: Date, auditRetentionDays: number): Date {
  return new Date(accessEndsAt.getTime() + Math.max(auditRetentionDays, MIN_RETENTION_DAYS) * DAY_MS);
}

// Every model's count and deleteMany take the same `where`; typed loosely to list them together.
type Rows = {
  count(args: { where: never }): Promise<number>;
  deleteMany(args: { where: never }): Promise<{ count: number }>;
};

/**
 * Every table that holds a family's rows, in the order they can be deleted (a row before what
 * it points at). tests/modules/plan-end.test.ts checks every model with a familyId is here.
 */
const familyTables: [string, Rows, (familyId: string) => object][] = [
  ["MeetingPaperMark", db.meetingPaperMark, (familyId) => ({ paper: { meeting: { familyId } } })],
  ["MeetingPaper", db.meetingPaper, (familyId) => ({ meeting: { familyId } })],
  ["MeetingReminder", db.meetingReminder, (familyId) => ({ meeting: { familyId } })],
  ["MeetingNote", db.meetingNote, (familyId) => ({ meeting: { familyId } })],
  ["MeetingReply", db.meetingReply, (familyId) => ({ meeting: { familyId } })],
  ["MeetingInvite", db.meetingInvite, (familyId) => ({ meeting: { familyId } })],
  ["MeetingChange", db.meetingChange, (familyId) => ({ meeting: { familyId } })],
  ["Meeting", db.meeting, (familyId) => ({ familyId })],
  ["MeetingTimescale", db.meetingTimescale, (familyId) => ({ familyId })],
  ["CommitmentCheckIn", db.commitmentCheckIn, (familyId) => ({ familyId })],
  ["CommitmentVersion", db.commitmentVersion, (familyId) => ({ familyId })],
  ["Commitment", db.commitment, (familyId) => ({ familyId })],
  ["ContactHiddenFrom", db.contactHiddenFrom, (familyId) => ({ sharing: { familyId } })],
  ["ContactSharing", db.contactSharing, (familyId) => ({ familyId })],
  ["RuleReportFollowUp", db.ruleReportFollowUp, (familyId) => ({ familyId })],
  ["RuleReportReader", db.ruleReportReader, (familyId) => ({ familyId })],
  ["RuleReport", db.ruleReport, (familyId) => ({ familyId })],
  ["RuleComment", db.ruleComment, (familyId) => ({ familyId })],
  ["RuleAgreement", db.ruleAgreement, (familyId) => ({ familyId })],
  ["RulePerson", db.rulePerson, (familyId) => ({ familyId })],
  ["RuleVersion", db.ruleVersion, (familyId) => ({ familyId })],
  ["Rule", db.rule, (familyId) => ({ familyId })],
  ["DiaryReader", db.diaryReader, (familyId) => ({ familyId })],
  ["DiaryEntryVersion", db.diaryEntryVersion, (familyId) => ({ familyId })],
  ["DiaryEntry", db.diaryEntry, (familyId) => ({ familyId })],
  ["ContactArrangementVersion", db.contactArrangementVersion, (familyId) => ({ familyId })],
  ["ContactArrangement", db.contactArrangement, (familyId) => ({ familyId })],
  ["SharedResource", db.sharedResource, (familyId) => ({ familyId })],
  ["AdviserViewChange", db.adviserViewChange, (familyId) => ({ familyId })],
  ["AdviserView", db.adviserView, (familyId) => ({ familyId })],
  ["CorrectionRequest", db.correctionRequest, (familyId) => ({ familyId })],
  ["ScaleScore", db.scaleScore, (familyId) => ({ familyId })],
  ["ItemView", db.itemView, (familyId) => ({ familyId })],
  ["PlanVersion", db.planVersion, (familyId) => ({ familyId })],
  ["PlanDraft", db.planDraft, (familyId) => ({ familyId })],
  ["FamilyVisit", db.familyVisit, (familyId) => ({ familyId })],
  ["Invitation", db.invitation, (familyId) => ({ familyId })],
  ["PractitionerChange", db.practitionerChange, (familyId) => ({ familyId })],
  ["Child", db.child, (familyId) => ({ familyId })],
  ["Membership", db.membership, (familyId) => ({ familyId })],
  ["AuditEvent", db.auditEvent, (familyId) => ({ familyId })],
];

/** The tables the deletion empties of a family's rows (for the test that none is missed). */
export const familyTableNames = [...familyTables.map(([name]) => name), "Family"];

export type FamilyDeletionReport = { familyId: string; counts: Record<string, number> };

/**
 * Deletes one ended family's space in one transaction and leaves its deletion record. Refuses
 * (returns null) a family whose plan is not ended or whose deletion is not yet due at `now`.
 */
export async function deleteEndedFamily(
  familyId: string,
  now = new Date(),
): Promise<FamilyDeletionReport | null> {
  return inTransaction(
    async () => {
      const family = await db.family.findUnique({
        where: { id: familyId },
        select: {
          organisationId: true,
          planEndedAt: true,
          planEndReason: true,
          accessEndsAt: true,
          organisation: { select: { auditRetentionDays: true } },
        },
      });
      if (!family?.planEndedAt || !family.planEndReason || !family.accessEndsAt) return null;
      if (deletionDue(family.accessEndsAt, family.organisation.auditRetentionDays) > now) return null;
      // Counted first, so the record (which the guards need before any delete) holds the counts;
      // each delete must then take exactly what was counted, or the whole deletion rolls back.
      const counts: Record<string, number> = {};
      for (const [name, rows, where] of familyTables) {
        const count = await rows.count({ where: where(familyId) as never });
        if (count > 0) counts[name] = count;
      }
      counts.Family = 1;
      const deletionId = randomUUID();
      await db.familyDeletion.create({
        data: {
          id: deletionId,
          familyId,
          counts: JSON.stringify(counts),
          organisationId: family.organisationId,
          reason: family.planEndReason,
          planEndedAt: family.planEndedAt,
          deletedAt: now,
        },
      });
      for (const [name, rows, where] of familyTables) {
        const { count } = await rows.deleteMany({ where: where(familyId) as never });
        if (count !== (counts[name] ?? 0)) throw new Error(`family deletion: ${name} changed while deleting`);
      }
      await db.family.delete({ where: { id: familyId } });
      // Ids only: the family's own audit rows are gone, this one says the job deleted it.
      await db.auditEvent.create({
        data: { action: "family.delete", entity: "familyDeletion", entityId: deletionId, at: now },
      });
      return { familyId, counts };
    },
    { timeout: 60_000 },
  );
}

/** Deletes every ended family whose deletion is due at `now`, one transaction each. */
export async function deleteEndedFamilies(now = new Date()): Promise<FamilyDeletionReport[]> {
  const ended = await db.family.findMany({
    where: { planEndedAt: { not: null }, accessEndsAt: { lte: now } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const reports: FamilyDeletionReport[] = [];
  for (const { id } of ended) {
    const report = await deleteEndedFamily(id, now);
    if (report) reports.push(report);
  }
  return reports;
}
