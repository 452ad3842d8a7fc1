// Demo meetings, with dates relative to today so they are always upcoming. Called once from
// the seed's index after the demo families and plans exist.
import { randomUUID } from "node:crypto";

import type { DemoPersonKey } from "~/modules/demo/demo-people";
import type { MeetingAnswer, MeetingKind, PaperKind } from "~/modules/meetings/meeting-kinds";
import { papersDue } from "~/modules/meetings/timescales";
import { db } from "~/utils/db.server";
import { addWorkingDays, exactUkInstant, ukParts } from "~/utils/uk-time";

import { DAY } from "./time";

/** 10:00 (or the given time) UK time, a number of working days from today. */
function workingDayAt(workingDays: number, time: string) {
  const date = addWorkingDays(ukParts(new Date()).date, workingDays);
  const result = exactUkInstant(date, time);
  if (!result.ok) throw new Error("demo time falls in a clock change");
  return { date, instant: result.instant };
}

type DemoMeeting = {
  familyId: string;
  kind: MeetingKind;
  inWorkingDays: number;
  minutes: number;
  place: string;
  onlineLink?: string;
  by: string;
  invitees: string[];
  /** Booked first at another time, then moved: the history shows both. */
  movedFrom?: number;
  replies?: [string, MeetingAnswer][];
  notes?: [string, string, boolean][];
  papers?: { kind: PaperKind; title: string; mark?: [string, boolean] }[];
};

async function seedMeeting(spec: DemoMeeting, lead: number) {
  const start = workingDayAt(spec.inWorkingDays, "10:00");
  const endsAt = new Date(start.instant.getTime() + spec.minutes * 60_000);
  const meeting = await db.meeting.create({
    data: {
      familyId: spec.familyId,
      kind: spec.kind,
      startsAt: start.instant,
      endsAt,
      place: spec.place,
      onlineLink: spec.onlineLink ?? "",
      sequence: spec.movedFrom === undefined ? 0 : 1,
      calendarUid: `${randomUUID()}@safety-circle`,
      createdById: spec.by,
      createdAt: new Date(Date.now() - 14 * DAY),
    },
  });
  await db.meetingInvite.createMany({
    data: spec.invitees.map((personId) => ({ meetingId: meeting.id, personId })),
  });
  const where = { place: spec.place, onlineLink: spec.onlineLink ?? "" };
  if (spec.movedFrom !== undefined) {
    const first = workingDayAt(spec.movedFrom, "14:00");
    await db.meetingChange.create({
      data: {
        meetingId: meeting.id,
        personId: spec.by,
        what: "BOOKED",
        status: "SCHEDULED",
        startsAt: first.instant,
        endsAt: new Date(first.instant.getTime() + spec.minutes * 60_000),
        ...where,
        at: new Date(Date.now() - 14 * DAY),
      },
    });
    await db.meetingChange.create({
      data: {
        meetingId: meeting.id,
        personId: spec.by,
        what: "MOVED",
        status: "SCHEDULED",
        startsAt: start.instant,
        endsAt,
        ...where,
        at: new Date(Date.now() - 6 * DAY),
      },
    });
  } else {
    await db.meetingChange.create({
      data: {
        meetingId: meeting.id,
        personId: spec.by,
        what: "BOOKED",
        status: "SCHEDULED",
        startsAt: start.instant,
        endsAt,
        ...where,
        at: new Date(Date.now() - 14 * DAY),
      },
    });
  }
  for (const [index, [personId, answer]] of (spec.replies ?? []).entries()) {
    await db.meetingReply.create({
      data: { meetingId: meeting.id, personId, answer, at: new Date(Date.now() - (5 - index) * DAY) },
    });
  }
  for (const [personId, words, shared] of spec.notes ?? []) {
    await db.meetingNote.create({
      data: { meetingId: meeting.id, personId, words, shared, createdAt: new Date(Date.now() - 2 * DAY) },
    });
  }
  for (const paper of spec.papers ?? []) {
    const created = await db.meetingPaper.create({
      data: {
        meetingId: meeting.id,
        kind: paper.kind,
        title: paper.title,
        dueOn: papersDue(start.date, lead),
        createdById: spec.by,
        createdAt: new Date(Date.now() - 10 * DAY),
      },
    });
    if (paper.mark)
      await db.meetingPaperMark.create({
        data: {
          paperId: created.id,
          personId: paper.mark[0],
          received: paper.mark[1],
          at: new Date(Date.now() - DAY),
        },
      });
  }
}

export async function seedMeetings({
  lilyFamilyId,
  noahFamilyId,
  ids,
}: {
  lilyFamilyId: string;
  noahFamilyId: string;
  ids: Record<DemoPersonKey, string>;
}) {
  const lead = 3;
  // Lily's family: a core group in 2 working days (its report is already late), and a review in about 2 weeks.
  await seedMeeting(
    {
      familyId: lilyFamilyId,
      kind: "CORE_GROUP",
      inWorkingDays: 2,
      movedFrom: 4,
      minutes: 90,
      place: "Northbridge Family Centre, room 2",
      by: ids.socialWorker,
      invitees: [ids.socialWorker, ids.mother, ids.father, ids.grandmother, ids.aunt, ids.friend],
      replies: [
        [ids.mother, "COMING"],
        [ids.grandmother, "COMING"],
        [ids.aunt, "NOT_SURE"],
        [ids.father, "NOT_COMING"],
      ],
      notes: [
        [ids.mother, "I want to say that my tests have been clear for 8 weeks.", true],
        [ids.mother, "Ask about moving closer to Mum's.", false],
      ],
      papers: [
        { kind: "REPORT", title: "Social worker's update for the core group" },
        { kind: "PLAN", title: "The plan, version 2", mark: [ids.mother, true] },
      ],
    },
    lead,
  );
  await seedMeeting(
    {
      familyId: lilyFamilyId,
      kind: "REVIEW_CONFERENCE",
      inWorkingDays: 9,
      minutes: 120,
      place: "Northbridge Civic Centre",
      onlineLink: "https://meet.example.org/lily-review",
      by: ids.socialWorker,
      invitees: [ids.socialWorker, ids.mother, ids.father, ids.grandmother],
      replies: [[ids.mother, "COMING"]],
      papers: [
        { kind: "REPORT", title: "Report for the review meeting" },
        { kind: "MINUTES", title: "Notes of the first meeting", mark: [ids.mother, true] },
      ],
    },
    lead,
  );
  // Noah's family: a pre-discharge planning meeting, before Noah comes home after a hospital stay.
  await seedMeeting(
    {
      familyId: noahFamilyId,
      kind: "PRE_BIRTH_PLANNING",
      inWorkingDays: 4,
      minutes: 60,
      place: "Northbridge Hospital, ward 4 day room",
      by: ids.secondSocialWorker,
      invitees: [ids.secondSocialWorker, ids.secondFather, ids.secondMother],
      replies: [[ids.secondFather, "COMING"]],
      papers: [{ kind: "PLAN", title: "Plan for going home" }],
    },
    lead,
  );
}
