import { describe, expect, it, vi } from "vitest";

import { endPlan, restartPlan } from "~/modules/family/plan-end.server";
import { runDueJobs } from "~/modules/jobs/runner.server";
import { bookMeeting, reply } from "~/modules/meetings/meetings.server";
import {
  deliverMeetingReminder,
  dueSlot,
  reminderDay,
  runMeetingReminders,
} from "~/modules/meetings/reminders.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { exactUkInstant } from "~/utils/uk-time";

import { createFamily, makeRequest } from "../../factories";

const endRequest = () => makeRequest("/families/x/plan-end", { method: "POST" });

const at = (date: string, time: string) => {
  const result = exactUkInstant(date, time);
  if (!result.ok) throw new Error("bad time");
  return result.instant;
};

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

/** Runs the queued jobs with the clock fixed at `now` (only Date is faked, not timers). */
async function runJobsAt(now: Date) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
  try {
    while ((await runDueJobs({ take: 50 })) > 0);
  } finally {
    vi.useRealTimers();
  }
}

describe("when reminders are due", () => {
  const meeting = at("2027-04-14", "10:00");
  it.each([
    ["2027-04-12", "07:59", null],
    ["2027-04-12", "08:00", "two-days"],
    ["2027-04-13", "22:00", "two-days"],
    ["2027-04-14", "00:30", null],
    ["2027-04-14", "07:00", "morning"],
    ["2027-04-14", "09:59", "morning"],
    ["2027-04-14", "10:00", null],
  ])("on %s at %s: %s", (date, time, slot) => {
    expect(dueSlot(meeting, at(date, time))).toBe(slot);
  });
});

