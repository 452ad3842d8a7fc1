// Meetings: booking, moving and cancelling (with the history of each change), who is invited,
// replies, "what I want to say" notes and the papers for the meeting.
import { randomUUID } from "node:crypto";

import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { familyPeople } from "~/modules/family/people.server";
import { notify } from "~/modules/notices/notices.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess, PartReader } from "~/modules/permissions/guard.server";
import { getLatestVersion } from "~/modules/plan/plan.server";
import { db, readRows } from "~/utils/db.server";
import { column } from "~/utils/rows.server";
import { transition } from "~/utils/transition.server";
import { ukParts, type IsoDate } from "~/utils/uk-time";

import {
  meetingAnswers,
  meetingKinds,
  type MeetingAnswer,
  type MeetingKind,
  type PaperKind,
} from "./meeting-kinds";
import { dueMeetings, leadWorkingDays, papersDue } from "./timescales";

type MeetingStatus = "SCHEDULED" | "CANCELLED";

export type MeetingInput = {
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string;
};

/** Who sees a meeting: the family, the role, and the person (the guard's access, or a notice's reader). */
export type MeetingViewer = Pick<FamilyAccess, "familyId" | "role"> & { person: { id: string } };

/** Practitioners see every meeting of the family; everyone else only those they are invited to. */
export function visibleWhere(access: MeetingViewer) {
  return can(access.role, "meetings", "schedule")
    ? { familyId: access.familyId }
    : { familyId: access.familyId, invites: { some: { personId: access.person.id } } };
}

/** Members who may be invited: active, in a role that sees meetings. */
export async function invitableMembers({ familyId }: { familyId: string }) {
  const people = await familyPeople({ familyId });
  return people
    .activeIn(["PARENT", "KINSHIP_CARER", "NETWORK_MEMBER", "PRACTITIONER"])
    .map(({ personId, role, name }) => ({ personId, role, name }));
}

export type BookOutcome =
  { ok: true; meetingId: string } | { ok: false; error: "invitees.required" | "invitees.unknown" };

export async function bookMeeting({
  access,
  input,
  invitees,
}: {
  access: FamilyAccess;
  input: MeetingInput;
  invitees: string[];
}): Promise<BookOutcome> {
  const wanted = [...new Set(invitees)];
  if (wanted.length === 0) return { ok: false, error: "invitees.required" };
  const allowed = new Set(
    (await invitableMembers({ familyId: access.familyId })).map((member) => member.personId),
  );
  // Someone from another family (or who has left) can never be invited, whatever is posted.
  if (wanted.some((id) => !allowed.has(id))) return { ok: false, error: "invitees.unknown" };
  const meetingId = await db.$transaction((tx) => createMeeting(tx, access, input, wanted));
  await notify({
    familyId: access.familyId,
    event: "meeting.booked",
    subjectId: meetingId,
    actorId: access.person.id,
  });
  return { ok: true, meetingId };
}

/**
 * Writes a booking inside the caller's transaction: the meeting, its invitations and the first
 * line of its history. The invitees must already be checked against the family's members.
 */
export async function createMeeting(
  tx: Prisma.TransactionClient,
  access: FamilyAccess,
  input: MeetingInput,
  invitees: string[],
) {
  const meeting = await tx.meeting.create({
    data: {
      familyId: access.familyId,
      kind: input.kind,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: input.place,
      onlineLink: input.onlineLink,
      calendarUid: `${randomUUID()}@safety-circle`,
      createdById: access.person.id,
    },
    select: { id: true },
  });
  await tx.meetingInvite.createMany({
    data: invitees.map((personId) => ({ meetingId: meeting.id, personId })),
  });
  await tx.meetingChange.create({
    data: {
      meetingId: meeting.id,
      personId: access.person.id,
      what: "BOOKED",
      status: "SCHEDULED",
      ...details(input),
    },
  });
  return meeting.id;
}

const details = (input: { startsAt: Date; endsAt: Date; place: string; onlineLink: string }) => ({
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  place: input.place,
  onlineLink: input.onlineLink,
});

export type ChangeOutcome = { ok: true } | { ok: false; error: "not-found" | "conflict" | "cancelled" };

/**
 * Moves a meeting (new time or place). `sequence` is the version the practitioner saw: the
 * update is conditional on it, so a second practitioner's change is never lost unseen.
 */
export async function moveMeeting({
  access,
  meetingId,
  sequence,
  input,
}: {
  access: FamilyAccess;
  meetingId: string;
  sequence: number;
  input: Omit<MeetingInput, "kind">;
}): Promise<ChangeOutcome> {
  return changeMeeting({ access, meetingId, sequence, what: "MOVED", data: details(input) });
}

