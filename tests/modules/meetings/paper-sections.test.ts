import { describe, expect, it } from "vitest";

import { paperPageView } from "~/modules/meetings/paper-page.server";
import {
  answerMark,
  disputedMarks,
  editSection,
  markSection,
  paperSections,
  writeSection,
} from "~/modules/meetings/paper-sections.server";
import { db } from "~/utils/db.server";

import { accessOf, createFamily, makeRequest } from "../../factories";

async function setUp({ dueOn = "2027-01-07" } = {}) {
  const family = await createFamily({
    members: [
      { role: "PRACTITIONER" },
      { role: "PARENT" },
      { role: "PARENT", name: "Not invited" },
      { role: "NETWORK_MEMBER" },
      { role: "ADVISER" },
    ],
  });
  const [worker, mum, dad, friend, adviser] = family.people.map((person) => accessOf(family, person));
  const meeting = await db.meeting.create({
    data: {
      familyId: family.id,
      kind: "CORE_GROUP",
      startsAt: new Date("2027-01-12T10:00:00Z"),
      endsAt: new Date("2027-01-12T11:00:00Z"),
      calendarUid: `${crypto.randomUUID()}@test`,
      createdById: worker.person.id,
      invites: { create: [{ personId: mum.person.id }, { personId: friend.person.id }] },
    },
    select: { id: true },
  });
  const paper = await db.meetingPaper.create({
    data: { meetingId: meeting.id, kind: "REPORT", title: "Report", dueOn, createdById: worker.person.id },
    select: { id: true },
  });
  return { family, worker, mum, dad, friend, adviser, meetingId: meeting.id, paperId: paper.id };
}

const request = () => makeRequest("/papers", { method: "POST" });
const words = {
  heading: "Home conditions",
  reportWords: "Home conditions were observed to be inadequate on two occasions.",
  plainWords: "Twice the home was not clean or safe enough.",
};

async function withSection() {
  const set = await setUp();
  const written = await writeSection({
    request: request(),
    access: set.worker,
    meetingId: set.meetingId,
    paperId: set.paperId,
    words,
  });
  if (!written) throw new Error("the section was not written");
  return { ...set, sectionId: written.sectionId };
}

describe("writing a paper as sections", () => {
  it("keeps every save as a new version, with who and when, and audits each", async () => {
    const { worker, meetingId, paperId, sectionId, family } = await withSection();
    const changed = await editSection({
      request: request(),
      access: worker,
      meetingId,
      paperId,
      sectionId,
      baseVersion: 1,
      words: { ...words, plainWords: "Twice the home was not safe for the baby." },
    });
    expect(changed).toEqual({ ok: true });
    const versions = await db.paperSectionVersion.findMany({
      where: { sectionId },
      orderBy: { version: "asc" },
    });
    expect(versions.map((row) => [row.version, row.plainWords, row.writtenById])).toEqual([
      [1, words.plainWords, worker.person.id],
      [2, "Twice the home was not safe for the baby.", worker.person.id],
    ]);
    const audit = await db.auditEvent.findMany({
      where: { familyId: family.id, action: { startsWith: "meeting.section." } },
      select: { action: true },
    });
    expect(audit.map((row) => row.action).sort()).toEqual(["meeting.section.edit", "meeting.section.write"]);
  });

  it("refuses a change over a version that is no longer the newest", async () => {
    const { worker, meetingId, paperId, sectionId } = await withSection();
    const args = { request: request(), access: worker, meetingId, paperId, sectionId, baseVersion: 1 };
    expect(await editSection({ ...args, words: { ...words, heading: "First" } })).toEqual({ ok: true });
    expect(await editSection({ ...args, words: { ...words, heading: "Second" } })).toEqual({
      ok: false,
      error: "changed",
    });
    expect(await db.paperSectionVersion.count({ where: { sectionId } })).toBe(2);
  });

  it("lets only the social worker write, and only on this family's papers", async () => {
    const { mum, worker, meetingId, paperId } = await setUp();
    const other = await setUp();
    expect(await writeSection({ request: request(), access: mum, meetingId, paperId, words })).toBeNull();
    expect(
      await writeSection({
        request: request(),
        access: worker,
        meetingId: other.meetingId,
        paperId: other.paperId,
        words,
      }),
    ).toBeNull();
    expect(await db.paperSection.count({ where: { paperId: other.paperId } })).toBe(0);
  });

  it("puts new sections after the others", async () => {
    const { worker, meetingId, paperId } = await withSection();
    await writeSection({
      request: request(),
      access: worker,
      meetingId,
      paperId,
      words: { ...words, heading: "Next" },
    });
    const found = await paperSections({ access: worker, meetingId, paperId });
    expect(found?.sections.map((section) => section.current.heading)).toEqual(["Home conditions", "Next"]);
  });
});

