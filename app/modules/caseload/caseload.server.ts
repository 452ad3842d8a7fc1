// The social worker's caseload: the families where they are the practitioner, and what needs
// them now in each. Every kind of thing is read for all their families at once, so the page
// costs the same few statements for one family or forty.
import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import {
  commitmentsWithCheckInsOf,
  couldNotFor,
  missedFor,
  waitsForYesFrom,
} from "~/modules/commitments/commitments.server";
import { CHECK_IN_WINDOW_DAYS } from "~/modules/commitments/schedule";
import { dueMeetings, leadWorkingDays, papersDue, type DueKind } from "~/modules/meetings/timescales";
import { allows, type PartReader } from "~/modules/permissions/guard.server";
import type { Action, Entity } from "~/modules/permissions/matrix";
import { db, readRows } from "~/utils/db.server";
import { column } from "~/utils/rows.server";
import { ukParts, type IsoDate } from "~/utils/uk-time";

/** One thing waiting for the social worker, with where to act on it. Counts, never words. */
export type CaseloadLine =
  | { kind: "reports" | "endorse" | "offers" | "corrections" | "disagreements"; count: number; to: string }
  | { kind: "papers"; count: number; dueOn: IsoDate; late: boolean; to: string }
  | { kind: "meeting"; meeting: DueKind; dueBy: IsoDate; late: boolean; to: string }
  | { kind: "missed" | "approvals" | "invitations" | "flaggedQuestions"; count: number; to: string };

/** When the plan ended and until when the family can read their space; null while it runs. */
export type CaseloadPlanEnd = { endedOn: IsoDate; readableUntil: IsoDate } | null;

export type CaseloadFamily = { id: string; name: string; planEnd: CaseloadPlanEnd; lines: CaseloadLine[] };

const FamilyRow = z.object({
  id: column.text,
  name: column.text,
  membershipId: column.text,
  endsAt: column.date.nullable(),
  planEndedAt: column.date.nullable(),
  accessEndsAt: column.date.nullable(),
  conferenceDate: column.text.nullable(),
  reportLeadWorkingDays: column.int,
  strategyDiscussion: column.text.nullable(),
  planContent: column.json,
  reports: column.int,
  reportId: column.text.nullable(),
  endorse: column.int,
  endorseRuleId: column.text.nullable(),
  corrections: column.int,
  correctionItems: column.int,
  correctionItemId: column.text.nullable(),
  disagreements: column.int,
  disagreementItems: column.int,
  disagreementItemId: column.text.nullable(),
  approvals: column.int,
  flaggedQuestions: column.int,
  flaggedQuestionId: column.text.nullable(),
});
type FamilyRow = z.output<typeof FamilyRow>;

/**
 * The families and every count that SQL can give, in one statement: new reports (nothing
 * recorded about what happened next), rule versions the practitioner has not endorsed, open
 * corrections, current "disagree" views on the newest plan version, members waiting for
 * approval, and questions asked of this practitioner that the asker marked "too much right now"
 * or "can we move this?". Each count comes with the one id to go to when there is only one. The plan's
 * content is read only when the family has no conference date of its own.
 */
