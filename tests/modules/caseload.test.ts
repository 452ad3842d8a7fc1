// The caseload: each kind of line appears while its row waits for the social worker and goes
// once it is handled, through the same module functions the pages use. Runs on both databases.
import { beforeAll, describe, expect, it } from "vitest";

import { caseload, type CaseloadLine } from "~/modules/caseload/caseload.server";
import {
  acceptCommitment,
  changeStatus,
  getCommitment,
  offerCommitment,
} from "~/modules/commitments/commitments.server";
import { endPlan, restartPlan } from "~/modules/family/plan-end.server";
import { bookMeeting, markPaper } from "~/modules/meetings/meetings.server";
import { changeMembership } from "~/modules/network/network.server";
import { answerCorrection, recordView } from "~/modules/plan/responses.server";
import { addFollowUp, createReport } from "~/modules/rules/reports.server";
import { answerRule } from "~/modules/rules/rules.server";
import { db } from "~/utils/db.server";
import { ukParts } from "~/utils/uk-time";

import { createFamily, makeRequest } from "../factories";
import { createFamilyWithEverything, type FamilyWithEverything } from "../fixtures/family-with-everything";

const request = () => new Request("http://localhost/test/caseload");
const DAY_MS = 86_400_000;

let family: FamilyWithEverything;

async function linesOf(personId: string, familyId: string, now?: Date) {
  const families = await caseload({ personId, now });
  return families.find((row) => row.id === familyId)?.lines ?? null;
}
const kindOf = (lines: CaseloadLine[] | null, kind: CaseloadLine["kind"]) =>
  (lines ?? []).filter((line) => line.kind === kind);

beforeAll(async () => {
  family = await createFamilyWithEverything({ marker: "Quokka" });
});