describe("reading a paper's sections", () => {
  it("is for the social worker and the invited; not for a parent who is not invited", async () => {
    const { worker, mum, dad, friend, meetingId, paperId } = await withSection();
    for (const reader of [worker, mum, friend])
      expect((await paperSections({ access: reader, meetingId, paperId }))?.sections).toHaveLength(1);
    expect(await paperSections({ access: dad, meetingId, paperId })).toBeNull();
  });

  it("is not found for another family's paper", async () => {
    const { worker } = await withSection();
    const other = await withSection();
    expect(
      await paperSections({ access: worker, meetingId: other.meetingId, paperId: other.paperId }),
    ).toBeNull();
  });

  it("explains glossary terms in both the plain words and the report's words", async () => {
    const { mum, meetingId, paperId, worker } = await setUp();
    await writeSection({
      request: request(),
      access: worker,
      meetingId,
      paperId,
      words: {
        ...words,
        plainWords: "The core group meets next week.",
        reportWords: "The core group will review.",
      },
    });
    const view = await paperPageView({ request: makeRequest("/paper"), access: mum, meetingId, paperId });
    expect(Object.keys(view.glossaryLinks).length).toBeGreaterThan(0);
    expect(view.canMark).toBe(true);
    expect(view.canWrite).toBe(false);
  });
});

describe("saying a section is wrong", () => {
  it("keeps the mark against the version read, on time or late", async () => {
    const { mum, friend, meetingId, paperId, sectionId } = await withSection();
    const mark = (access: typeof mum, now: Date) =>
      markSection({
        request: request(),
        access,
        meetingId,
        paperId,
        sectionId,
        whatIsWrong: "It was clean.",
        shouldSay: "The home was clean on one visit.",
        now,
      });
    // Due on 7 January (UK): the 7th is on time, the 8th is late.
    expect(await mark(mum, new Date("2027-01-07T20:00:00Z"))).toMatchObject({ late: false });
    expect(await mark(friend, new Date("2027-01-08T09:00:00Z"))).toMatchObject({ late: true });
    const rows = await db.paperSectionMark.findMany({ where: { sectionId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.personId, row.version, row.late, row.status])).toEqual([
      [mum.person.id, 1, false, "OPEN"],
      [friend.person.id, 1, true, "OPEN"],
    ]);
  });

  it("is refused to a member who is not invited, to the adviser and to the social worker", async () => {
    const { dad, adviser, worker, meetingId, paperId, sectionId } = await withSection();
    await db.meetingInvite.create({ data: { meetingId, personId: adviser.person.id } });
    for (const access of [dad, adviser, worker])
      expect(
        await markSection({
          request: request(),
          access,
          meetingId,
          paperId,
          sectionId,
          whatIsWrong: "x",
          shouldSay: "y",
        }),
      ).toBeNull();
    expect(await db.paperSectionMark.count({ where: { sectionId } })).toBe(0);
  });

  it("shows a member their own marks, and the social worker every mark", async () => {
    const { mum, friend, worker, meetingId, paperId, sectionId } = await withSection();
    for (const access of [mum, friend])
      await markSection({
        request: request(),
        access,
        meetingId,
        paperId,
        sectionId,
        whatIsWrong: "x",
        shouldSay: "y",
      });
    const marksSeenBy = async (access: typeof mum) =>
      (await paperSections({ access, meetingId, paperId }))!.sections[0]!.marks.map((mark) => mark.personId);
    expect(await marksSeenBy(mum)).toEqual([mum.person.id]);
    expect(await marksSeenBy(worker)).toEqual([mum.person.id, friend.person.id]);
  });
});