function familiesWithCounts(personId: string) {
  return readRows(
    FamilyRow,
    Prisma.sql`
    SELECT f."id", f."name", m."id" AS "membershipId", m."endsAt", f."planEndedAt", f."accessEndsAt", f."conferenceDate",
      o."reportLeadWorkingDays", t."strategyDiscussion",
      CASE WHEN f."conferenceDate" IS NULL THEN
        (SELECT pv."content" FROM "PlanVersion" pv WHERE pv."familyId" = f."id" ORDER BY pv."number" DESC LIMIT 1)
      END AS "planContent",
      (SELECT COUNT(*) FROM "RuleReport" rr WHERE rr."familyId" = f."id"
        AND NOT EXISTS (SELECT 1 FROM "RuleReportFollowUp" u WHERE u."reportId" = rr."id")) AS "reports",
      (SELECT MIN(rr."id") FROM "RuleReport" rr WHERE rr."familyId" = f."id"
        AND NOT EXISTS (SELECT 1 FROM "RuleReportFollowUp" u WHERE u."reportId" = rr."id")) AS "reportId",
      (SELECT COUNT(*) FROM "Rule" r
        JOIN "RuleVersion" v ON v."ruleId" = r."id" AND v."number" = r."revision"
        WHERE r."familyId" = f."id" AND r."retiredAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "RuleAgreement" a WHERE a."versionId" = v."id" AND a."answer" = 'ENDORSE')) AS "endorse",
      (SELECT MIN(r."id") FROM "Rule" r
        JOIN "RuleVersion" v ON v."ruleId" = r."id" AND v."number" = r."revision"
        WHERE r."familyId" = f."id" AND r."retiredAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "RuleAgreement" a WHERE a."versionId" = v."id" AND a."answer" = 'ENDORSE')) AS "endorseRuleId",
      (SELECT COUNT(*) FROM "CorrectionRequest" c WHERE c."familyId" = f."id" AND c."status" = 'OPEN') AS "corrections",
      (SELECT COUNT(DISTINCT c."itemId") FROM "CorrectionRequest" c WHERE c."familyId" = f."id" AND c."status" = 'OPEN') AS "correctionItems",
      (SELECT MIN(c."itemId") FROM "CorrectionRequest" c WHERE c."familyId" = f."id" AND c."status" = 'OPEN') AS "correctionItemId",
      (SELECT COUNT(*) FROM ${currentDisagreements}) AS "disagreements",
      (SELECT COUNT(DISTINCT i."itemId") FROM ${currentDisagreements}) AS "disagreementItems",
      (SELECT MIN(i."itemId") FROM ${currentDisagreements}) AS "disagreementItemId",
      (SELECT COUNT(*) FROM "Membership" w WHERE w."familyId" = f."id" AND w."status" = 'PENDING_APPROVAL') AS "approvals",
      (SELECT COUNT(*) FROM "Question" q WHERE q."familyId" = f."id" AND q."askedId" = ${personId}
        AND q."flag" IS NOT NULL) AS "flaggedQuestions",
      (SELECT MIN(q."id") FROM "Question" q WHERE q."familyId" = f."id" AND q."askedId" = ${personId}
        AND q."flag" IS NOT NULL) AS "flaggedQuestionId"
    FROM "Membership" m
    JOIN "Family" f ON f."id" = m."familyId"
    JOIN "Organisation" o ON o."id" = f."organisationId"
    LEFT JOIN "MeetingTimescale" t ON t."familyId" = f."id"
    WHERE m."personId" = ${personId} AND m."role" = 'PRACTITIONER' AND m."status" = 'ACTIVE'
    ORDER BY f."name", f."id"`,
  );
}

// Each person's newest view of an item, when it is "disagree" on the newest published version.
const currentDisagreements = Prisma.sql`"ItemView" i
  WHERE i."familyId" = f."id" AND i."stance" = 'DISAGREE'
    AND i."version" = (SELECT MAX(pv."number") FROM "PlanVersion" pv WHERE pv."familyId" = f."id")
    AND NOT EXISTS (
      SELECT 1 FROM "ItemView" j
      WHERE j."familyId" = i."familyId" AND j."itemId" = i."itemId" AND j."personId" = i."personId"
        AND (j."createdAt" > i."createdAt" OR (j."createdAt" = i."createdAt" AND j."id" > i."id")))`;

const MeetingRow = z.object({
  id: column.text,
  familyId: column.text,
  kind: column.text,
  startsAt: column.date,
  papersNotGiven: column.int,
});

/**
 * The families' meetings that still go ahead, each with how many of its papers nobody has
 * said came (the newest mark is not "received"), in one statement.
 */
