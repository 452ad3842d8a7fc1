import { describe, expect, it } from "vitest";

import { meetingWhenSchema, newMeetingSchema } from "~/modules/meetings/meetings.schema.server";
import {
  addNote,
  addPaper,
  bookMeeting,
  cancelMeeting,
  familyTimescales,
  getMeeting,
  listMeetings,
  markPaper,
  moveMeeting,
  nextMeetingFor,
  reply,
} from "~/modules/meetings/meetings.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { exactUkInstant } from "~/utils/uk-time";

import { cookieFor, createFamily, makeRequest } from "../../factories";
import { outcomeOf, typedValuesOf } from "../../setup/matchers";

type Family = Awaited<ReturnType<typeof createFamily>>;

const accessOf = (family: Awaited<ReturnType<typeof createFamily>>, index: number): FamilyAccess => {
  const person = family.people[index];
  return {
    person: { id: person.id, name: person.name, language: "en", sessionId: "t" },
    familyId: family.id,
    membershipId: person.membershipId,
    role: person.role,
    familyName: family.name,
    organisationName: "x",
  };
};

async function setUp() {
  const family = await createFamily({
    members: [
      { role: "PRACTITIONER" },
      { role: "PARENT" },
      { role: "PARENT", name: "Other parent" },
      { role: "NETWORK_MEMBER" },
    ],
  });
  return {
    family,
    worker: accessOf(family, 0),
    mum: accessOf(family, 1),
    dad: accessOf(family, 2),
    aunt: accessOf(family, 3),
  };
}

const when = (date: string, start = "10:00", end = "11:00") => {
  const s = exactUkInstant(date, start);
  const e = exactUkInstant(date, end);
  if (!s.ok || !e.ok) throw new Error("bad test time");
  return { startsAt: s.instant, endsAt: e.instant, place: "Room 2", onlineLink: "" };
};

describe("the meeting form", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  const parse = (input: Record<string, string>) =>
    newMeetingSchema(now).safeParse({
      kind: "CORE_GROUP",
      date: "2026-12-02",
      start: "10:00",
      end: "11:00",
      place: "Room 2",
      onlineLink: "",
      ...input,
    });
  const error = (input: Record<string, string>) => {
    const result = parse(input);
    return result.success
      ? null
      : result.error.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
  };

  it("takes a real future meeting in UK time", () => {
    const result = parse({});
    expect(result.success && result.data.startsAt.toISOString()).toBe("2026-12-02T10:00:00.000Z");
  });

  it("refuses bad dates and times with a plain reason each", () => {
    expect(error({ date: "2026-02-30" })).toEqual(["date:meetings:errors.date.invalid"]);
    expect(error({ date: "2026-11-20" })).toEqual(["date:meetings:errors.date.past"]);
    expect(error({ end: "09:00" })).toEqual(["end:meetings:errors.end.beforeStart"]);
    expect(error({ end: "10:00" })).toEqual(["end:meetings:errors.end.beforeStart"]);
    expect(error({ start: "25:00" })).toEqual(["start:meetings:errors.start.invalid"]);
    expect(error({ place: "", onlineLink: "" })).toEqual(["place:meetings:errors.place.required"]);
    expect(error({ onlineLink: "javascript:alert(1)" })).toEqual([
      "onlineLink:meetings:errors.onlineLink.invalid",
    ]);
    expect(error({ date: "2031-01-01" })).toEqual(["date:meetings:errors.date.tooFar"]);
    expect(error({ kind: "PARTY" })?.[0]).toBe("kind:meetings:errors.kind.required");
  });

  it("refuses a time lost when the clocks go forward", () => {
    const result = meetingWhenSchema(now).safeParse({
      date: "2027-03-28",
      start: "01:30",
      end: "03:00",
      place: "Hall",
      onlineLink: "",
    });
    expect(result.success ? null : result.error.issues[0].message).toBe("meetings:errors.start.clockChange");
  });
});

