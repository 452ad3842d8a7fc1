import { describe, expect, it } from "vitest";

import { bookMeeting, cancelMeeting, homeMeetingsFor } from "~/modules/meetings/meetings.server";
import {
  OutcomeAnswerSchema,
  outcomeSchema,
  type OutcomeValue,
} from "~/modules/meetings/outcome.schema.server";
import {
  answerOutcome,
  outcomeForMeeting,
  outcomeFormView,
  recordOutcome,
} from "~/modules/meetings/outcome.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { exactUkInstant, ukParts } from "~/utils/uk-time";

import { accessOf, cookieFor, createFamily, makeRequest } from "../../factories";
import { outcomeOf, typedValuesOf } from "../../setup/matchers";

// The conference is held on 12 January 2027 from 10:00 to 11:30; the outcome is written that afternoon.
const now = new Date("2027-01-12T15:00:00Z");
const at = (date: string, time: string) => {
  const instant = exactUkInstant(date, time);
  if (!instant.ok) throw new Error("bad test time");
  return instant.instant;
};

async function setUp(kind: "REVIEW_CONFERENCE" | "CORE_GROUP" | "INITIAL_CONFERENCE" = "REVIEW_CONFERENCE") {
  const family = await createFamily({
    members: [
      { role: "PRACTITIONER" },
      { role: "PARENT" },
      { role: "NETWORK_MEMBER" },
      { role: "PARENT", name: "Not invited" },
      { role: "ADVISER" },
    ],
  });
  const [worker, mum, aunt, dad, adviser] = family.people.map((person) => accessOf(family, person)) as [
    FamilyAccess,
    FamilyAccess,
    FamilyAccess,
    FamilyAccess,
    FamilyAccess,
  ];
  const booked = await bookMeeting({
    access: worker,
    input: {
      kind,
      startsAt: at("2027-01-12", "10:00"),
      endsAt: at("2027-01-12", "11:30"),
      place: "Room 2",
      onlineLink: "",
    },
    invitees: [mum.person.id, aunt.person.id],
  });
  if (!booked.ok) throw new Error("not booked");
  return { family, worker, mum, aunt, dad, adviser, meetingId: booked.meetingId };
}

const request = () => makeRequest("/families/x/meetings/y/outcome", { method: "POST" });

const continues = (version: number, more: Partial<OutcomeValue> = {}): OutcomeValue => ({
  version,
  decision: "PLAN_CONTINUES",
  category: "NEGLECT",
  disagreed: "Dad did not agree: he thinks the plan is too strict.",
  planChanges: "Nan will do the school run on Mondays.",
  nextCoreGroup: "2027-01-26",
  nextReview: "2027-07-12",
  ...more,
});

const familyMeetings = (familyId: string) =>
  db.meeting.findMany({
    where: { familyId },
    select: { id: true, kind: true, startsAt: true, endsAt: true, place: true, status: true },
    orderBy: { startsAt: "asc" },
  });