describe("the reminder job", () => {
  it("sends each reminder once when two runs start at the same time, and none to who is not coming", async () => {
    const family = await createFamily({
      childName: "Peregrina",
      members: [{ role: "PRACTITIONER" }, { role: "PARENT" }, { role: "NETWORK_MEMBER" }, { role: "PARENT" }],
    });
    const [worker, mum, aunt, dad] = family.people;
    const startsAt = at("2027-04-14", "10:00");
    const booked = await bookMeeting({
      access: accessOf(family, 0),
      input: {
        kind: "REVIEW_CONFERENCE",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        place: "Hall",
        onlineLink: "",
      },
      invitees: [mum.id, aunt.id, dad.id, worker.id],
    });
    if (!booked.ok) throw new Error("not booked");
    await reply({ access: accessOf(family, 3), meetingId: booked.meetingId, answer: "NOT_COMING" });

    const twoDaysBefore = at("2027-04-12", "09:00");
    const runs = await Promise.all([
      runMeetingReminders({ now: twoDaysBefore }),
      runMeetingReminders({ now: twoDaysBefore }),
      runMeetingReminders({ now: twoDaysBefore }),
    ]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(3); // mum, aunt and the worker; not dad
    expect(await runMeetingReminders({ now: at("2027-04-13", "09:00") })).toBe(0); // still once
    const rows = await db.meetingReminder.findMany({
      where: { meetingId: booked.meetingId },
      select: { personId: true, slot: true },
    });
    expect(rows.map((row) => row.personId).sort()).toEqual([mum.id, aunt.id, worker.id].sort());
    expect(
      await db.job.count({ where: { kind: "meeting-reminder", payload: { contains: booked.meetingId } } }),
    ).toBe(3);

    // The jobs run with the clock at the time they are sent: the wording depends on it.
    await runJobsAt(at("2027-04-12", "09:01"));

    // On the morning, one more each.
    const morning = await Promise.all([
      runMeetingReminders({ now: at("2027-04-14", "07:30") }),
      runMeetingReminders({ now: at("2027-04-14", "07:30") }),
    ]);
    expect(morning[0] + morning[1]).toBe(3);

    await runJobsAt(at("2027-04-14", "07:31"));
    const mail = await db.outboxEmail.findMany({
      where: { to: { in: [mum.email, aunt.email, dad.email, worker.email] } },
    });
    expect(
      mail
        .filter((row) => row.to === mum.email)
        .map((row) => row.text.split(".")[0])
        .sort(),
    ).toEqual(["You have a meeting in two days", "You have a meeting today"]);
    expect(mail.filter((row) => row.to === dad.email)).toHaveLength(0);
    // No case details: not the kind of meeting, the child, the family or the place.
    for (const row of mail) {
      for (const secret of ["Peregrina", family.name, "Hall", "review", "Review", "conference"])
        expect(`${row.subject} ${row.text}`).not.toContain(secret);
    }
  });

  it("reminds an adviser only of meetings the family shows them", async () => {
    const family = await createFamily({
      members: [{ role: "PRACTITIONER" }, { role: "PARENT" }, { role: "ADVISER" }, { role: "ADVISER" }],
    });
    const [worker, mum, shownTo, hiddenFrom] = family.people;
    for (const [adviser, meetings] of [
      [shownTo, true],
      [hiddenFrom, false],
    ] as const) {
      await db.adviserView.create({
        data: {
          familyId: family.id,
          membershipId: adviser.membershipId,
          plan: true,
          rules: true,
          meetings,
          network: true,
          changedById: mum.id,
        },
      });
    }
    const startsAt = at("2027-05-12", "10:00");
    const booked = await bookMeeting({
      access: accessOf(family, 0),
      input: {
        kind: "CORE_GROUP",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        place: "Hall",
        onlineLink: "",
      },
      invitees: [mum.id, worker.id],
    });
    if (!booked.ok) throw new Error("not booked");
    // The booking form offers no advisers today; an invite row must still not outrun the family's choice.
    await db.meetingInvite.createMany({
      data: [shownTo, hiddenFrom].map((adviser) => ({ meetingId: booked.meetingId, personId: adviser.id })),
    });
    await runMeetingReminders({ now: at("2027-05-10", "09:00") });
    const rows = await db.meetingReminder.findMany({
      where: { meetingId: booked.meetingId },
      select: { personId: true },
    });
    expect(rows.map((row) => row.personId).sort()).toEqual([mum.id, shownTo.id, worker.id].sort());
  });
});

describe("what the reminder says: the real number of UK calendar days from sending to the meeting", () => {
  it.each([
    // [meeting date, time] [sent date, time] → wording
    [["2027-04-14", "10:00"], ["2027-04-12", "08:00"], "twoDays"],
    [["2027-04-14", "10:00"], ["2027-04-13", "09:00"], "tomorrow"],
    [["2027-04-14", "10:00"], ["2027-04-13", "23:59"], "tomorrow"],
    [["2027-04-14", "10:00"], ["2027-04-14", "00:01"], "today"],
    [["2027-04-14", "10:00"], ["2027-04-14", "09:59"], "today"],
    [["2027-04-14", "10:00"], ["2027-04-14", "10:00"], null],
    [["2027-04-14", "10:00"], ["2027-04-11", "12:00"], null],
    // Just after midnight in summer time it is still the day before in UTC.
    [["2027-06-14", "10:00"], ["2027-06-13", "00:30"], "tomorrow"],
    [["2027-06-14", "00:30"], ["2027-06-13", "23:30"], "tomorrow"],
    // Across the clock change: a 23-hour and a 25-hour day are still one day each.
    [["2027-03-28", "10:00"], ["2027-03-27", "23:30"], "tomorrow"],
    [["2027-03-28", "10:00"], ["2027-03-26", "08:30"], "twoDays"],
    [["2026-10-25", "09:00"], ["2026-10-24", "23:30"], "tomorrow"],
    [["2026-10-26", "00:30"], ["2026-10-24", "00:30"], "twoDays"],
  ])("a meeting at %j, sent at %j: %s", ([meetingDate, meetingTime], [sentDate, sentTime], wording) => {
    expect(reminderDay(at(meetingDate, meetingTime), at(sentDate, sentTime))).toBe(wording);
  });

  it("a meeting booked for tomorrow, when the two-day reminder is already due, is told as tomorrow; late past midnight it is left to the morning one", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }, { role: "PARENT" }] });
    const [, mum] = family.people;
    const startsAt = at("2027-05-19", "10:00");
    // Booked the evening before: the two-day window is open, but the meeting is tomorrow.
    const booked = await bookMeeting({
      access: accessOf(family, 0),
      input: {
        kind: "CORE_GROUP",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        place: "Hall",
        onlineLink: "",
      },
      invitees: [mum.id],
    });
    if (!booked.ok) throw new Error("not booked");
    expect(await runMeetingReminders({ now: at("2027-05-18", "18:00") })).toBe(1);
    const mail = () =>
      db.outboxEmail.findMany({
        where: { to: mum.email },
        orderBy: { createdAt: "asc" },
        select: { text: true },
      });

    await deliverMeetingReminder(
      { meetingId: booked.meetingId, personId: mum.id, slot: "two-days" },
      { now: at("2027-05-18", "18:01") },
    );
    const [evening] = await mail();
    expect(evening.text).toMatch(/^You have a meeting tomorrow\./);
    expect(evening.text).not.toContain("two days");

    // The same job run late, after midnight UK time: the meeting is today, and the morning
    // reminder says so, so this one sends nothing rather than a second or a wrong email.
    await deliverMeetingReminder(
      { meetingId: booked.meetingId, personId: mum.id, slot: "two-days" },
      { now: at("2027-05-19", "00:10") },
    );
    expect(await mail()).toHaveLength(1);
    await deliverMeetingReminder(
      { meetingId: booked.meetingId, personId: mum.id, slot: "morning" },
      { now: at("2027-05-19", "07:00") },
    );
    const [, morning] = await mail();
    expect(morning.text).toMatch(/^You have a meeting today\./);
    // A reminder that only runs once the meeting has begun is not sent.
    await deliverMeetingReminder(
      { meetingId: booked.meetingId, personId: mum.id, slot: "morning" },
      { now: at("2027-05-19", "10:05") },
    );
    expect(await mail()).toHaveLength(2);
  });

  it("says it in Welsh for a Welsh reader, from the meeting's time now, not when the reminder was queued", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }, { role: "PARENT" }] });
    const [, mum] = family.people;
    await db.person.update({ where: { id: mum.id }, data: { language: "cy" } });
    const startsAt = at("2027-03-28", "10:00");
    const booked = await bookMeeting({
      access: accessOf(family, 0),
      input: {
        kind: "CORE_GROUP",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        place: "Hall",
        onlineLink: "",
      },
      invitees: [mum.id],
    });
    if (!booked.ok) throw new Error("not booked");
    await deliverMeetingReminder(
      { meetingId: booked.meetingId, personId: mum.id, slot: "two-days" },
      { now: at("2027-03-26", "08:30") },
    );
    await deliverMeetingReminder(
      { meetingId: booked.meetingId, personId: mum.id, slot: "two-days" },
      { now: at("2027-03-27", "23:30") },
    );
    const texts = (
      await db.outboxEmail.findMany({
        where: { to: mum.email },
        orderBy: { createdAt: "asc" },
        select: { text: true },
      })
    ).map((row) => row.text);
    expect(texts[0]).toMatch(/^Mae gennych gyfarfod ymhen dau ddiwrnod\./);
    expect(texts[1]).toMatch(/^Mae gennych gyfarfod yfory\./);
  });
});