describe("meetings", () => {
  it("are booked with their invitees and a first history row; only invitees and practitioners see them", async () => {
    const { worker, mum, dad, aunt } = await setUp();
    const booked = await bookMeeting({
      access: worker,
      input: { kind: "CORE_GROUP", ...when("2027-01-12") },
      invitees: [mum.person.id, aunt.person.id],
    });
    expect(booked.ok).toBe(true);
    if (!booked.ok) throw new Error("not booked");
    expect((await listMeetings({ access: mum })).map((row) => row.id)).toEqual([booked.meetingId]);
    expect(await listMeetings({ access: dad })).toEqual([]);
    expect(await getMeeting({ access: dad, meetingId: booked.meetingId })).toBeNull();
    expect((await listMeetings({ access: worker })).length).toBe(1);
    const detail = await getMeeting({ access: mum, meetingId: booked.meetingId });
    expect(detail?.changes.map((change) => change.what)).toEqual(["BOOKED"]);
  });

  it("cannot invite someone from another family", async () => {
    const { worker } = await setUp();
    const other = await createFamily();
    expect(
      await bookMeeting({
        access: worker,
        input: { kind: "CORE_GROUP", ...when("2027-01-12") },
        invitees: [other.people[0].id],
      }),
    ).toEqual({ ok: false, error: "invitees.unknown" });
    expect(
      await bookMeeting({
        access: worker,
        input: { kind: "CORE_GROUP", ...when("2027-01-12") },
        invitees: [],
      }),
    ).toEqual({ ok: false, error: "invitees.required" });
  });

  it("moves and cancels with SEQUENCE raised and every change kept; a stale change is a conflict", async () => {
    const { worker, mum } = await setUp();
    const booked = await bookMeeting({
      access: worker,
      input: { kind: "REVIEW_CONFERENCE", ...when("2027-02-02") },
      invitees: [mum.person.id],
    });
    if (!booked.ok) throw new Error("not booked");
    expect(
      await moveMeeting({
        access: worker,
        meetingId: booked.meetingId,
        sequence: 0,
        input: when("2027-02-03", "14:00", "15:30"),
      }),
    ).toEqual({ ok: true });
    expect(
      await moveMeeting({
        access: worker,
        meetingId: booked.meetingId,
        sequence: 0,
        input: when("2027-02-04"),
      }),
    ).toEqual({ ok: false, error: "conflict" });
    expect(await cancelMeeting({ access: worker, meetingId: booked.meetingId, sequence: 1 })).toEqual({
      ok: true,
    });
    expect(await cancelMeeting({ access: worker, meetingId: booked.meetingId, sequence: 2 })).toEqual({
      ok: false,
      error: "cancelled",
    });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: booked.meetingId } });
    expect(meeting).toMatchObject({
      sequence: 2,
      status: "CANCELLED",
      startsAt: new Date("2027-02-03T14:00:00Z"),
    });
    const changes = await db.meetingChange.findMany({
      where: { meetingId: booked.meetingId },
      orderBy: { at: "asc" },
    });
    expect(changes.map((change) => change.what)).toEqual(["BOOKED", "MOVED", "CANCELLED"]);
    expect(changes[0].startsAt).toEqual(new Date("2027-02-02T10:00:00Z"));
    // The history cannot be rewritten or deleted, whatever code runs.
    await expect(
      db.meetingChange.update({ where: { id: changes[0].id }, data: { what: "X" } }),
    ).rejects.toThrow();
    await expect(db.meetingChange.delete({ where: { id: changes[0].id } })).rejects.toThrow();
    // Another family's practitioner cannot touch it.
    const other = await setUp();
    expect(await cancelMeeting({ access: other.worker, meetingId: booked.meetingId, sequence: 2 })).toEqual({
      ok: false,
      error: "not-found",
    });
  });

  it("keeps replies as history and shows members only their own; notes stay private unless shared", async () => {
    const { worker, mum, aunt } = await setUp();
    const booked = await bookMeeting({
      access: worker,
      input: { kind: "CORE_GROUP", ...when("2027-01-12") },
      invitees: [mum.person.id, aunt.person.id],
    });
    if (!booked.ok) throw new Error("not booked");
    const meetingId = booked.meetingId;
    await reply({ access: mum, meetingId, answer: "NOT_SURE" });
    await reply({ access: mum, meetingId, answer: "COMING" });
    await reply({ access: aunt, meetingId, answer: "NOT_COMING" });
    expect(await db.meetingReply.count({ where: { meetingId } })).toBe(3);
    const forMum = await getMeeting({ access: mum, meetingId });
    expect([...forMum!.latestReply.entries()]).toEqual([
      [mum.person.id, expect.objectContaining({ answer: "COMING" })],
    ]);
    const forWorker = await getMeeting({ access: worker, meetingId });
    expect(forWorker!.latestReply.get(aunt.person.id)?.answer).toBe("NOT_COMING");
    expect((await nextMeetingFor({ access: mum }))?.answer).toBe("COMING");

    await addNote({ access: mum, meetingId, words: "Private words", shared: false });
    await addNote({ access: mum, meetingId, words: "Shared words", shared: true });
    await addNote({ access: aunt, meetingId, words: "Aunt private", shared: false });
    expect((await getMeeting({ access: worker, meetingId }))!.notes.map((note) => note.words)).toEqual([
      "Shared words",
    ]);
    expect((await getMeeting({ access: aunt, meetingId }))!.notes.map((note) => note.words)).toEqual([
      "Aunt private",
    ]);
    expect((await getMeeting({ access: mum, meetingId }))!.notes.map((note) => note.words)).toEqual([
      "Private words",
      "Shared words",
    ]);
  });

  it("lists papers due N working days before, and flags a paper marked not received", async () => {
    const { family, worker, mum } = await setUp();
    const family2 = await db.family.findUniqueOrThrow({
      where: { id: family.id },
      select: { organisationId: true },
    });
    await db.organisation.update({
      where: { id: family2.organisationId },
      data: { reportLeadWorkingDays: 3 },
    });
    // Tuesday 29 December 2026: 28 and 25 December are bank holidays.
    const booked = await bookMeeting({
      access: worker,
      input: { kind: "CORE_GROUP", ...when("2026-12-29") },
      invitees: [mum.person.id],
    });
    if (!booked.ok) throw new Error("not booked");
    expect(
      await addPaper({
        access: worker,
        meetingId: booked.meetingId,
        kind: "REPORT",
        title: "Conference report",
      }),
    ).toEqual({ dueOn: "2026-12-22", lead: 3 });
    const paper = await db.meetingPaper.findFirstOrThrow({ where: { meetingId: booked.meetingId } });
    expect(
      await markPaper({ access: mum, meetingId: booked.meetingId, paperId: paper.id, received: false }),
    ).toBe(true);
    const list = await listMeetings({ access: worker, now: new Date("2026-12-23T12:00:00Z") });
    expect(list[0]).toMatchObject({ latePapers: 1, notReceived: 1 });
    await markPaper({ access: mum, meetingId: booked.meetingId, paperId: paper.id, received: true });
    expect((await listMeetings({ access: worker, now: new Date("2026-12-23T12:00:00Z") }))[0]).toMatchObject({
      latePapers: 0,
      notReceived: 0,
    });
    expect(await db.meetingPaperMark.count({ where: { paperId: paper.id } })).toBe(2);
  });

  it("computes what is due from a booked initial conference and warns when the core group is not booked", async () => {
    const { worker, mum } = await setUp();
    await bookMeeting({
      access: worker,
      input: { kind: "INITIAL_CONFERENCE", ...when("2026-12-01") },
      invitees: [mum.person.id],
    });
    const { due } = await familyTimescales({ access: worker, now: new Date("2026-12-02T12:00:00Z") });
    expect(due).toEqual([
      { kind: "CORE_GROUP", dueBy: "2026-12-15", bookedOn: null, late: true },
      { kind: "REVIEW_CONFERENCE", dueBy: "2027-03-01", bookedOn: null, late: true },
    ]);
  });
});