describe("recording what was decided", () => {
  it("books the next core group and review once, as real meetings, and keeps every version", async () => {
    const { worker, mum, aunt, meetingId, family } = await setUp();
    const first = await recordOutcome({
      request: request(),
      access: worker,
      meetingId,
      value: continues(0),
      now,
    });
    expect(first).toEqual({ ok: true, version: 1 });
    const afterFirst = await familyMeetings(family.id);
    expect(afterFirst.map((row) => row.kind)).toEqual([
      "REVIEW_CONFERENCE",
      "CORE_GROUP",
      "REVIEW_CONFERENCE",
    ]);
    const [, core, review] = afterFirst;
    // The same clock times and place as the meeting held.
    expect(ukParts(core!.startsAt)).toMatchObject({ date: "2027-01-26", time: "10:00" });
    expect(ukParts(core!.endsAt).time).toBe("11:30");
    expect(ukParts(review!.startsAt).date).toBe("2027-07-12");
    expect(core!.place).toBe("Room 2");
    // The same people are invited, and the social worker who booked it; it has a history line.
    const invites = await db.meetingInvite.findMany({
      where: { meetingId: core!.id },
      select: { personId: true },
    });
    expect(invites.map((row) => row.personId).sort()).toEqual(
      [mum.person.id, aunt.person.id, worker.person.id].sort(),
    );
    expect(await db.meetingChange.count({ where: { meetingId: core!.id, what: "BOOKED" } })).toBe(1);

    // Saving again (other dates typed) makes version 2 and books nothing more.
    const second = await recordOutcome({
      request: request(),
      access: worker,
      meetingId,
      value: continues(1, { planChanges: "Nan does Mondays and Fridays.", nextCoreGroup: "2027-02-02" }),
      now,
    });
    expect(second).toEqual({ ok: true, version: 2 });
    expect(await familyMeetings(family.id)).toHaveLength(3);
    const rows = await db.meetingOutcome.findMany({ where: { meetingId }, orderBy: { version: "asc" } });
    expect(rows.map((row) => [row.version, row.planChanges, row.nextCoreGroupId, row.nextReviewId])).toEqual([
      [1, "Nan will do the school run on Mondays.", core!.id, review!.id],
      [2, "Nan does Mondays and Fridays.", core!.id, review!.id],
    ]);
    // The form no longer asks for the dates already booked.
    const view = await outcomeFormView({ access: worker, meetingId, now });
    expect(view?.asks).toEqual({ coreGroup: false, review: false });
    expect(view?.booked.coreGroup?.id).toBe(core!.id);
    expect(
      await db.auditEvent.count({ where: { familyId: family.id, action: "meeting.outcome.record" } }),
    ).toBe(2);
  });

  it("two saves from the same version at once: one is saved, the other is a conflict, and the dates are booked once", async () => {
    const { worker, meetingId, family } = await setUp();
    const results = await Promise.all([
      recordOutcome({ request: request(), access: worker, meetingId, value: continues(0), now }),
      recordOutcome({ request: request(), access: worker, meetingId, value: continues(0), now }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "conflict" }]);
    expect(await db.meetingOutcome.count({ where: { meetingId } })).toBe(1);
    expect(await familyMeetings(family.id)).toHaveLength(3);
  });

  it("refuses a save from an older version instead of overwriting the newer one", async () => {
    const { worker, meetingId, family } = await setUp();
    await recordOutcome({ request: request(), access: worker, meetingId, value: continues(0), now });
    expect(
      await recordOutcome({ request: request(), access: worker, meetingId, value: continues(0), now }),
    ).toEqual({
      ok: false,
      error: "conflict",
    });
    expect(await db.meetingOutcome.count({ where: { meetingId } })).toBe(1);
    expect(await familyMeetings(family.id)).toHaveLength(3);
  });

  it("books again only a next meeting that was cancelled since", async () => {
    const { worker, meetingId, family } = await setUp();
    await recordOutcome({ request: request(), access: worker, meetingId, value: continues(0), now });
    const first = await db.meetingOutcome.findFirstOrThrow({ where: { meetingId } });
    expect(await cancelMeeting({ access: worker, meetingId: first.nextCoreGroupId!, sequence: 0 })).toEqual({
      ok: true,
    });
    expect((await outcomeFormView({ access: worker, meetingId, now }))?.asks).toEqual({
      coreGroup: true,
      review: false,
    });
    await recordOutcome({ request: request(), access: worker, meetingId, value: continues(1), now });
    const second = await db.meetingOutcome.findFirstOrThrow({ where: { meetingId, version: 2 } });
    expect(second.nextCoreGroupId).not.toBe(first.nextCoreGroupId);
    expect(second.nextReviewId).toBe(first.nextReviewId);
    expect(await familyMeetings(family.id)).toHaveLength(4);
  });

  it("books nothing when the plan ends, and a core group books only the next core group", async () => {
    const ends = await setUp();
    expect(
      await recordOutcome({
        request: request(),
        access: ends.worker,
        meetingId: ends.meetingId,
        value: {
          ...continues(0),
          decision: "PLAN_ENDS",
          category: null,
          nextCoreGroup: null,
          nextReview: null,
        },
        now,
      }),
    ).toEqual({ ok: true, version: 1 });
    expect(await familyMeetings(ends.family.id)).toHaveLength(1);

    const core = await setUp("CORE_GROUP");
    const view = await outcomeFormView({ access: core.worker, meetingId: core.meetingId, now });
    expect(view?.decides).toBe(false);
    expect(view?.asks).toEqual({ coreGroup: true, review: false });
    // About six weeks (30 working days) on, with no review proposed.
    expect(view?.proposed).toEqual({ coreGroup: "2027-02-23", review: null });
    await recordOutcome({
      request: request(),
      access: core.worker,
      meetingId: core.meetingId,
      value: {
        ...continues(0),
        decision: null,
        category: null,
        disagreed: "",
        nextReview: null,
        nextCoreGroup: "2027-02-23",
      },
      now,
    });
    expect((await familyMeetings(core.family.id)).map((row) => row.kind)).toEqual([
      "CORE_GROUP",
      "CORE_GROUP",
    ]);
  });

  it("proposes the dates the timescales set after a conference", async () => {
    const initial = await setUp("INITIAL_CONFERENCE");
    expect(
      (await outcomeFormView({ access: initial.worker, meetingId: initial.meetingId, now }))?.proposed,
    ).toEqual({
      coreGroup: "2027-01-26",
      review: "2027-04-12",
    });
    const review = await setUp("REVIEW_CONFERENCE");
    expect(
      (await outcomeFormView({ access: review.worker, meetingId: review.meetingId, now }))?.proposed,
    ).toEqual({
      coreGroup: "2027-01-26",
      review: "2027-07-12",
    });
  });

  it("is only for the social worker, after the meeting has started, in the family's own meeting", async () => {
    const { worker, mum, meetingId } = await setUp();
    const other = await setUp();
    const before = new Date("2027-01-12T09:00:00Z");
    expect(await outcomeFormView({ access: worker, meetingId, now: before })).toBeNull();
    expect(
      await recordOutcome({
        request: request(),
        access: worker,
        meetingId,
        value: continues(0),
        now: before,
      }),
    ).toEqual({ ok: false, error: "not-found" });
    expect(
      await recordOutcome({ request: request(), access: mum, meetingId, value: continues(0), now }),
    ).toEqual({
      ok: false,
      error: "not-found",
    });
    expect(
      await recordOutcome({ request: request(), access: other.worker, meetingId, value: continues(0), now }),
    ).toEqual({ ok: false, error: "not-found" });
    expect(await db.meetingOutcome.count({ where: { meetingId } })).toBe(0);
  });
});