describe("answering a mark, and what the family says", () => {
  it("answers once: it stays with a reason, or changed; the meeting page lists what is still in dispute", async () => {
    const { mum, friend, worker, meetingId, paperId, sectionId, family } = await withSection();
    const mark = async (access: typeof mum, shouldSay: string) =>
      (await markSection({
        request: request(),
        access,
        meetingId,
        paperId,
        sectionId,
        whatIsWrong: "x",
        shouldSay,
      }))!.markId;
    const stays = await mark(mum, "Say it was clean");
    const changed = await mark(friend, "Say it was one visit");
    const third = await mark(mum, "Not answered");
    expect((await disputedMarks({ access: worker, meetingId })).map((row) => row.id)).toEqual([
      stays,
      changed,
      third,
    ]);

    const answer = (markId: string, value: "CORRECTED" | "NOT_AGREED", reason = "") =>
      answerMark({ request: request(), access: worker, meetingId, paperId, markId, answer: value, reason });
    expect(await answer(stays, "NOT_AGREED", "Seen by two workers.")).toEqual({ sectionId });
    expect(await answer(changed, "CORRECTED")).toEqual({ sectionId });
    // Answered once: a second answer is refused.
    expect(await answer(stays, "CORRECTED")).toBeNull();
    const row = await db.paperSectionMark.findUniqueOrThrow({ where: { id: stays } });
    expect([row.status, row.reason, row.respondedById]).toEqual([
      "NOT_AGREED",
      "Seen by two workers.",
      worker.person.id,
    ]);

    const disputed = await disputedMarks({ access: worker, meetingId });
    expect(disputed.map((mark) => [mark.id, mark.status, mark.shouldSay])).toEqual([
      [stays, "NOT_AGREED", "Say it was clean"],
      [third, "OPEN", "Not answered"],
    ]);
    // Only the social worker's view lists them.
    expect(await disputedMarks({ access: mum, meetingId })).toEqual([]);
    expect(
      await db.auditEvent.count({ where: { familyId: family.id, action: "meeting.section.answer" } }),
    ).toBe(2);
  });

  it("refuses an answer from a family member, and to another family's mark", async () => {
    const { mum, worker, meetingId, paperId, sectionId } = await withSection();
    const other = await withSection();
    const theirs = await markSection({
      request: request(),
      access: other.mum,
      meetingId: other.meetingId,
      paperId: other.paperId,
      sectionId: other.sectionId,
      whatIsWrong: "x",
      shouldSay: "y",
    });
    const mine = await markSection({
      request: request(),
      access: mum,
      meetingId,
      paperId,
      sectionId,
      whatIsWrong: "x",
      shouldSay: "y",
    });
    expect(
      await answerMark({
        request: request(),
        access: mum,
        meetingId,
        paperId,
        markId: mine!.markId,
        answer: "CORRECTED",
        reason: "",
      }),
    ).toBeNull();
    expect(
      await answerMark({
        request: request(),
        access: worker,
        meetingId,
        paperId,
        markId: theirs!.markId,
        answer: "CORRECTED",
        reason: "",
      }),
    ).toBeNull();
    expect(
      await db.paperSectionMark.count({
        where: { status: "OPEN", id: { in: [mine!.markId, theirs!.markId] } },
      }),
    ).toBe(2);
  });
});