describe("meeting routes", () => {
  const bookForm = (family: Family, input: Record<string, string> = {}) => ({
    kind: "CORE_GROUP",
    date: "2020-01-01",
    start: "10:00",
    end: "11:00",
    place: "Hall",
    onlineLink: "",
    invitee: family.people[1].id,
    ...input,
  });
  const book = async (family: Family, form: Record<string, string>) => {
    const route = await import("~/routes/families.$familyId.meetings.new");
    return route.action({
      request: makeRequest(`/families/${family.id}/meetings/new`, {
        cookie: await cookieFor(family.people[0].id),
        method: "POST",
        form,
      }),
      params: { familyId: family.id },
      context: {},
    });
  };

  it("the book form refuses a meeting in the past and keeps what was typed", async () => {
    const { family } = await setUp();
    const refused = await book(family, bookForm(family));
    expect(refused).toRefuseWith({ date: "meetings:errors.date.past" });
    expect(typedValuesOf((await outcomeOf(refused)).data)).toMatchObject({
      place: "Hall",
      invitee: family.people[1].id,
    });
    expect(await db.meeting.count({ where: { familyId: family.id } })).toBe(0);
  });

  it("the book form refuses a meeting with nobody invited, under the invitee boxes", async () => {
    const { family } = await setUp();
    const { invitee: _none, ...noInvitee } = bookForm(family, { date: "2027-06-01" });
    expect(await book(family, noInvitee)).toRefuseWith({ invitee: "meetings:errors.invitees.required" });
    expect(await book(family, bookForm(family, { date: "2027-06-01" }))).toHaveStatus(302);
    expect(await db.meeting.count({ where: { familyId: family.id } })).toBe(1);
  });

  it("a parent may not book", async () => {
    const { family } = await setUp();
    const route = await import("~/routes/families.$familyId.meetings.new");
    const cookie = await cookieFor(family.people[1].id);
    expect(
      await outcomeOf(() =>
        route.action({
          request: makeRequest(`/families/${family.id}/meetings/new`, { cookie, method: "POST", form: {} }),
          params: { familyId: family.id },
          context: {},
        }),
      ),
    ).toHaveStatus(403);
    expect(await db.meeting.count({ where: { familyId: family.id } })).toBe(0);
  });

  it("the meeting page refuses each form with its own field errors, and an unknown intent with 400", async () => {
    const { family, worker, mum } = await setUp();
    const booked = await bookMeeting({
      access: worker,
      input: { kind: "CORE_GROUP", ...when("2027-06-01") },
      invitees: [mum.person.id],
    });
    if (!booked.ok) throw new Error("not booked");
    const route = await import("~/routes/families.$familyId.meetings.$meetingId._index");
    const post = async (personIndex: number, form: Record<string, string>) =>
      outcomeOf(
        route.action({
          request: makeRequest(`/families/${family.id}/meetings/${booked.meetingId}`, {
            cookie: await cookieFor(family.people[personIndex].id),
            method: "POST",
            form,
          }),
          params: { familyId: family.id, meetingId: booked.meetingId },
          context: {},
        }),
      );
    const note = await post(1, { intent: "note", words: " ", shared: "yes" });
    expect(note).toRefuseWith({ words: "meetings:errors.words.required" });
    expect(typedValuesOf(note.data)).toMatchObject({ intent: "note", shared: "yes" });
    expect(await post(1, { intent: "reply" })).toRefuseWith({ answer: "meetings:errors.answer.required" });
    expect(await post(1, { intent: "mark", paperId: "x", received: "maybe" })).toRefuseWith({
      paperId: "meetings:errors.paper.notFound",
      received: "meetings:errors.received.required",
    });
    const paper = await post(0, { intent: "paper", paperKind: "REPORT", title: "" });
    expect(paper).toRefuseWith({ title: "meetings:errors.title.required" });
    expect(typedValuesOf(paper.data)).toMatchObject({ intent: "paper", paperKind: "REPORT" });
    expect(await post(1, { intent: "delete" })).toHaveStatus(400);
    // The right comes from the intent: a parent may not list a paper.
    expect(await post(1, { intent: "paper", paperKind: "REPORT", title: "Mine" })).toHaveStatus(403);
    expect(await db.meetingNote.count({ where: { meetingId: booked.meetingId } })).toBe(0);
    expect(await db.meetingPaper.count({ where: { meetingId: booked.meetingId } })).toBe(0);
    expect(await db.meetingReply.count({ where: { meetingId: booked.meetingId } })).toBe(0);
    expect(await post(1, { intent: "reply", answer: "COMING" })).toRedirectTo(
      `/families/${family.id}/meetings/${booked.meetingId}?done=reply#reply`,
    );
  });

  it("the change page refuses a bad time with what was typed, and answers a clash with 409 and the typed words", async () => {
    const { family, worker, mum } = await setUp();
    const booked = await bookMeeting({
      access: worker,
      input: { kind: "CORE_GROUP", ...when("2027-06-01") },
      invitees: [mum.person.id],
    });
    if (!booked.ok) throw new Error("not booked");
    const route = await import("~/routes/families.$familyId.meetings.$meetingId.change");
    const post = async (form: Record<string, string>) =>
      outcomeOf(
        route.action({
          request: makeRequest(`/families/${family.id}/meetings/${booked.meetingId}/change`, {
            cookie: await cookieFor(worker.person.id),
            method: "POST",
            form,
          }),
          params: { familyId: family.id, meetingId: booked.meetingId },
          context: {},
        }),
      );
    const move = { date: "2027-06-02", start: "14:00", end: "15:00", place: "New hall", onlineLink: "" };
    const refused = await post({ intent: "move", sequence: "0", ...move, end: "13:00" });
    expect(refused).toRefuseWith({ end: "meetings:errors.end.beforeStart" });
    expect(typedValuesOf(refused.data)).toMatchObject({ place: "New hall", end: "13:00" });
    expect(await post({ intent: "move", sequence: "0", ...move })).toRedirectTo(
      `/families/${family.id}/meetings/${booked.meetingId}?done=moved`,
    );
    // A second move from the old version clashes: nothing is saved, and what was typed comes back.
    const clash = await post({ intent: "move", sequence: "0", ...move, place: "Third hall" });
    expect(clash).toHaveStatus(409);
    expect(clash.data).toMatchObject({
      conflict: "conflict",
      intent: "move",
      typed: { place: "Third hall" },
    });
    expect(await post({ intent: "cancel", sequence: "0" })).toHaveStatus(409);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: booked.meetingId } });
    expect(meeting).toMatchObject({ place: "New hall", status: "SCHEDULED", sequence: 1 });
    expect(await post({ intent: "cancel", sequence: "1" })).toRedirectTo(
      `/families/${family.id}/meetings?done=cancelled`,
    );
    const late = await post({ intent: "move", sequence: "2", ...move });
    expect(late).toHaveStatus(409);
    expect(late.data).toMatchObject({ conflict: "cancelled" });
  });

  it("the strategy date form refuses a date that is not real and keeps it", async () => {
    const { family } = await setUp();
    const route = await import("~/routes/families.$familyId.meetings._index");
    const refused = await outcomeOf(
      route.action({
        request: makeRequest(`/families/${family.id}/meetings`, {
          cookie: await cookieFor(family.people[0].id),
          method: "POST",
          form: { strategyDiscussion: "2026-02-30" },
        }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    expect(refused).toRefuseWith({ strategyDiscussion: "meetings:errors.strategy.invalid" });
    expect(typedValuesOf(refused.data)).toEqual({ strategyDiscussion: "2026-02-30" });
  });
});