describe("a family whose plan has ended", () => {
  it("gets no reminder, not even one queued before the end, and gets them again after a restart", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }, { role: "PARENT" }] });
    const [worker, mum] = family.people;
    const startsAt = at("2031-03-14", "10:00");
    const booked = await bookMeeting({
      access: accessOf(family, 0),
      input: {
        kind: "CORE_GROUP",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        place: "Hall",
        onlineLink: "",
      },
      invitees: [mum.id, worker.id],
    });
    if (!booked.ok) throw new Error("not booked");
    const claimedFor = () => db.meetingReminder.count({ where: { meetingId: booked.meetingId } });
    const mailTo = () => db.outboxEmail.count({ where: { to: { in: [mum.email, worker.email] } } });

    // Two-day reminders are queued, then the plan ends before they are sent.
    await runMeetingReminders({ now: at("2031-03-12", "09:00") });
    expect(await claimedFor()).toBe(2);
    const endedAt = at("2031-03-12", "09:30");
    const ended = await endPlan({
      access: accessOf(family, 0),
      reason: "NOT_NEEDED",
      request: endRequest(),
      now: endedAt,
    });
    expect(ended.ok).toBe(true);
    await runJobsAt(at("2031-03-12", "09:31"));
    expect(await mailTo()).toBe(0);

    // The morning reminder is not claimed while the plan is ended.
    await runMeetingReminders({ now: at("2031-03-14", "07:10") });
    expect(await claimedFor()).toBe(2);
    await runJobsAt(at("2031-03-14", "07:11"));
    expect(await mailTo()).toBe(0);

    // Restarted: the morning reminder goes to both.
    expect(
      await restartPlan({
        access: accessOf(family, 0),
        request: endRequest(),
        now: at("2031-03-14", "07:20"),
      }),
    ).toEqual({ ok: true });
    await runMeetingReminders({ now: at("2031-03-14", "07:30") });
    expect(await claimedFor()).toBe(4);
    await runJobsAt(at("2031-03-14", "07:31"));
    const mail = await db.outboxEmail.findMany({ where: { to: { in: [mum.email, worker.email] } } });
    expect(mail.map((row) => row.to).sort()).toEqual([mum.email, worker.email].sort());
    expect(mail.every((row) => row.text.startsWith("You have a meeting today"))).toBe(true);
  });
});