export async function cancelMeeting({
  access,
  meetingId,
  sequence,
}: {
  access: FamilyAccess;
  meetingId: string;
  sequence: number;
}): Promise<ChangeOutcome> {
  return changeMeeting({ access, meetingId, sequence, what: "CANCELLED", data: { status: "CANCELLED" } });
}

async function changeMeeting({
  access,
  meetingId,
  sequence,
  what,
  data,
}: {
  access: FamilyAccess;
  meetingId: string;
  sequence: number;
  what: "MOVED" | "CANCELLED";
  data: Partial<ReturnType<typeof details>> & { status?: "CANCELLED" };
}): Promise<ChangeOutcome> {
  const outcome = await db.$transaction(async (tx) => {
    const moved = await transition<MeetingStatus>({
      from: "SCHEDULED",
      revision: sequence,
      write: (still) =>
        tx.meeting.updateMany({
          where: { id: meetingId, familyId: access.familyId, sequence: still.revision, status: still.state },
          data: { ...data, sequence: { increment: 1 } },
        }),
    });
    if (!moved) {
      // Only to say why: the write above already refused.
      const current = await tx.meeting.findFirst({
        where: { id: meetingId, familyId: access.familyId },
        select: { status: true },
      });
      if (!current) return { ok: false, error: "not-found" } as const;
      return { ok: false, error: current.status === "CANCELLED" ? "cancelled" : "conflict" } as const;
    }
    const now = await tx.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { startsAt: true, endsAt: true, place: true, onlineLink: true, status: true },
    });
    await tx.meetingChange.create({ data: { meetingId, personId: access.person.id, what, ...now } });
    return { ok: true } as const;
  });
  if (outcome.ok) {
    const event = what === "MOVED" ? "meeting.moved" : "meeting.cancelled";
    await notify({ familyId: access.familyId, event, subjectId: meetingId, actorId: access.person.id });
  }
  return outcome;
}

const listSelect = {
  id: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  status: true,
  papers: {
    select: { dueOn: true, marks: { select: { received: true }, orderBy: { at: "desc" as const }, take: 1 } },
  },
} as const;

/** Meetings from a month ago on, soonest first, with how many papers are late. */
export async function listMeetings({ access, now = new Date() }: { access: FamilyAccess; now?: Date }) {
  const rows = await db.meeting.findMany({
    where: { ...visibleWhere(access), endsAt: { gte: new Date(now.getTime() - 31 * 86_400_000) } },
    select: listSelect,
    orderBy: { startsAt: "asc" },
  });
  const today = ukParts(now).date;
  return rows.map(({ papers, ...meeting }) => ({
    ...meeting,
    past: meeting.endsAt < now,
    latePapers: papers.filter((paper) => paperState(paper, today).late).length,
    notReceived: papers.filter((paper) => paper.marks[0]?.received === false).length,
  }));
}

/** Every meeting this member may see, whenever it was, oldest first (for their own copy of their data). */
export async function visibleMeetingIds({ access }: { access: FamilyAccess }) {
  const rows = await db.meeting.findMany({
    where: visibleWhere(access),
    select: { id: true },
    orderBy: { startsAt: "asc" },
  });
  return rows.map((row) => row.id);
}

/** A paper is late when its date has passed and nobody has said it came, or someone said it has not come after that date. */
export function paperState(paper: { dueOn: string; marks: { received: boolean }[] }, today: IsoDate) {
  const mark = paper.marks[0];
  const received = mark?.received ?? null;
  return { received, late: received !== true && today > paper.dueOn };
}