describe("the caseload of a family's social worker", () => {
  it("shows counts and links, never the family's words", async () => {
    const lines = await linesOf(family.people.practitioner.id, family.id);
    expect(lines).not.toBeNull();
    expect(JSON.stringify(lines)).not.toContain("Quokka");
  });

  it("shows a new report until something is recorded about what happened next", async () => {
    const before = kindOf(await linesOf(family.people.practitioner.id, family.id), "reports");
    // The fixture's report already has a follow-up.
    expect(before).toEqual([]);
    const reportId = await createReport({
      access: family.accessFor(family.people.carer),
      ruleId: family.ids.rule,
      input: {
        kind: "WARNING_SIGN",
        whatHappened: "Quokka saw it",
        happenedOn: "2026-11-01",
        happenedAt: "",
      },
      request: request(),
    });
    expect(reportId).toBeTruthy();
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "reports")).toEqual([
      { kind: "reports", count: 1, to: `/families/${family.id}/rules/reports/${reportId}` },
    ]);
    await addFollowUp({
      access: family.accessFor(family.people.practitioner),
      reportId: reportId!,
      text: "Quokka called",
      request: request(),
    });
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "reports")).toEqual([]);
  });

  it("shows a rule waiting for the social worker's yes until they endorse it", async () => {
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "endorse")).toEqual([
      { kind: "endorse", count: 1, to: `/families/${family.id}/rules/${family.ids.rule}` },
    ]);
    const answered = await answerRule({
      access: family.accessFor(family.people.practitioner),
      ruleId: family.ids.rule,
      version: 2,
      answer: "ENDORSE",
      reason: "",
      request: request(),
    });
    expect(answered).toBe("ok");
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "endorse")).toEqual([]);
  });

  it("shows an offer of help the family said yes to until the social worker does", async () => {
    const id = await offerCommitment({
      access: family.accessFor(family.people.network),
      input: {
        kind: "TRANSPORT",
        words: "Quokka lifts",
        slots: [{ day: 2, start: "08:00", end: "09:00" }],
        startDate: new Date(Date.now() + 2 * DAY_MS).toISOString().slice(0, 10),
        endDate: null,
      },
      request: request(),
    });
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "offers")).toEqual([
      { kind: "offers", count: 1, to: `/families/${family.id}/commitments/${id}` },
    ]);
    const accepted = await acceptCommitment({
      access: family.accessFor(family.people.practitioner),
      id,
      revision: 1,
      request: request(),
    });
    expect(accepted.ok).toBe(true);
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "offers")).toEqual([]);
  });

  it("shows an open correction until it is answered", async () => {
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "corrections")).toEqual([
      { kind: "corrections", count: 1, to: `/families/${family.id}/plan/items/${family.ids.worry}` },
    ]);
    await answerCorrection({
      access: family.accessFor(family.people.practitioner),
      correctionId: family.ids.correction,
      answer: "CORRECTED",
      reason: "",
      request: request(),
    });
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "corrections")).toEqual([]);
  });

  it("shows a current 'disagree' on the newest plan until the person's view changes", async () => {
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "disagreements")).toEqual([
      { kind: "disagreements", count: 1, to: `/families/${family.id}/plan/items/${family.ids.worry}` },
    ]);
    // A private "disagree" by someone else counts too: the social worker sees every view.
    await recordView({
      access: family.accessFor(family.people.carer),
      itemId: family.ids.goal,
      version: 2,
      stance: "DISAGREE",
      words: "Quokka",
      shared: false,
      request: request(),
    });
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "disagreements")).toEqual([
      { kind: "disagreements", count: 2, to: `/families/${family.id}/plan` },
    ]);
    for (const [member, itemId] of [
      [family.people.parent, family.ids.worry],
      [family.people.carer, family.ids.goal],
    ] as const)
      await recordView({
        access: family.accessFor(member),
        itemId,
        version: 2,
        stance: "AGREE",
        words: "",
        shared: true,
        request: request(),
      });
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "disagreements")).toEqual([]);
  });

  it("shows papers not given yet, with their date from the organisation's lead time, until they came", async () => {
    const [papers] = kindOf(await linesOf(family.people.practitioner.id, family.id), "papers");
    const paper = await db.meetingPaper.findUniqueOrThrow({ where: { id: family.ids.paper } });
    // The fixture added the paper with the same rule (papersDue and the organisation's 3 days).
    expect(papers).toEqual({
      kind: "papers",
      count: 1,
      dueOn: paper.dueOn,
      late: false,
      to: `/families/${family.id}/meetings/${family.ids.meeting}`,
    });
    await markPaper({
      access: family.accessFor(family.people.parent),
      meetingId: family.ids.meeting,
      paperId: family.ids.paper,
      received: true,
    });
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "papers")).toEqual([]);
  });

  it("shows a meeting due by the timescales and not booked, until it is booked", async () => {
    // The plan says the conference was 60 days ago: the first review is due within 3 months.
    const [due] = kindOf(await linesOf(family.people.practitioner.id, family.id), "meeting");
    expect(due).toMatchObject({
      kind: "meeting",
      meeting: "REVIEW_CONFERENCE",
      late: false,
      to: `/families/${family.id}/meetings/new`,
    });
    const startsAt = new Date(Date.now() + 10 * DAY_MS);
    const booked = await bookMeeting({
      access: family.accessFor(family.people.practitioner),
      input: {
        kind: "REVIEW_CONFERENCE",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        place: "Quokka hall",
        onlineLink: "",
      },
      invitees: [family.people.parent.id, family.people.practitioner.id],
    });
    expect(booked.ok).toBe(true);
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "meeting")).toEqual([]);
  });

  it("takes the family's own conference date before the plan's", async () => {
    const other = await createFamily({ members: [{ role: "PRACTITIONER" }] });
    const worker = other.people[0];
    expect(kindOf(await linesOf(worker.id, other.id), "meeting")).toEqual([]);
    const long = new Date(Date.now() - 200 * DAY_MS).toISOString().slice(0, 10);
    await db.family.update({ where: { id: other.id }, data: { conferenceDate: long } });
    const lines = kindOf(await linesOf(worker.id, other.id), "meeting");
    expect(lines.map((line) => line.kind === "meeting" && [line.meeting, line.late])).toEqual([
      ["CORE_GROUP", true],
      ["REVIEW_CONFERENCE", true],
    ]);
  });

  it("shows missed check-ins of the last two weeks until the promise is paused", async () => {
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "missed")).toEqual([]);
    // Agreed three days ago: the evenings since, but one, have no check-in.
    await db.commitment.update({
      where: { id: family.ids.commitment },
      data: { activeSince: new Date(Date.now() - 3 * DAY_MS) },
    });
    const [missed] = kindOf(await linesOf(family.people.practitioner.id, family.id), "missed");
    expect(missed).toMatchObject({ kind: "missed", to: `/families/${family.id}/commitments#missed-heading` });
    expect(missed.kind === "missed" && missed.count).toBeGreaterThanOrEqual(1);
    const commitment = await getCommitment({ familyId: family.id, id: family.ids.commitment });
    const paused = await changeStatus({
      access: family.accessFor(family.people.practitioner),
      id: family.ids.commitment,
      revision: commitment!.revision,
      to: "pause",
      reason: "Quokka away",
      request: request(),
    });
    expect(paused.ok).toBe(true);
    expect(kindOf(await linesOf(family.people.practitioner.id, family.id), "missed")).toEqual([]);
  });

  it("shows members waiting for approval and open invitations until they are handled", async () => {
    const before = await linesOf(family.people.practitioner.id, family.id);
    expect(kindOf(before, "approvals")).toEqual([
      { kind: "approvals", count: 1, to: `/families/${family.id}/network#members-heading` },
    ]);
    expect(kindOf(before, "invitations")).toEqual([
      { kind: "invitations", count: 1, to: `/families/${family.id}/network#invitations-heading` },
    ]);
    const worker = family.accessFor(family.people.practitioner);
    expect(
      await changeMembership({
        access: worker,
        intent: "approve",
        id: family.ids.pendingMembership,
        request: request(),
      }),
    ).toMatchObject({ ok: true });
    expect(
      await changeMembership({
        access: worker,
        intent: "cancel-invitation",
        id: family.ids.invitation,
        request: request(),
      }),
    ).toMatchObject({ ok: true });
    const after = await linesOf(family.people.practitioner.id, family.id);
    expect(kindOf(after, "approvals")).toEqual([]);
    expect(kindOf(after, "invitations")).toEqual([]);
  });
});

