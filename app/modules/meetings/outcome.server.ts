// "What was decided": after a conference, review or core group the social worker writes the
// outcome in plain words, and the next core group and review conference are booked as real
// meetings. Each save is a new version (never changed). Invited members read it and say whether
// it matches what they heard; the newest answer counts, older ones are kept.
import { recordAudit } from "~/modules/audit/audit.server";
import { isUniqueViolation } from "~/modules/auth/rate-limit.server";
import { notify } from "~/modules/notices/notices.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import type { planCategories } from "~/modules/plan/plan.constants";
import { db } from "~/utils/db.server";
import { exactUkInstant, ukParts, type IsoDate } from "~/utils/uk-time";

import type { MeetingKind } from "./meeting-kinds";
import { createMeeting, invitableMembers } from "./meetings.server";
import type { OutcomeDecision, OutcomeValue } from "./outcome.schema.server";
import { nextMeetingsAfter, type DueKind } from "./timescales";

/** The meetings that have an outcome: the ones that decide or plan the work. */
export const outcomeKinds = ["INITIAL_CONFERENCE", "REVIEW_CONFERENCE", "CORE_GROUP"] as const;
const hasOutcome = (kind: MeetingKind): kind is DueKind => (outcomeKinds as readonly string[]).includes(kind);
/** A conference decides about the plan; a core group only says what happens next. */
export const decidesPlan = (kind: MeetingKind) => kind !== "CORE_GROUP";

const outcomeSelect = {
  id: true,
  version: true,
  decision: true,
  category: true,
  disagreed: true,
  planChanges: true,
  nextCoreGroupId: true,
  nextReviewId: true,
  recordedById: true,
  createdAt: true,
} as const;

/** The booked next meetings that still go ahead, by id. */
async function liveMeetings(familyId: string, ids: (string | null)[]) {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return new Map<string, Date>();
  const rows = await db.meeting.findMany({
    where: { id: { in: wanted }, familyId, status: "SCHEDULED" },
    select: { id: true, startsAt: true },
  });
  return new Map(rows.map((row) => [row.id, row.startsAt]));
}

/**
 * The meeting whose outcome the social worker may record: of this family, going ahead, of a kind
 * that has an outcome, and started already. Null otherwise (the page is then not found).
 */
async function outcomeMeeting(access: FamilyAccess, meetingId: string, now: Date) {
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, familyId: access.familyId, status: "SCHEDULED", startsAt: { lte: now } },
    select: {
      id: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      place: true,
      onlineLink: true,
      invites: { select: { personId: true } },
    },
  });
  return meeting && hasOutcome(meeting.kind) ? { ...meeting, kind: meeting.kind } : null;
}

/** The outcome page for the social worker: the newest version, its history, the proposals and the answers. */
export async function outcomeFormView({
  access,
  meetingId,
  now = new Date(),
}: {
  access: FamilyAccess;
  meetingId: string;
  now?: Date;
}) {
  if (!can(access, "meetings", "recordOutcome")) return null;
  const meeting = await outcomeMeeting(access, meetingId, now);
  if (!meeting) return null;
  const [outcomes, answers] = await Promise.all([
    db.meetingOutcome.findMany({ where: { meetingId }, select: outcomeSelect, orderBy: { version: "desc" } }),
    db.meetingOutcomeAnswer.findMany({
      where: { meetingId },
      select: {
        personId: true,
        matches: true,
        words: true,
        at: true,
        outcome: { select: { version: true } },
      },
      orderBy: [{ at: "desc" }, { id: "desc" }],
    }),
  ]);
  const [latest] = outcomes;
  const booked = await liveMeetings(access.familyId, [
    latest?.nextCoreGroupId ?? null,
    latest?.nextReviewId ?? null,
  ]);
  const proposed = nextMeetingsAfter({
    kind: meeting.kind,
    held: ukParts(meeting.startsAt).date,
    today: ukParts(now).date,
  });
  const bookedCoreGroup = latest?.nextCoreGroupId ? (booked.get(latest.nextCoreGroupId) ?? null) : null;
  const bookedReview = latest?.nextReviewId ? (booked.get(latest.nextReviewId) ?? null) : null;
  return {
    meeting: { id: meeting.id, kind: meeting.kind, startsAt: meeting.startsAt, endsAt: meeting.endsAt },
    decides: decidesPlan(meeting.kind),
    latest: latest ?? null,
    versions: outcomes.map(({ version, recordedById, createdAt }) => ({ version, recordedById, createdAt })),
    proposed,
    booked: {
      coreGroup: bookedCoreGroup ? { id: latest!.nextCoreGroupId!, startsAt: bookedCoreGroup } : null,
      review: bookedReview ? { id: latest!.nextReviewId!, startsAt: bookedReview } : null,
    },
    // A core group does not book the review: the conference did.
    asks: { coreGroup: !bookedCoreGroup, review: decidesPlan(meeting.kind) && !bookedReview },
    answers: answers.map(({ outcome, ...answer }) => ({ ...answer, version: outcome.version })),
  };
}

