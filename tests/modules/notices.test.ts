import { describe, expect, it } from "vitest";

import { endPlan } from "~/modules/family/plan-end.server";
import { runDueJobs } from "~/modules/jobs/runner.server";
import { bookMeeting, cancelMeeting } from "~/modules/meetings/meetings.server";
import { deliverNoticeDigest, inQuietHours, runNoticeDigests } from "~/modules/notices/digest.server";
import { saveNoticeSettings } from "~/modules/notices/notice-settings.server";
import { listNotices, openNotice } from "~/modules/notices/notices.server";
import { emptyPlan } from "~/modules/plan/plan.schema.server";
import { publishDraft, saveDraft } from "~/modules/plan/plan.server";
import { setAdviserView } from "~/modules/sharing/adviser-view.server";
import { shareResource } from "~/modules/sharing/sharing.server";
import { db } from "~/utils/db.server";
import { addDays, ukInstant, ukParts } from "~/utils/uk-time";

import { accessOf, createFamily, makeRequest } from "../factories";
import { createFamilyWithEverything } from "../fixtures/family-with-everything";

const request = () => makeRequest("/families/x/test", { method: "POST" });
const MINUTE = 60_000;

async function familyOfFive() {
  const family = await createFamily({
    childName: "Peregrina",
    members: [
      { role: "PRACTITIONER", name: "Wendy Worker" },
      { role: "PARENT", name: "Mona Mum" },
      { role: "PARENT", name: "Dara Dad" },
      { role: "NETWORK_MEMBER", name: "Nan Nora" },
      { role: "ADVISER", name: "Ada Adviser" },
    ],
  });
  const [worker, mum, dad, nan, adviser] = family.people;
  const as = (member: (typeof family.people)[number]) => accessOf(family, member);
  return { family, worker, mum, dad, nan, adviser, as };
}

async function book(as: ReturnType<typeof accessOf>, invitees: string[]) {
  const startsAt = new Date(Date.now() + 10 * 86_400_000);
  const booked = await bookMeeting({
    access: as,
    input: {
      kind: "REVIEW_CONFERENCE",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      place: "Hall",
      onlineLink: "",
    },
    invitees,
  });
  if (!booked.ok) throw new Error("not booked");
  return booked.meetingId;
}

async function publishPlan(as: ReturnType<typeof accessOf>) {
  const content = {
    ...emptyPlan(),
    worries: [{ id: "worryaaaa1", professional: "p", plain: "We worry." }],
    goals: [{ id: "goalaaaaa1", worryId: "worryaaaa1", text: "Fed on time." }],
  };
  const saved = await saveDraft({ access: as, content, revision: 0, request: request() });
  if (!saved.ok) throw new Error("not saved");
  const published = await publishDraft({ access: as, revision: saved.revision, request: request() });
  if (!published.ok) throw new Error("not published");
}

const noticesOf = (personId: string) =>
  db.notice.findMany({ where: { personId }, select: { event: true, subjectId: true } });

const mailTo = (email: string) => db.outboxEmail.findMany({ where: { to: email } });

