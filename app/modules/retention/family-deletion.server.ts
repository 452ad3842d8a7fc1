// Deleting the space of a family whose plan ended, once its read-only days and then the
// organisation's retention days have passed. One transaction per family: the deletion record
// (counts only) first, which the history guards of the databases require before they let any
// of the family's history rows go, then every row of the family, children before parents.
import { randomUUID } from "node:crypto";

import { familyPaperFileNames, removePaperFiles } from "~/modules/meetings/paper-files.server";
import { db, inTransaction } from "~/utils/db.server";

const DAY_MS = 86_400_000;
// The databases refuse to delete younger audit rows (migration 0006): a shorter setting counts as this.
const MIN_RETENTION_DAYS = 90;

/** When an ended family's records go: its read-only days, then the organisation's retention days. */
export function deletionDue(accessEndsAt: Date, auditRetentionDays: number): Date {
  return new Date(accessEndsAt.getTime() + Math.max(auditRetentionDays, MIN_RETENTION_DAYS) * DAY_MS);
}

// Every model's count and deleteMany take the same `where`; typed loosely to list them together.
// Looked up on `db` at each call (never held): inside inTransaction, `db` lends the transaction.
type Rows = {
  count(args: { where: never }): Promise<number>;
  deleteMany(args: { where: never }): Promise<{ count: number }>;
};

const rowsOf = (model: keyof typeof db) => db[model] as unknown as Rows;

/**
 * Every table that holds a family's rows, in the order they can be deleted (a row before what
 * it points at). tests/modules/plan-end.test.ts checks every model with a familyId is here.
 */
const familyTables: [string, keyof typeof db, (familyId: string) => object][] = [
  ["PaperSectionMark", "paperSectionMark", (familyId) => ({ section: { paper: { meeting: { familyId } } } })],
  [
    "PaperSectionVersion",
    "paperSectionVersion",
    (familyId) => ({ section: { paper: { meeting: { familyId } } } }),
  ],
  ["PaperSection", "paperSection", (familyId) => ({ paper: { meeting: { familyId } } })],
  ["Notice", "notice", (familyId) => ({ familyId })],
  ["MeetingPaperMark", "meetingPaperMark", (familyId) => ({ paper: { meeting: { familyId } } })],
  ["MeetingPaperFile", "meetingPaperFile", (familyId) => ({ paper: { meeting: { familyId } } })],
  ["MeetingPaper", "meetingPaper", (familyId) => ({ meeting: { familyId } })],
  ["MeetingReminder", "meetingReminder", (familyId) => ({ meeting: { familyId } })],
  ["MeetingNote", "meetingNote", (familyId) => ({ meeting: { familyId } })],
  ["MeetingOutcomeAnswer", "meetingOutcomeAnswer", (familyId) => ({ meeting: { familyId } })],
  ["MeetingOutcome", "meetingOutcome", (familyId) => ({ meeting: { familyId } })],
  ["MeetingFamilyReportShare", "meetingFamilyReportShare", (familyId) => ({ meeting: { familyId } })],
  ["MeetingFamilyReport", "meetingFamilyReport", (familyId) => ({ meeting: { familyId } })],
  ["MeetingReply", "meetingReply", (familyId) => ({ meeting: { familyId } })],
  ["MeetingInvite", "meetingInvite", (familyId) => ({ meeting: { familyId } })],
  ["MeetingChange", "meetingChange", (familyId) => ({ meeting: { familyId } })],
  ["Meeting", "meeting", (familyId) => ({ familyId })],
  ["MeetingTimescale", "meetingTimescale", (familyId) => ({ familyId })],
  ["CommitmentCheckIn", "commitmentCheckIn", (familyId) => ({ familyId })],
  ["CommitmentVersion", "commitmentVersion", (familyId) => ({ familyId })],
  ["Commitment", "commitment", (familyId) => ({ familyId })],
  ["ContactHiddenFrom", "contactHiddenFrom", (familyId) => ({ sharing: { familyId } })],
  ["ContactSharing", "contactSharing", (familyId) => ({ familyId })],
  ["RuleReportFollowUp", "ruleReportFollowUp", (familyId) => ({ familyId })],
  ["RuleReportReader", "ruleReportReader", (familyId) => ({ familyId })],
  ["RuleReport", "ruleReport", (familyId) => ({ familyId })],
  ["RuleComment", "ruleComment", (familyId) => ({ familyId })],
  ["RuleAgreement", "ruleAgreement", (familyId) => ({ familyId })],
  ["RulePerson", "rulePerson", (familyId) => ({ familyId })],
  ["RuleVersion", "ruleVersion", (familyId) => ({ familyId })],
  ["Rule", "rule", (familyId) => ({ familyId })],
  ["QuestionMessage", "questionMessage", (familyId) => ({ familyId })],
  ["Question", "question", (familyId) => ({ familyId })],
  ["DiaryReader", "diaryReader", (familyId) => ({ familyId })],
  ["DiaryEntryVersion", "diaryEntryVersion", (familyId) => ({ familyId })],
  ["DiaryEntry", "diaryEntry", (familyId) => ({ familyId })],
  ["ContactArrangementVersion", "contactArrangementVersion", (familyId) => ({ familyId })],
  ["ContactArrangement", "contactArrangement", (familyId) => ({ familyId })],
  ["SharedResource", "sharedResource", (familyId) => ({ familyId })],
  ["AdviserViewChange", "adviserViewChange", (familyId) => ({ familyId })],
  ["AdviserView", "adviserView", (familyId) => ({ familyId })],
  ["CorrectionRequest", "correctionRequest", (familyId) => ({ familyId })],
  ["ScaleScore", "scaleScore", (familyId) => ({ familyId })],
  ["ItemView", "itemView", (familyId) => ({ familyId })],
  ["PlanVersion", "planVersion", (familyId) => ({ familyId })],
  ["PlanDraft", "planDraft", (familyId) => ({ familyId })],
  ["FamilyVisit", "familyVisit", (familyId) => ({ familyId })],
  ["Invitation", "invitation", (familyId) => ({ familyId })],
  ["PractitionerChange", "practitionerChange", (familyId) => ({ familyId })],
  ["Child", "child", (familyId) => ({ familyId })],
  ["Membership", "membership", (familyId) => ({ familyId })],
  ["AuditEvent", "auditEvent", (familyId) => ({ familyId })],
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
  const deleted = await inTransaction(
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
      for (const [name, model, where] of familyTables) {
        const count = await rowsOf(model).count({ where: where(familyId) as never });
        if (count > 0) counts[name] = count;
      }
      counts.Family = 1;
      const paperFiles = await familyPaperFileNames(familyId);
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
      for (const [name, model, where] of familyTables) {
        const { count } = await rowsOf(model).deleteMany({ where: where(familyId) as never });
        if (count !== (counts[name] ?? 0)) throw new Error(`family deletion: ${name} changed while deleting`);
      }
      await db.family.delete({ where: { id: familyId } });
      // Ids only: the family's own audit rows are gone, this one says the job deleted it.
      await db.auditEvent.create({
        data: { action: "family.delete", entity: "familyDeletion", entityId: deletionId, at: now },
      });
      return { report: { familyId, counts }, paperFiles };
    },
    { timeout: 60_000 },
  );
  if (!deleted) return null;
  // The PDFs go once the rows that named them are gone for good (after the commit).
  await removePaperFiles(deleted.paperFiles);
  return deleted.report;
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