export async function getMeeting({ access, meetingId }: { access: FamilyAccess; meetingId: string }) {
  const isPractitioner = can(access.role, "meetings", "schedule");
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ...visibleWhere(access) },
    select: {
      id: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      place: true,
      onlineLink: true,
      status: true,
      sequence: true,
      invites: { select: { personId: true }, orderBy: { createdAt: "asc" } },
      changes: {
        select: {
          id: true,
          what: true,
          personId: true,
          startsAt: true,
          endsAt: true,
          place: true,
          onlineLink: true,
          status: true,
          at: true,
        },
        orderBy: { at: "asc" },
      },
      replies: {
        // The practitioner sees everyone's answer; a member sees only their own.
        where: isPractitioner ? {} : { personId: access.person.id },
        select: { personId: true, answer: true, at: true },
        orderBy: { at: "desc" },
      },
      notes: {
        // Own notes always; the practitioner also sees notes shared with them.
        where: isPractitioner
          ? { OR: [{ shared: true }, { personId: access.person.id }] }
          : { personId: access.person.id },
        select: { id: true, personId: true, words: true, shared: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      papers: {
        select: {
          id: true,
          kind: true,
          title: true,
          dueOn: true,
          marks: { select: { received: true, personId: true, at: true }, orderBy: { at: "desc" }, take: 1 },
          // The newest upload is the paper's file; the page shows it only to those who may download it.
          files: {
            select: { bytes: true, summary: true, uploadedById: true, uploadedAt: true },
            orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
            take: 1,
          },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!meeting) return null;
  const latestReply = new Map<string, { answer: MeetingAnswer; at: Date }>();
  for (const reply of meeting.replies)
    if (!latestReply.has(reply.personId))
      latestReply.set(reply.personId, { answer: reply.answer, at: reply.at });
  const { replies: _replies, ...rest } = meeting;
  return {
    ...rest,
    latestReply,
    isInvited: meeting.invites.some((invite) => invite.personId === access.person.id),
  };
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** Finds a meeting this person is invited to and that still goes ahead. */
export async function invitedMeeting(access: FamilyAccess, meetingId: string) {
  return db.meeting.findFirst({
    where: {
      id: meetingId,
      familyId: access.familyId,
      status: "SCHEDULED",
      invites: { some: { personId: access.person.id } },
    },
    select: { id: true, startsAt: true },
  });
}

/**
 * Saves something about a meeting (a reply, a note, a paper mark) only while it still goes
 * ahead: the meeting row is held in its state by a conditional write in the same transaction,
 * so a cancel that lands after the invite was checked refuses it instead of being outrun.
 */
async function whileScheduled(
  access: FamilyAccess,
  meetingId: string,
  save: (tx: Prisma.TransactionClient) => Promise<unknown>,
) {
  if (!(await invitedMeeting(access, meetingId))) return false;
  return db.$transaction(async (tx) => {
    const held = await transition<MeetingStatus>({
      from: "SCHEDULED",
      write: (still) =>
        tx.meeting.updateMany({
          where: { id: meetingId, familyId: access.familyId, status: still.state },
          data: { status: "SCHEDULED" },
        }),
    });
    if (!held) return false;
    await save(tx);
    return true;
  });
}

export async function reply({
  access,
  meetingId,
  answer,
}: {
  access: FamilyAccess;
  meetingId: string;
  answer: MeetingAnswer;
}) {
  return whileScheduled(access, meetingId, (tx) =>
    tx.meetingReply.create({ data: { meetingId, personId: access.person.id, answer } }),
  );
}

export async function addNote({
  access,
  meetingId,
  words,
  shared,
}: {
  access: FamilyAccess;
  meetingId: string;
  words: string;
  shared: boolean;
}) {
  return whileScheduled(access, meetingId, (tx) =>
    tx.meetingNote.create({ data: { meetingId, personId: access.person.id, words, shared } }),
  );
}

/** The papers' date: the organisation's number of working days (2 to 5) before the meeting day. */
export async function addPaper({
  access,
  meetingId,
  kind,
  title,
}: {
  access: FamilyAccess;
  meetingId: string;
  kind: PaperKind;
  title: string;
}) {
  const family = await db.family.findUniqueOrThrow({
    where: { id: access.familyId },
    select: { organisation: { select: { reportLeadWorkingDays: true } } },
  });
  const lead = leadWorkingDays(family.organisation.reportLeadWorkingDays);
  return db.$transaction(async (tx) => {
    // Held first, then read: the date is worked out from the meeting as it stands, not as it was before a move.
    const held = await transition<MeetingStatus>({
      from: "SCHEDULED",
      write: (still) =>
        tx.meeting.updateMany({
          where: { id: meetingId, familyId: access.familyId, status: still.state },
          data: { status: "SCHEDULED" },
        }),
    });
    if (!held) return null;
    const meeting = await tx.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { startsAt: true },
    });
    const dueOn = papersDue(ukParts(meeting.startsAt).date, lead);
    await tx.meetingPaper.create({ data: { meetingId, kind, title, dueOn, createdById: access.person.id } });
    return { dueOn, lead };
  });
}

export async function markPaper({
  access,
  meetingId,
  paperId,
  received,
}: {
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
  received: boolean;
}) {
  const paper = await db.meetingPaper.findFirst({ where: { id: paperId, meetingId }, select: { id: true } });
  if (!paper) return false;
  return whileScheduled(access, meetingId, (tx) =>
    tx.meetingPaperMark.create({ data: { paperId, personId: access.person.id, received } }),
  );
}

export async function setStrategyDiscussion({ access, date }: { access: FamilyAccess; date: IsoDate }) {
  await db.meetingTimescale.upsert({
    where: { familyId: access.familyId },
    create: { familyId: access.familyId, strategyDiscussion: date, updatedById: access.person.id },
    update: { strategyDiscussion: date, updatedById: access.person.id, updatedAt: new Date() },
  });
}

/**
 * The timescales for a family: what is due by when, and whether it is booked in time. The
 * initial conference date is the first one booked, or else the date written in the plan, read
 * only where the guard shows this person the plan (an adviser may see meetings but not the plan),
 * or else the conference date given when the space was opened.
 */
export async function familyTimescales({ access, now = new Date() }: { access: PartReader; now?: Date }) {
  const { familyId } = access;
  const [timescale, family, booked, plan] = await Promise.all([
    db.meetingTimescale.findUnique({ where: { familyId }, select: { strategyDiscussion: true } }),
    db.family.findUnique({ where: { id: familyId }, select: { conferenceDate: true } }),
    db.meeting.findMany({ where: { familyId, status: "SCHEDULED" }, select: { kind: true, startsAt: true } }),
    getLatestVersion({ access }),
  ]);
  const dates = booked.map((row) => ({ kind: row.kind, date: ukParts(row.startsAt).date }));
  const conference = dates
    .filter((row) => row.kind === "INITIAL_CONFERENCE")
    .map((row) => row.date)
    .sort()[0];
  const fromPlan = plan?.content.initialConferenceDate ?? null;
  const today = ukParts(now).date;
  // The conference date given when the space was opened, when nothing newer says otherwise.
  const opened = family?.conferenceDate ?? null;
  const initialConference = conference && conference <= today ? conference : (fromPlan ?? opened);
  const due = dueMeetings({
    strategyDiscussion: timescale?.strategyDiscussion ?? null,
    initialConference,
    booked: dates,
    today,
  });
  return { strategyDiscussion: timescale?.strategyDiscussion ?? null, due };
}

const HomeRow = z.object({
  row: z.enum(["next", "decided"]),
  id: column.text,
  kind: z.enum(meetingKinds),
  startsAt: column.date,
  endsAt: column.date,
  answer: z.enum(meetingAnswers).nullable(),
});

/**
 * The home page's meetings, in one statement (the page's budget): the next meeting this person
 * is invited to, with their newest answer, and (when they may read outcomes) the newest meeting
 * they were invited to that has "what was decided". Dates are compared here, not in SQL, as the
 * two databases store them differently; the newest 20 meetings always hold the next one unless
 * 20 are still to come.
 */
export async function homeMeetingsFor({ access, now = new Date() }: { access: FamilyAccess; now?: Date }) {
  const decided = can(access, "meetings", "viewOutcome")
    ? Prisma.sql`
    UNION ALL
    SELECT 'decided' AS "row", d."id", d."kind", d."startsAt", d."endsAt", NULL AS "answer" FROM (
      SELECT m."id", m."kind", m."startsAt", m."endsAt"
      FROM "Meeting" m
      JOIN "MeetingInvite" i ON i."meetingId" = m."id" AND i."personId" = ${access.person.id}
      WHERE m."familyId" = ${access.familyId}
        AND EXISTS (SELECT 1 FROM "MeetingOutcome" o WHERE o."meetingId" = m."id")
      ORDER BY m."startsAt" DESC
      LIMIT 1) d`
    : Prisma.empty;
  const rows = await readRows(
    HomeRow,
    Prisma.sql`
    SELECT 'next' AS "row", n."id", n."kind", n."startsAt", n."endsAt", n."answer" FROM (
      SELECT m."id", m."kind", m."startsAt", m."endsAt",
        (SELECT r."answer" FROM "MeetingReply" r
          WHERE r."meetingId" = m."id" AND r."personId" = ${access.person.id}
          ORDER BY r."at" DESC LIMIT 1) AS "answer"
      FROM "Meeting" m
      JOIN "MeetingInvite" i ON i."meetingId" = m."id" AND i."personId" = ${access.person.id}
      WHERE m."familyId" = ${access.familyId} AND m."status" = 'SCHEDULED'
      ORDER BY m."startsAt" DESC
      LIMIT 20) n${decided}`,
  );
  const next = rows
    .filter((row) => row.row === "next" && row.endsAt > now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const outcome = rows.find((row) => row.row === "decided");
  return {
    next: next
      ? {
          id: next.id,
          kind: next.kind,
          startsAt: next.startsAt,
          endsAt: next.endsAt,
          answer: next.answer ?? null,
        }
      : null,
    decided: outcome ? { id: outcome.id, kind: outcome.kind, startsAt: outcome.startsAt } : null,
  };
}

/** The next meeting this person is invited to, with their newest answer. */
export async function nextMeetingFor({ access, now = new Date() }: { access: FamilyAccess; now?: Date }) {
  return (await homeMeetingsFor({ access, now })).next;
}