export type OutcomeFormView = NonNullable<Awaited<ReturnType<typeof outcomeFormView>>>;

export type RecordOutcome =
  | { ok: true; version: number }
  | { ok: false; error: "not-found" | "conflict" | "nextCoreGroup.clockChange" | "nextReview.clockChange" };

/** The next meeting's times: the same clock times and place as the meeting just held. */
function nextInput(
  kind: "CORE_GROUP" | "REVIEW_CONFERENCE",
  date: IsoDate,
  held: { startsAt: Date; endsAt: Date; place: string; onlineLink: string },
) {
  const start = exactUkInstant(date, ukParts(held.startsAt).time);
  const end = exactUkInstant(date, ukParts(held.endsAt).time);
  if (!start.ok || !end.ok || end.instant <= start.instant) return null;
  return {
    kind,
    startsAt: start.instant,
    endsAt: end.instant,
    place: held.place,
    onlineLink: held.onlineLink,
  };
}

/**
 * Saves a new version of the outcome. `value.version` is the version the social worker saw: a
 * newer one saved meanwhile is a conflict, never overwritten. A next meeting is booked only when
 * no version of this outcome has a booking of that kind still going ahead, in the same
 * transaction as the new version: two saves at once both want version N+1, the unique
 * (meeting, version) refuses the second, and its booking goes back with it. So the next dates
 * are booked once.
 */
export async function recordOutcome({
  request,
  access,
  meetingId,
  value,
  now = new Date(),
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  value: OutcomeValue;
  now?: Date;
}): Promise<RecordOutcome> {
  if (!can(access, "meetings", "recordOutcome")) return { ok: false, error: "not-found" };
  const meeting = await outcomeMeeting(access, meetingId, now);
  if (!meeting) return { ok: false, error: "not-found" };
  const coreInput = value.nextCoreGroup ? nextInput("CORE_GROUP", value.nextCoreGroup, meeting) : null;
  if (value.nextCoreGroup && !coreInput) return { ok: false, error: "nextCoreGroup.clockChange" };
  const reviewInput = value.nextReview ? nextInput("REVIEW_CONFERENCE", value.nextReview, meeting) : null;
  if (value.nextReview && !reviewInput) return { ok: false, error: "nextReview.clockChange" };
  // The people invited to this meeting who are still members, and the social worker saving it.
  const members = new Set((await invitableMembers({ familyId: access.familyId })).map((m) => m.personId));
  const invitees = [
    ...new Set([
      ...meeting.invites.map((invite) => invite.personId).filter((id) => members.has(id)),
      access.person.id,
    ]),
  ];
  let saved: { id: string; version: number; booked: string[] };
  try {
    saved = await db.$transaction(async (tx) => {
      const previous = await tx.meetingOutcome.findFirst({
        where: { meetingId },
        orderBy: { version: "desc" },
        select: { version: true, nextCoreGroupId: true, nextReviewId: true },
      });
      if ((previous?.version ?? 0) !== value.version) throw new OutcomeConflict();
      const stillBooked = async (id: string | null | undefined) =>
        id
          ? (await tx.meeting.count({ where: { id, familyId: access.familyId, status: "SCHEDULED" } })) > 0
          : false;
      const keepCore = (await stillBooked(previous?.nextCoreGroupId)) ? previous!.nextCoreGroupId : null;
      const keepReview = (await stillBooked(previous?.nextReviewId)) ? previous!.nextReviewId : null;
      const nextCoreGroupId =
        keepCore ?? (coreInput ? await createMeeting(tx, access, coreInput, invitees) : null);
      const nextReviewId =
        keepReview ?? (reviewInput ? await createMeeting(tx, access, reviewInput, invitees) : null);
      const booked = [nextCoreGroupId, nextReviewId].filter(
        (id): id is string => id !== null && id !== keepCore && id !== keepReview,
      );
      const outcome = await tx.meetingOutcome.create({
        data: {
          meetingId,
          version: (previous?.version ?? 0) + 1,
          decision: value.decision,
          category: value.category,
          disagreed: value.disagreed,
          planChanges: value.planChanges,
          nextCoreGroupId,
          nextReviewId,
          recordedById: access.person.id,
        },
        select: { id: true, version: true },
      });
      return { ...outcome, booked };
    });
  } catch (error) {
    if (error instanceof OutcomeConflict || isUniqueViolation(error)) return { ok: false, error: "conflict" };
    throw error;
  }
  await recordAudit({
    request,
    action: "meeting.outcome.record",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "meetingOutcome",
    entityId: saved.id,
  });
  const actor = { familyId: access.familyId, actorId: access.person.id };
  await notify({ ...actor, event: "meeting.decided", subjectId: meetingId });
  for (const bookedId of saved.booked)
    await notify({ ...actor, event: "meeting.booked", subjectId: bookedId });
  return { ok: true, version: saved.version };
}