describe("who is told", () => {
  it("follows the meeting page: the invited, not the one who booked, nor the uninvited", async () => {
    const { worker, mum, dad, nan, adviser, as } = await familyOfFive();
    const meetingId = await book(as(worker), [mum.id, nan.id, worker.id]);
    expect(await noticesOf(mum.id)).toEqual([{ event: "meeting.booked", subjectId: meetingId }]);
    expect(await noticesOf(nan.id)).toHaveLength(1);
    expect(await noticesOf(dad.id)).toEqual([]);
    expect(await noticesOf(adviser.id)).toEqual([]);
    expect(await noticesOf(worker.id)).toEqual([]);

    const cancelled = await cancelMeeting({ access: as(worker), meetingId, sequence: 0 });
    expect(cancelled.ok).toBe(true);
    expect((await noticesOf(mum.id)).map((notice) => notice.event).sort()).toEqual([
      "meeting.booked",
      "meeting.cancelled",
    ]);
    expect(await noticesOf(dad.id)).toEqual([]);
  });

  it("follows the family's choice for its adviser: a hidden part tells them nothing, and drops out of What's new", async () => {
    const { worker, mum, adviser, as } = await familyOfFive();
    const shown = await setAdviserView({
      access: as(mum),
      membershipId: adviser.membershipId,
      revision: 0,
      areas: ["plan"],
      request: request(),
    });
    expect(shown.ok).toBe(true);
    await publishPlan(as(worker));
    expect(await noticesOf(adviser.id)).toEqual([{ event: "plan.published", subjectId: expect.any(String) }]);
    expect(await noticesOf(mum.id)).toHaveLength(1);

    // The family hides the plan again: the notice is no longer shown, nor can it be opened.
    const hidden = await setAdviserView({
      access: as(mum),
      membershipId: adviser.membershipId,
      revision: 1,
      areas: [],
      request: request(),
    });
    expect(hidden.ok).toBe(true);
    const adviserAccess = {
      ...as(adviser),
      adviserView: { plan: false, rules: false, meetings: false, network: false },
    };
    expect(await listNotices({ access: adviserAccess })).toEqual([]);
    const [row] = await db.notice.findMany({ where: { personId: adviser.id }, select: { id: true } });
    expect(await openNotice({ access: adviserAccess, noticeId: row.id })).toBeNull();
  });

  it("tells the family of a resource shared by the adviser, not the adviser", async () => {
    const { mum, nan, adviser, as } = await familyOfFive();
    await shareResource({
      access: as(adviser),
      input: { kind: "LINK", ref: "https://example.org/", title: "Advice", note: "" },
      request: request(),
    });
    expect((await noticesOf(mum.id)).map((notice) => notice.event)).toEqual(["resource.shared"]);
    expect(await noticesOf(nan.id)).toHaveLength(1);
    expect(await noticesOf(adviser.id)).toEqual([]);
  });
});

describe("What's new", () => {
  it("lists a person's own notices newest first, and opening one marks it read; another's is not found", async () => {
    const { worker, mum, nan, as } = await familyOfFive();
    const meetingId = await book(as(worker), [mum.id, nan.id]);
    await publishPlan(as(worker));
    const listed = await listNotices({ access: as(mum) });
    expect(listed.map((notice) => notice.event)).toEqual(["plan.published", "meeting.booked"]);
    expect(listed.every((notice) => notice.readAt === null)).toBe(true);

    const meetingNotice = listed[1];
    expect(await openNotice({ access: as(nan), noticeId: meetingNotice.id })).toBeNull();
    const href = await openNotice({ access: as(mum), noticeId: meetingNotice.id });
    expect(href).toBe(`/families/${as(mum).familyId}/meetings/${meetingId}`);
    const after = await listNotices({ access: as(mum) });
    expect(after.find((notice) => notice.id === meetingNotice.id)?.readAt).toBeInstanceOf(Date);
    expect(after.find((notice) => notice.id !== meetingNotice.id)?.readAt).toBeNull();
  });
});