function meetingsOf(familyIds: string[]) {
  if (familyIds.length === 0) return Promise.resolve([]);
  return readRows(
    MeetingRow,
    Prisma.sql`
    SELECT m."id", m."familyId", m."kind", m."startsAt",
      (SELECT COUNT(*) FROM "MeetingPaper" p WHERE p."meetingId" = m."id"
        AND NOT EXISTS (
          SELECT 1 FROM "MeetingPaperMark" k WHERE k."paperId" = p."id" AND k."received" = ${true}
            AND NOT EXISTS (SELECT 1 FROM "MeetingPaperMark" n WHERE n."paperId" = p."id" AND n."at" > k."at"))
      ) AS "papersNotGiven"
    FROM "Meeting" m
    WHERE m."familyId" IN (${Prisma.join(familyIds)}) AND m."status" = 'SCHEDULED'
    ORDER BY m."startsAt"`,
  );
}

/** Invitations sent and still open, by family (dates compared by Prisma, which knows each database). */
async function openInvitations(familyIds: string[], now: Date) {
  if (familyIds.length === 0) return new Map<string, number>();
  const rows = await db.invitation.groupBy({
    by: ["familyId"],
    where: { familyId: { in: familyIds }, status: "PENDING", expiresAt: { gt: now } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.familyId, row._count._all]));
}

const PlanDates = z.object({ initialConferenceDate: z.string().nullable().optional() });

/** The conference date written in the plan, from the JSON as either database gives it. */
function planConferenceDate(content: unknown): IsoDate | null {
  let value = content;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const parsed = PlanDates.safeParse(value);
  return parsed.success ? (parsed.data.initialConferenceDate ?? null) : null;
}

const one = (count: number, single: string | null, many: string, each: (id: string) => string) =>
  count === 1 && single ? each(single) : many;

/**
 * What needs this practitioner now, family by family: families with something waiting first
 * (in the order of the brief: reports, yeses, corrections, papers, meetings, check-ins,
 * invitations), then the rest. Only families where they are an active practitioner whose time
 * has not ended, and only what the matrix lets a practitioner see and do.
 */