describe("reading and answering what was decided", () => {
  it("invited members read it and answer; the newest answer counts and the social worker sees them all", async () => {
    const { worker, mum, aunt, dad, adviser, meetingId, family } = await setUp();
    await recordOutcome({ request: request(), access: worker, meetingId, value: continues(0), now });

    const mine = await outcomeForMeeting({ access: mum, meetingId, isInvited: true });
    expect(mine).toMatchObject({
      decision: "PLAN_CONTINUES",
      category: "NEGLECT",
      planChanges: "Nan will do the school run on Mondays.",
      canAnswer: true,
      myAnswer: null,
    });
    expect(mine?.nextCoreGroup).not.toBeNull();
    expect(mine?.nextReview).not.toBeNull();
    // Not invited, or an adviser: nothing.
    expect(await outcomeForMeeting({ access: dad, meetingId, isInvited: false })).toBeNull();
    expect(await outcomeForMeeting({ access: adviser, meetingId, isInvited: false })).toBeNull();
    expect(
      await answerOutcome({ request: request(), access: dad, meetingId, matches: true, words: "" }),
    ).toBe(false);
    expect(
      await answerOutcome({ request: request(), access: worker, meetingId, matches: true, words: "" }),
    ).toBe(false);

    expect(
      await answerOutcome({ request: request(), access: mum, meetingId, matches: true, words: "" }),
    ).toBe(true);
    expect(
      await answerOutcome({
        request: request(),
        access: mum,
        meetingId,
        matches: false,
        words: "I heard the review is in June.",
      }),
    ).toBe(true);
    expect(
      await answerOutcome({ request: request(), access: aunt, meetingId, matches: true, words: "" }),
    ).toBe(true);

    expect((await outcomeForMeeting({ access: mum, meetingId, isInvited: true }))?.myAnswer).toMatchObject({
      matches: false,
      words: "I heard the review is in June.",
    });
    const view = await outcomeFormView({ access: worker, meetingId, now });
    expect(view?.answers.map((answer) => [answer.personId, answer.matches, answer.version])).toEqual([
      [aunt.person.id, true, 1],
      [mum.person.id, false, 1],
      [mum.person.id, true, 1],
    ]);
    expect(
      await db.auditEvent.count({ where: { familyId: family.id, action: "meeting.outcome.answer" } }),
    ).toBe(3);
  });

  it("shows the family home's card to those invited, in the same statement as the next meeting", async () => {
    const { worker, mum, dad, meetingId } = await setUp();
    expect((await homeMeetingsFor({ access: mum, now })).decided).toBeNull();
    await recordOutcome({ request: request(), access: worker, meetingId, value: continues(0), now });
    const home = await homeMeetingsFor({ access: mum, now });
    expect(home.decided).toMatchObject({ id: meetingId, kind: "REVIEW_CONFERENCE" });
    // The core group just booked is the next meeting.
    expect(home.next?.kind).toBe("CORE_GROUP");
    expect((await homeMeetingsFor({ access: dad, now })).decided).toBeNull();
  });
});