describe("whose families", () => {
  it("lists only families where the person is an active practitioner whose time has not ended", async () => {
    const mine = await createFamily({ name: "Aardvark family", members: [{ role: "PRACTITIONER" }] });
    const worker = mine.people[0];
    const ended = await createFamily({ name: "Badger family", members: [{ role: "PARENT" }] });
    await db.membership.create({
      data: {
        familyId: ended.id,
        personId: worker.id,
        role: "PRACTITIONER",
        endsAt: new Date(Date.now() - DAY_MS),
      },
    });
    const later = await createFamily({ name: "Cheetah family", members: [{ role: "PARENT" }] });
    await db.membership.create({
      data: {
        familyId: later.id,
        personId: worker.id,
        role: "PRACTITIONER",
        endsAt: new Date(Date.now() + DAY_MS),
      },
    });
    const asParent = await createFamily({ name: "Dingo family", members: [{ role: "PRACTITIONER" }] });
    await db.membership.create({ data: { familyId: asParent.id, personId: worker.id, role: "PARENT" } });
    const removed = await createFamily({ name: "Eland family", members: [{ role: "PARENT" }] });
    await db.membership.create({
      data: { familyId: removed.id, personId: worker.id, role: "PRACTITIONER", status: "REMOVED" },
    });

    const families = await caseload({ personId: worker.id });
    expect(families.map((row) => row.name)).toEqual(["Aardvark family", "Cheetah family"]);
    // Another social worker's family never appears in theirs, nor theirs in another's.
    const other = await caseload({ personId: asParent.people[0].id });
    expect(other.map((row) => row.id)).toEqual([asParent.id]);
  });

  it("lists families with something waiting first, then those with nothing waiting", async () => {
    const quiet = await createFamily({ name: "Aaa quiet family", members: [{ role: "PRACTITIONER" }] });
    const worker = quiet.people[0];
    const busy = await createFamily({ name: "Zzz busy family", members: [{ role: "PARENT" }] });
    const membership = await db.membership.create({
      data: { familyId: busy.id, personId: worker.id, role: "PRACTITIONER" },
    });
    await db.membership.create({
      data: {
        familyId: busy.id,
        personId: (await db.person.create({ data: { name: "W", email: `w-${membership.id}@test.example` } }))
          .id,
        role: "NETWORK_MEMBER",
        status: "PENDING_APPROVAL",
      },
    });
    const families = await caseload({ personId: worker.id });
    expect(families.map((row) => [row.name, row.lines.length])).toEqual([
      ["Zzz busy family", 1],
      ["Aaa quiet family", 0],
    ]);
  });
});

describe("a family whose plan has ended", () => {
  it("says when the plan ended and until when the family can read, with nothing waiting; a restart brings the lines back", async () => {
    const ended = await createFamilyWithEverything({ marker: "Wombat" });
    const worker = ended.accessFor(ended.people.practitioner);
    const find = async () =>
      (await caseload({ personId: ended.people.practitioner.id })).find((row) => row.id === ended.id)!;
    const running = await find();
    expect(running.planEnd).toBeNull();
    expect(running.lines.length).toBeGreaterThan(0);

    const now = new Date("2026-12-01T10:00:00Z");
    const done = await endPlan({
      access: worker,
      reason: "NOT_NEEDED",
      request: makeRequest("/x", { method: "POST" }),
      now,
    });
    if (!done.ok) throw new Error("not ended");
    const after = await find();
    expect(after.planEnd).toEqual({ endedOn: "2026-12-01", readableUntil: ukParts(done.accessEndsAt).date });
    expect(after.lines).toEqual([]);

    expect(
      await restartPlan({ access: worker, request: makeRequest("/x", { method: "POST" }), now }),
    ).toEqual({ ok: true });
    const again = await find();
    expect(again.planEnd).toBeNull();
    expect(again.lines.length).toBeGreaterThan(0);
  });
});