describe("the digest email", () => {
  it("says nothing of the case, and comes at most once an hour for 'email now'", async () => {
    const { family, worker, mum, as } = await familyOfFive();
    await saveNoticeSettings({
      personId: mum.id,
      input: {
        meetings: "NOW",
        plan: "NOW",
        rules: "DAILY",
        commitments: "DAILY",
        advice: "DAILY",
        questions: "DAILY",
        quietFrom: "",
        quietTo: "",
      },
    });
    await book(as(worker), [mum.id]);
    const t0 = new Date(Date.now() + MINUTE);
    await runNoticeDigests({ now: t0 });
    await runDueJobs({ take: 50 });
    const first = await mailTo(mum.email);
    expect(first).toHaveLength(1);
    expect(first[0].subject).toBe("You have something new in Safety Circle");
    expect(first[0].text).toContain("/sign-in");
    for (const secret of [
      "Peregrina",
      family.name,
      "Hall",
      "Review",
      "review",
      "conference",
      "Mona",
      "Wendy",
      "meeting",
    ])
      expect(`${first[0].subject} ${first[0].text}`).not.toContain(secret);

    await publishPlan(as(worker));
    await runNoticeDigests({ now: new Date(t0.getTime() + 10 * MINUTE) });
    await runDueJobs({ take: 50 });
    expect(await mailTo(mum.email)).toHaveLength(1);

    await runNoticeDigests({ now: new Date(t0.getTime() + 61 * MINUTE) });
    await runDueJobs({ take: 50 });
    expect(await mailTo(mum.email)).toHaveLength(2);
  });

  it("by default gathers a day's notices into one email", async () => {
    const { worker, mum, as } = await familyOfFive();
    await book(as(worker), [mum.id]);
    const t0 = new Date(Date.now() + MINUTE);
    await runNoticeDigests({ now: t0 });
    await book(as(worker), [mum.id]);
    await runNoticeDigests({ now: new Date(t0.getTime() + 2 * 60 * MINUTE) });
    await runDueJobs({ take: 50 });
    expect(await mailTo(mum.email)).toHaveLength(1);
    await runNoticeDigests({ now: new Date(t0.getTime() + 24 * 60 * MINUTE + MINUTE) });
    await runDueJobs({ take: 50 });
    expect(await mailTo(mum.email)).toHaveLength(2);
  });

  it("waits for the end of quiet hours, and never comes with 'no emails' or 'only in the app'", async () => {
    const { worker, mum, dad, nan, as } = await familyOfFive();
    const base = {
      meetings: "NOW",
      plan: "NOW",
      rules: "NOW",
      commitments: "NOW",
      advice: "NOW",
      questions: "NOW",
    } as const;
    await saveNoticeSettings({ personId: mum.id, input: { ...base, quietFrom: "21:00", quietTo: "08:00" } });
    await saveNoticeSettings({
      personId: dad.id,
      input: { ...base, noEmail: "on", quietFrom: "", quietTo: "" },
    });
    await saveNoticeSettings({
      personId: nan.id,
      input: { ...base, meetings: "APP", quietFrom: "", quietTo: "" },
    });
    await book(as(worker), [mum.id, dad.id, nan.id]);
    const tomorrow = addDays(ukParts(new Date()).date, 1);
    const late = ukInstant(tomorrow, "23:00");
    expect(inQuietHours({ quietFrom: "21:00", quietTo: "08:00" }, late)).toBe(true);
    await runNoticeDigests({ now: late });
    await runDueJobs({ take: 50 });
    for (const person of [mum, dad, nan]) expect(await mailTo(person.email)).toHaveLength(0);

    await runNoticeDigests({ now: ukInstant(addDays(tomorrow, 1), "08:30") });
    await runDueJobs({ take: 50 });
    expect(await mailTo(mum.email)).toHaveLength(1);
    expect(await mailTo(dad.email)).toHaveLength(0);
    expect(await mailTo(nan.email)).toHaveLength(0);
    // Still on What's new for all three.
    for (const person of [mum, dad, nan]) expect(await noticesOf(person.id)).toHaveLength(1);
  });

  it("still finds a new notice behind more than a scan's worth that will never be emailed", async () => {
    const { family, worker, mum, dad, nan, as } = await familyOfFive();
    // Earlier tests' unread notices would share the scan: only this test's count here.
    await db.notice.updateMany({ where: { readAt: null }, data: { readAt: new Date() } });
    const base = {
      meetings: "DAILY",
      plan: "DAILY",
      rules: "DAILY",
      commitments: "DAILY",
      advice: "DAILY",
      questions: "DAILY",
      quietFrom: "",
      quietTo: "",
    } as const;
    await saveNoticeSettings({ personId: dad.id, input: { ...base, noEmail: "on" } });
    await saveNoticeSettings({ personId: nan.id, input: { ...base, meetings: "APP" } });
    const meetingId = await book(as(worker), [mum.id]);
    await db.notice.updateMany({ where: { personId: mum.id }, data: { readAt: new Date() } });
    const take = 5;
    const longAgo = new Date(Date.now() - 60 * MINUTE);
    await db.notice.createMany({
      data: Array.from({ length: take + 1 }, (_, index) => ({
        personId: index % 2 === 0 ? dad.id : nan.id,
        familyId: family.id,
        kind: "MEETINGS",
        event: "meeting.booked",
        subjectId: meetingId,
        createdAt: longAgo,
      })),
    });
    await book(as(worker), [mum.id]);
    await runNoticeDigests({ now: new Date(Date.now() + MINUTE), take });
    await runDueJobs({ take: 50 });
    expect(await mailTo(mum.email)).toHaveLength(1);
  });

  it("goes out exactly once when three runners claim and send at the same time", async () => {
    const { worker, mum, nan, as } = await familyOfFive();
    await book(as(worker), [mum.id, nan.id]);
    const now = new Date(Date.now() + MINUTE);
    const claims = await Promise.all([
      runNoticeDigests({ now }),
      runNoticeDigests({ now }),
      runNoticeDigests({ now }),
    ]);
    expect(claims.reduce((a, b) => a + b, 0)).toBe(2);
    await Promise.all([runDueJobs({ take: 50 }), runDueJobs({ take: 50 }), runDueJobs({ take: 50 })]);
    expect(await mailTo(mum.email)).toHaveLength(1);
    expect(await mailTo(nan.email)).toHaveLength(1);
    expect(await db.job.count({ where: { kind: "notice-digest", payload: { contains: mum.id } } })).toBe(0);
  });

  it("sends nothing once the plan has ended, nor for a notice the person can no longer see", async () => {
    const { worker, mum, adviser, as } = await familyOfFive();
    await setAdviserView({
      access: as(mum),
      membershipId: adviser.membershipId,
      revision: 0,
      areas: ["plan"],
      request: request(),
    });
    await publishPlan(as(worker));
    const [adviserNotice] = await db.notice.findMany({
      where: { personId: adviser.id },
      select: { id: true },
    });
    await setAdviserView({
      access: as(mum),
      membershipId: adviser.membershipId,
      revision: 1,
      areas: [],
      request: request(),
    });
    await runNoticeDigests({ now: new Date(Date.now() + MINUTE) });
    await deliverNoticeDigest({ personId: adviser.id, noticeIds: [adviserNotice.id] });
    expect(await mailTo(adviser.email)).toHaveLength(0);

    // Claimed for the mother, then the plan ends before the job runs: nothing goes.
    const [mumNotice] = await db.notice.findMany({ where: { personId: mum.id }, select: { id: true } });
    const ended = await endPlan({
      access: as(worker),
      reason: "NOT_NEEDED",
      request: makeRequest("/families/x/plan-end", { method: "POST" }),
    });
    expect(ended.ok).toBe(true);
    await runDueJobs({ take: 50 });
    await deliverNoticeDigest({ personId: mum.id, noticeIds: [mumNotice.id] });
    expect(await mailTo(mum.email)).toHaveLength(0);
  });
});

describe("notices from meeting papers, what was decided and questions", () => {
  it("tell only those the thing's page shows it to, and whom it concerns", async () => {
    const { people } = await createFamilyWithEverything();
    const { parent, carer, network, adviser, practitioner } = people;
    const events = async (personId: string) =>
      (await db.notice.findMany({ where: { personId }, select: { event: true } }))
        .map((notice) => notice.event)
        .filter((event) => /^(meeting\.decided|mark\.answered|question\.)/.test(event))
        .sort();
    // The parent and the carer are invited to the meeting; only the parent's mark was answered;
    // the parent asked the social worker a question and got an answer.
    expect(await events(parent.id)).toEqual(["mark.answered", "meeting.decided", "question.replied"]);
    expect(await events(carer.id)).toEqual(["meeting.decided"]);
    expect(await events(network.id)).toEqual([]);
    expect(await events(adviser.id)).toEqual([]);
    expect(await events(practitioner.id)).toEqual(["question.asked"]);
  });
});