class OutcomeConflict extends Error {}

/**
 * "What was decided" as the meeting page shows it to this person: the social worker, or a member
 * invited to the meeting. The newest version, the next meetings still booked, and this person's
 * newest answer. Null when there is none or the person may not read it.
 */
export async function outcomeForMeeting({
  access,
  meetingId,
  isInvited,
}: {
  access: FamilyAccess;
  meetingId: string;
  isInvited: boolean;
}) {
  if (!can(access, "meetings", "viewOutcome")) return null;
  const isWorker = can(access.role, "meetings", "recordOutcome");
  if (!isWorker && !isInvited) return null;
  const latest = await db.meetingOutcome.findFirst({
    where: { meetingId, meeting: { familyId: access.familyId } },
    select: {
      ...outcomeSelect,
      meeting: {
        select: {
          outcomeAnswers: {
            where: { personId: access.person.id },
            select: { matches: true, words: true, at: true },
            orderBy: [{ at: "desc" }, { id: "desc" }],
            take: 1,
          },
        },
      },
    },
    orderBy: { version: "desc" },
  });
  if (!latest) return null;
  const booked = await liveMeetings(access.familyId, [latest.nextCoreGroupId, latest.nextReviewId]);
  const bookedMeeting = (id: string | null) => {
    const startsAt = id ? booked.get(id) : undefined;
    return id && startsAt ? { id, startsAt } : null;
  };
  return {
    version: latest.version,
    decision: latest.decision as OutcomeDecision | null,
    category: latest.category as (typeof planCategories)[number] | null,
    disagreed: latest.disagreed,
    planChanges: latest.planChanges,
    recordedById: latest.recordedById,
    createdAt: latest.createdAt,
    nextCoreGroup: bookedMeeting(latest.nextCoreGroupId),
    nextReview: bookedMeeting(latest.nextReviewId),
    myAnswer: latest.meeting.outcomeAnswers[0] ?? null,
    canAnswer: isInvited && can(access, "meetings", "answerOutcome"),
    isWorker,
  };
}

/** Saves a member's answer to the newest version. False when there is nothing they may answer. */
export async function answerOutcome({
  request,
  access,
  meetingId,
  matches,
  words,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  matches: boolean;
  words: string;
}) {
  if (!can(access, "meetings", "answerOutcome")) return false;
  const latest = await db.meetingOutcome.findFirst({
    where: {
      meetingId,
      meeting: { familyId: access.familyId, invites: { some: { personId: access.person.id } } },
    },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!latest) return false;
  const saved = await db.meetingOutcomeAnswer.create({
    data: { meetingId, outcomeId: latest.id, personId: access.person.id, matches, words },
    select: { id: true },
  });
  await recordAudit({
    request,
    action: "meeting.outcome.answer",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "meetingOutcomeAnswer",
    entityId: saved.id,
  });
  return true;
}