describe("the outcome forms", () => {
  const schema = (asks = { coreGroup: true, review: true }) => outcomeSchema({ decides: true, asks, now });
  const form = (more: Record<string, string> = {}) => ({
    version: "0",
    decision: "PLAN_CONTINUES",
    category: "NEGLECT",
    disagreed: "",
    planChanges: "",
    nextCoreGroup: "2027-01-26",
    nextReview: "2027-07-12",
    ...more,
  });
  const messages = (result: ReturnType<ReturnType<typeof schema>["safeParse"]>) =>
    result.success ? [] : result.error.issues.map((issue) => issue.message);

  it("asks for a category and the next dates while the plan goes on, and neither when it ends", () => {
    expect(messages(schema().safeParse(form({ category: undefined as unknown as string })))).toEqual([
      "meetings:errors.outcome.category.required",
    ]);
    expect(messages(schema().safeParse(form({ nextReview: "" })))).toEqual([
      "meetings:errors.outcome.nextReview.required",
    ]);
    expect(messages(schema().safeParse(form({ nextCoreGroup: "2027-01-12" })))).toEqual([
      "meetings:errors.outcome.nextCoreGroup.past",
    ]);
    const ended = schema().parse(form({ decision: "PLAN_ENDS" }));
    expect(ended).toMatchObject({
      decision: "PLAN_ENDS",
      category: null,
      nextCoreGroup: null,
      nextReview: null,
    });
    // A date already booked is not asked again.
    expect(
      schema({ coreGroup: false, review: false }).parse(form({ nextCoreGroup: "", nextReview: "" })),
    ).toMatchObject({
      nextCoreGroup: null,
      nextReview: null,
    });
    expect(messages(schema().safeParse(form({ decision: "" })))).toContain(
      "meetings:errors.outcome.decision.required",
    );
  });

  it("asks for the member's words when they heard something different", () => {
    expect(OutcomeAnswerSchema.safeParse({ heard: "same", words: "" }).success).toBe(true);
    const refused = OutcomeAnswerSchema.safeParse({ heard: "different", words: " " });
    expect(refused.success ? [] : refused.error.issues.map((issue) => issue.message)).toEqual([
      "meetings:errors.outcomeAnswer.wordsRequired",
    ]);
  });
});