export async function caseload({
  personId,
  now = new Date(),
}: {
  personId: string;
  now?: Date;
}): Promise<CaseloadFamily[]> {
  const rows = (await familiesWithCounts(personId)).filter((row) => !row.endsAt || row.endsAt > now);
  const familyIds = rows.map((row) => row.id);
  const [meetings, invitations, commitments] = await Promise.all([
    meetingsOf(familyIds),
    openInvitations(familyIds, now),
    commitmentsWithCheckInsOf({ familyIds, statuses: ["ACTIVE", "OFFERED"], now }),
  ]);
  const today = ukParts(now).date;
  const windowStart = ukParts(new Date(now.getTime() - CHECK_IN_WINDOW_DAYS * 86_400_000)).date;

  const families = rows.map((row): CaseloadFamily => {
    // An ended plan: the space is read-only, so nothing waits for the practitioner there.
    if (row.planEndedAt && row.accessEndsAt)
      return {
        id: row.id,
        name: row.name,
        planEnd: { endedOn: ukParts(row.planEndedAt).date, readableUntil: ukParts(row.accessEndsAt).date },
        lines: [],
      };
    const reader: PartReader = { familyId: row.id, role: "PRACTITIONER", adviserView: null };
    const may = <E extends Entity>(entity: E, action: Action<E>) => allows(reader, entity, action);
    const base = `/families/${row.id}`;
    const access = { role: "PRACTITIONER" as const, membershipId: row.membershipId };
    const ownMeetings = meetings.filter((meeting) => meeting.familyId === row.id);
    const ownCommitments = commitments.filter((commitment) => commitment.familyId === row.id);
    const lines: CaseloadLine[] = [];
    const count = (
      kind: "reports" | "endorse" | "offers" | "corrections" | "disagreements",
      n: number,
      to: string,
    ) => {
      if (n > 0) lines.push({ kind, count: n, to });
    };

    if (may("rules", "recordOutcome"))
      count(
        "reports",
        row.reports,
        one(row.reports, row.reportId, `${base}/rules/reports`, (id) => `${base}/rules/reports/${id}`),
      );
    if (may("rules", "endorse"))
      count(
        "endorse",
        row.endorse,
        one(row.endorse, row.endorseRuleId, `${base}/rules`, (id) => `${base}/rules/${id}`),
      );
    if (may("commitments", "accept")) {
      const offers = ownCommitments.filter((commitment) => waitsForYesFrom(access, commitment));
      count(
        "offers",
        offers.length,
        one(offers.length, offers[0]?.id ?? null, `${base}/commitments`, (id) => `${base}/commitments/${id}`),
      );
    }
    if (may("plan", "write")) {
      const item = (id: string) => `${base}/plan/items/${id}`;
      count(
        "corrections",
        row.corrections,
        one(row.correctionItems, row.correctionItemId, `${base}/plan`, item),
      );
      count(
        "disagreements",
        row.disagreements,
        one(row.disagreementItems, row.disagreementItemId, `${base}/plan`, item),
      );
    }
    if (may("meetings", "schedule")) {
      const lead = leadWorkingDays(row.reportLeadWorkingDays);
      const waiting = ownMeetings
        .filter((meeting) => meeting.startsAt > now && meeting.papersNotGiven > 0)
        .map((meeting) => ({ ...meeting, dueOn: papersDue(ukParts(meeting.startsAt).date, lead) }));
      if (waiting.length > 0) {
        const dueOn = waiting.map((meeting) => meeting.dueOn).sort()[0];
        lines.push({
          kind: "papers",
          count: waiting.reduce((sum, meeting) => sum + meeting.papersNotGiven, 0),
          dueOn,
          late: today > dueOn,
          to: one(waiting.length, waiting[0].id, `${base}/meetings`, (id) => `${base}/meetings/${id}`),
        });
      }
      const booked = ownMeetings.map((meeting) => ({
        kind: meeting.kind,
        date: ukParts(meeting.startsAt).date,
      }));
      const conference = booked
        .filter((meeting) => meeting.kind === "INITIAL_CONFERENCE" && meeting.date <= today)
        .map((meeting) => meeting.date)
        .sort()[0];
      const initialConference = conference ?? row.conferenceDate ?? planConferenceDate(row.planContent);
      for (const due of dueMeetings({
        strategyDiscussion: row.strategyDiscussion,
        initialConference,
        booked,
        today,
      }))
        if (!due.bookedOn)
          lines.push({
            kind: "meeting",
            meeting: due.kind,
            dueBy: due.dueBy,
            late: today > due.dueBy,
            to: `${base}/meetings/new`,
          });
    }
    if (may("commitments", "view")) {
      const missed =
        missedFor(access, ownCommitments, now).length +
        couldNotFor(access, ownCommitments).filter((item) => item.occurrence.slice(0, 10) >= windowStart)
          .length;
      if (missed > 0) lines.push({ kind: "missed", count: missed, to: `${base}/commitments#missed-heading` });
    }
    if (may("questions", "reply") && row.flaggedQuestions > 0)
      lines.push({
        kind: "flaggedQuestions",
        count: row.flaggedQuestions,
        to: one(
          row.flaggedQuestions,
          row.flaggedQuestionId,
          `${base}/questions`,
          (id) => `${base}/questions/${id}`,
        ),
      });
    if (may("network", "approve") && row.approvals > 0)
      lines.push({ kind: "approvals", count: row.approvals, to: `${base}/network#members-heading` });
    const invited = invitations.get(row.id) ?? 0;
    if (may("network", "inviteAnyRole") && invited > 0)
      lines.push({ kind: "invitations", count: invited, to: `${base}/network#invitations-heading` });

    return { id: row.id, name: row.name, planEnd: null, lines };
  });
  return [
    ...families.filter((family) => family.lines.length > 0),
    ...families.filter((family) => family.lines.length === 0),
  ];
}