describe("the outcome page and the meeting page's answer, as the browser posts them", () => {
  it("records with JavaScript off, refuses with what was typed, and lets an invited parent answer", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }, { role: "PARENT" }] });
    const [worker, mum] = family.people.map((person) => accessOf(family, person)) as [
      FamilyAccess,
      FamilyAccess,
    ];
    const day = (days: number) => ukParts(new Date(Date.now() + days * 86_400_000)).date;
    const booked = await bookMeeting({
      access: worker,
      input: {
        kind: "REVIEW_CONFERENCE",
        startsAt: at(day(-1), "10:00"),
        endsAt: at(day(-1), "11:00"),
        place: "Room 2",
        onlineLink: "",
      },
      invitees: [mum.person.id],
    });
    if (!booked.ok) throw new Error("not booked");
    const meetingId = booked.meetingId;
    const outcomeRoute = await import("~/routes/families.$familyId.meetings.$meetingId.outcome");
    const meetingRoute = await import("~/routes/families.$familyId.meetings.$meetingId._index");
    const params = { familyId: family.id, meetingId };
    const path = `/families/${family.id}/meetings/${meetingId}`;
    const as = async (access: FamilyAccess, form?: Record<string, string>, to = `${path}/outcome`) =>
      makeRequest(to, {
        cookie: await cookieFor(access.person.id),
        ...(form ? { method: "POST", form } : {}),
      });
    const typed = {
      version: "0",
      decision: "PLAN_CONTINUES",
      disagreed: "",
      planChanges: "Nan takes him to nursery.",
      nextCoreGroup: day(14),
      nextReview: day(150),
    };

    // The parent may not open the outcome page.
    expect(
      await outcomeOf(outcomeRoute.loader({ request: await as(mum), params, context: {} })),
    ).toHaveStatus(403);
    const page = (await outcomeRoute.loader({ request: await as(worker), params, context: {} })) as {
      values: { nextCoreGroup: string; nextReview: string };
    };
    expect(page.values.nextCoreGroup > day(0)).toBe(true);

    const refused = await outcomeOf(
      outcomeRoute.action({ request: await as(worker, typed), params, context: {} }),
    );
    expect(refused).toRefuseWith({ category: "meetings:errors.outcome.category.required" });
    expect(typedValuesOf(refused.data)).toMatchObject({ planChanges: "Nan takes him to nursery." });
    expect(await db.meetingOutcome.count({ where: { meetingId } })).toBe(0);

    expect(
      await outcomeOf(
        outcomeRoute.action({
          request: await as(worker, { ...typed, category: "NEGLECT" }),
          params,
          context: {},
        }),
      ),
    ).toRedirectTo(`${path}?done=decided#decided`);
    expect(await db.meeting.count({ where: { familyId: family.id } })).toBe(3);

    // The parent reads it on the meeting page and answers it.
    const view = (await meetingRoute.loader({
      request: await as(mum, undefined, path),
      params,
      context: {},
    })) as {
      decided: { outcome: { planChanges: string; canAnswer: boolean } | null } | null;
    };
    expect(view.decided?.outcome).toMatchObject({
      planChanges: "Nan takes him to nursery.",
      canAnswer: true,
    });
    const answer = (form: Record<string, string>) =>
      as(mum, { intent: "answerOutcome", ...form }, path).then((request) =>
        outcomeOf(meetingRoute.action({ request, params, context: {} })),
      );
    expect(await answer({ heard: "different", words: "" })).toRefuseWith({
      words: "meetings:errors.outcomeAnswer.wordsRequired",
    });
    expect(await answer({ heard: "same", words: "" })).toRedirectTo(`${path}?done=decided#decided`);
    // The social worker may not answer for the family.
    expect(
      await outcomeOf(
        meetingRoute.action({
          request: await as(worker, { intent: "answerOutcome", heard: "same", words: "" }, path),
          params,
          context: {},
        }),
      ),
    ).toHaveStatus(403);
    expect(await db.meetingOutcomeAnswer.count({ where: { meetingId } })).toBe(1);
  });
});
