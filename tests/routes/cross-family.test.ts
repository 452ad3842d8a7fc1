// For every route in app/routes (read from the folder, flat files and folder routes alike, so
// new routes are covered automatically), a signed-in practitioner from another family calls
// the loader and the action. The target family is the shared fixture
// (tests/fixtures/family-with-everything.ts): a row of every kind a page can show, each holding
// a word listed in `secrets`. On family routes the answer is 404 and must come from the guard
// (its `not-found` audit row for that very request), not from missing data. Routes outside a
// family may answer as they do for anyone signed in, but never with a server error and never
// with the target's data. Routes with no loader or no action are reported as skipped, not
// counted as passes.
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { createDiaryEntry } from "~/modules/kinship/diary.server";
import { firstReviewDue } from "~/modules/meetings/timescales";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { adviserAreas, type AdviserArea } from "~/modules/permissions/matrix";
import { emptyPlan, type PlanContent } from "~/modules/plan/plan.schema.server";
import { publishDraft, saveDraft } from "~/modules/plan/plan.server";
import { setAdviserView } from "~/modules/sharing/adviser-view.server";
import { meetingFormatter } from "~/utils/dates.server";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, createPerson } from "../factories";
import { createFamilyWithEverything, type FamilyWithEverything } from "../fixtures/family-with-everything";
import { outcomeOf } from "../setup/matchers";
import { discoverRoutes, importRoutes, urlFor, type RouteModule } from "./route-discovery";

const routes = await importRoutes();

function paramsOf(name: string, values: Record<string, string>) {
  const names = [...name.matchAll(/\$(\w+)/g)].map((match) => match[1]);
  return Object.fromEntries(
    names
      .map((param) => [param, values[param] ?? "x"])
      .concat(name === "$" || name.endsWith(".$") ? [["*", "anything"]] : []),
  );
}

/** Everything an answer carries that could leak: its body, and where it redirects to. */
async function answerText(call: () => Promise<unknown>) {
  const outcome = await outcomeOf(call);
  const body = outcome.response
    ? outcome.response.bodyUsed
      ? ""
      : await outcome.response.text()
    : JSON.stringify(outcome.data ?? null);
  return { status: outcome.status, body: `${outcome.location ?? ""}\n${body}` };
}

function request(
  path: string,
  { cookie, form, requestId }: { cookie: string; form?: URLSearchParams; requestId: string },
) {
  const headers: Record<string, string> = {
    Cookie: cookie,
    "x-request-id": requestId,
  };
  if (!form) return new Request(`http://localhost${path}`, { headers });
  headers["Content-Type"] = "application/x-www-form-urlencoded";
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers,
    body: form.toString(),
  });
}

const accessFor = (
  familyId: string,
  person: { id: string; name: string; membershipId: string },
): FamilyAccess => ({
  person: {
    id: person.id,
    name: person.name,
    language: "en",
    sessionId: "sweep",
  },
  familyId,
  membershipId: person.membershipId,
  role: "PRACTITIONER",
  familyName: "x",
  organisationName: "x",
});

/** A published plan (and a newer draft) whose every text holds the given marker. */
async function givePlan(
  familyId: string,
  worker: { id: string; name: string; membershipId: string },
  marker: string,
  extra: Partial<PlanContent> = {},
) {
  const ids = {
    worry: randomUUID().replace(/-/g, "").slice(0, 12),
    goal: randomUUID().replace(/-/g, "").slice(0, 12),
  };
  const content: PlanContent = {
    ...emptyPlan(),
    category: "NEGLECT",
    worries: [
      {
        id: ids.worry,
        professional: `${marker} professional worry`,
        plain: `${marker} plain worry`,
      },
    ],
    goals: [{ id: ids.goal, worryId: ids.worry, text: `${marker} goal` }],
    ifNotFollowed: `${marker} if not followed`,
    scalingQuestion: `${marker} scaling question`,
    ...extra,
  };
  const access = accessFor(familyId, worker);
  const req = new Request("http://localhost/sweep-setup");
  const saved = await saveDraft({ access, content, revision: 0, request: req });
  if (!saved.ok) throw new Error("setup: save failed");
  const published = await publishDraft({
    access,
    revision: saved.revision,
    request: req,
  });
  if (!published.ok) throw new Error("setup: publish failed");
  await saveDraft({
    access,
    content: { ...content, scalingQuestion: `${marker} draft only words` },
    revision: saved.revision,
    request: req,
  });
  return ids;
}

let target: FamilyWithEverything;
let targetIds: FamilyWithEverything["ids"];
let own: Awaited<ReturnType<typeof createFamily>>;
let ownIds: { worry: string; goal: string };
let ruleRowsBefore: Awaited<ReturnType<typeof ruleRowCounts>>;

beforeAll(async () => {
  // The other family holds a row of every kind, each with the word Xylocarp in it.
  target = await createFamilyWithEverything({ marker: "Xylocarp" });
  targetIds = target.ids;

  // The outsider is a practitioner, the widest role, in a family of their own with its own plan.
  own = await createFamily({
    members: [
      { role: "PRACTITIONER", name: "Outsider Worker" },
      { role: "PARENT", name: "Outsider Parent" },
      { role: "KINSHIP_CARER", name: "Outsider Carer" },
    ],
  });
  ownIds = await givePlan(own.id, own.people[0], "Ownfamily");
  ruleRowsBefore = await ruleRowCounts();
});

/** The other family's rule rows, counted before the sweep and after it. */
async function ruleRowCounts() {
  const rule = { ruleId: targetIds.rule };
  return {
    versions: await db.ruleVersion.count({ where: rule }),
    answers: await db.ruleAgreement.count({ where: rule }),
    comments: await db.ruleComment.count({ where: rule }),
    reports: await db.ruleReport.count({ where: rule }),
    followUps: await db.ruleReportFollowUp.count({ where: { reportId: targetIds.report } }),
  };
}

const outsider = () => own.people[0];
// Ids the sweep itself posts (memberships, correction, invitation) may be echoed back in a form's
// answer; those never seen by the caller must not appear.
const secrets = () => [
  target.name,
  target.childName,
  ...Object.values(target.people).flatMap((person) => [person.name, person.email]),
  ...target.secrets,
];

function expectNoSecrets(body: string) {
  for (const secret of secrets()) expect(body).not.toContain(secret);
}

/** The guard's refusal of this exact request, from the audit trail. */
async function guardRefusals(requestId: string) {
  return db.auditEvent.count({
    where: {
      requestId,
      familyId: target.id,
      actorId: outsider().id,
      outcome: "not-found",
    },
  });
}

const values = () => ({
  familyId: target.id,
  itemId: targetIds.worry,
  ruleId: targetIds.rule,
  reportId: targetIds.report,
  arrangementId: targetIds.arrangement,
  entryId: targetIds.entry,
  questionId: targetIds.question,
  meetingId: targetIds.meeting,
  paperId: targetIds.paper,
  sectionId: targetIds.section,
  commitmentId: targetIds.commitment,
  noticeId: targetIds.notice,
  token: "A".repeat(43),
  lng: "en",
});

/** Forms that would do harm if the guard let them through: ids and words of the target family. */
const attackForms = () => [
  new URLSearchParams(),
  new URLSearchParams({ intent: "remove", id: target.people.parent.membershipId }),
  new URLSearchParams({ intent: "approve", id: targetIds.pendingMembership }),
  new URLSearchParams({
    intent: "cancel-invitation",
    id: targetIds.invitation,
  }),
  new URLSearchParams({ name: "X", email: "x@test.example", role: "PARENT" }),
  new URLSearchParams({ intent: "view", stance: "AGREE", words: "outsider" }),
  new URLSearchParams({
    intent: "answer",
    correctionId: targetIds.correction,
    answer: "CORRECTED",
  }),
  new URLSearchParams({ score: "5", note: "outsider" }),
  new URLSearchParams({ intent: "answer", answer: "AGREE", version: "1" }),
  new URLSearchParams({ intent: "endorse", version: "1" }),
  new URLSearchParams({ intent: "retire", reason: "outsider" }),
  new URLSearchParams({ intent: "comment", text: "outsider" }),
  new URLSearchParams({
    revision: "1",
    text: "outsider",
    ifBroken: "outsider",
    involved: "aaaaaaaaaaaa",
  }),
  new URLSearchParams({
    kind: "BROKEN",
    whatHappened: "outsider",
    happenedOn: "2026-01-01",
  }),
  new URLSearchParams({ text: "outsider follow-up" }),
  new URLSearchParams({ intent: "withdraw", id: targetIds.shared }),
  new URLSearchParams({
    kind: "LINK",
    url: "https://outsider.example",
    note: "outsider",
  }),
  new URLSearchParams([
    ["membershipId", targetIds.adviserMembership],
    ["revision", "1"],
    ["areas", "plan"],
    ["areas", "network"],
  ]),
  new URLSearchParams({
    who: "outsider",
    whenText: "now",
    place: "here",
    supervised: "no",
    baseVersion: "1",
  }),
  new URLSearchParams([
    ["day", "2026-11-02"],
    ["text", "outsider"],
    ["baseVersion", "1"],
    ["readers", "x".repeat(25)],
  ]),
  new URLSearchParams({ intent: "reply", answer: "COMING" }),
  new URLSearchParams({ intent: "note", words: "outsider", shared: "yes" }),
  new URLSearchParams({ intent: "mark", paperId: targetIds.paper, received: "yes" }),
  new URLSearchParams({ intent: "paper", paperKind: "REPORT", title: "outsider" }),
  new URLSearchParams({
    intent: "markSection",
    sectionId: targetIds.section,
    whatIsWrong: "outsider",
    shouldSay: "outsider",
  }),
  new URLSearchParams({
    intent: "answerMark",
    markId: targetIds.openSectionMark,
    answer: "CORRECTED",
    reason: "",
  }),
  new URLSearchParams({
    heading: "outsider",
    reportWords: "outsider",
    plainWords: "outsider",
    baseVersion: "1",
  }),
  new URLSearchParams({ intent: "cancel", sequence: "0" }),
  new URLSearchParams({
    intent: "move",
    sequence: "0",
    date: "2027-06-01",
    start: "10:00",
    end: "11:00",
    place: "outsider",
    onlineLink: "",
  }),
  new URLSearchParams({
    kind: "CORE_GROUP",
    date: "2027-06-01",
    start: "10:00",
    end: "11:00",
    place: "outsider",
    onlineLink: "",
    invitee: target.people.parent.id,
  }),
  new URLSearchParams({ strategyDiscussion: "2026-12-01" }),
  // The last five are the commitment forms (used again below).
  new URLSearchParams({ intent: "accept", revision: "1" }),
  new URLSearchParams({
    intent: "checkIn",
    occurrence: "2026-01-13T18:00",
    outcome: "DONE",
    note: "outsider",
  }),
  new URLSearchParams({ intent: "status", to: "end", revision: "1", reason: "outsider" }),
  new URLSearchParams({
    kind: "VISITS",
    slot0Day: "2",
    slot0Start: "18:00",
    slot0End: "20:00",
    startDate: "2026-01-01",
    revision: "1",
  }),
  new URLSearchParams([
    ["phone", "0"],
    ["phoneAudience", "FAMILY"],
    ["emailAudience", "NOBODY"],
    ["addressAudience", "NOBODY"],
    ["hiddenFrom", "x".repeat(25)],
  ]),
];

/** Calls the route's loader, or its action with this form, as the outsider, marked with a request id. */
function callAsOutsider(name: string, module: RouteModule, requestId: string, form?: URLSearchParams) {
  return answerText(async () => {
    const args = {
      request: request(urlFor(name, values()), { cookie: await cookieFor(outsider().id), form, requestId }),
      params: paramsOf(name, values()),
      context: {},
    };
    return form ? module.action!(args) : module.loader!(args);
  });
}

const familyRoutes = routes.filter((route) => route.name.includes("$familyId"));
const otherRoutes = routes.filter((route) => !route.name.includes("$familyId"));

// Pages of a family: the guard answers 404, and its own audit row for this very request shows the
// refusal came from it, not from data that happened to be missing.
describe.each(familyRoutes)("$name, for someone from another family", ({ name, module }) => {
  it.skipIf(!module.loader)("loader: 404 from the guard, with none of the family's data", async () => {
    const requestId = `sweep-${randomUUID()}`;
    const outcome = await callAsOutsider(name, module, requestId);
    expect(outcome.status).toBe(404);
    expect(await guardRefusals(requestId)).toBeGreaterThanOrEqual(1);
    expectNoSecrets(outcome.body);
  });

  it.skipIf(!module.action)(
    "action: 404 from the guard for every harmful form, with none of the family's data",
    async () => {
      for (const form of attackForms()) {
        const requestId = `sweep-${randomUUID()}`;
        const outcome = await callAsOutsider(name, module, requestId, form);
        expect(outcome.status).toBe(404);
        expect(await guardRefusals(requestId)).toBeGreaterThanOrEqual(1);
        expectNoSecrets(outcome.body);
      }
    },
  );
});

// Pages outside any family (sign-in, directory, help, settings, …) are open to the outsider in
// their own right, so they may answer anything but a server error; given the other family's ids
// and words, they must still hand back nothing of it.
describe.each(otherRoutes)("$name, for a signed-in person from another family", ({ name, module }) => {
  it.skipIf(!module.loader)(
    "loader: answers without a server error, and with none of the family's data",
    async () => {
      const outcome = await callAsOutsider(name, module, `sweep-${randomUUID()}`);
      expect(outcome.status).toBeLessThan(500);
      expectNoSecrets(outcome.body);
    },
  );

  it.skipIf(!module.action)(
    "action: answers every harmful form without a server error, and with none of the family's data",
    async () => {
      for (const form of attackForms()) {
        const outcome = await callAsOutsider(name, module, `sweep-${randomUUID()}`, form);
        expect(outcome.status).toBeLessThan(500);
        expectNoSecrets(outcome.body);
      }
    },
  );
});

describe("another family's ids, posted through the caller's own family", () => {
  const post = async (
    path: string,
    params: Record<string, string>,
    form: URLSearchParams,
    file: string,
    personId = outsider().id,
  ) => {
    const route = (await import(`../../app/routes/${file}`)) as RouteModule;
    const requestId = `mixed-${randomUUID()}`;
    return answerText(async () =>
      route.action!({
        request: request(path, {
          cookie: await cookieFor(personId),
          form,
          requestId,
        }),
        params,
        context: {},
      }),
    );
  };
  const refused = (status: number) => status >= 400 && status < 500;

  it("cannot remove, approve or cancel in the other family", async () => {
    for (const form of attackForms().slice(1, 4)) {
      const outcome = await post(
        `/families/${own.id}/network`,
        { familyId: own.id },
        form,
        "families.$familyId.network._index.tsx",
      );
      // The caller may act in their own family, so the guard lets them in; the id is then not found there.
      expect(outcome.body).toContain("network.not-found");
      expect(refused(outcome.status)).toBe(true);
    }
    expect(
      (
        await db.membership.findUniqueOrThrow({
          where: { id: target.people.parent.membershipId },
        })
      ).status,
    ).toBe("ACTIVE");
    expect(
      (
        await db.membership.findUniqueOrThrow({
          where: { id: targetIds.pendingMembership },
        })
      ).status,
    ).toBe("PENDING_APPROVAL");
    expect(
      (
        await db.invitation.findUniqueOrThrow({
          where: { id: targetIds.invitation },
        })
      ).status,
    ).toBe("PENDING");
  });

  it("cannot answer the other family's correction, nor reach its plan items", async () => {
    const answered = await post(
      `/families/${own.id}/plan/items/${ownIds.worry}`,
      { familyId: own.id, itemId: ownIds.worry },
      new URLSearchParams({
        intent: "answer",
        correctionId: targetIds.correction,
        answer: "NOT_AGREED",
        reason: "outsider",
      }),
      "families.$familyId.plan.items.$itemId.tsx",
    );
    expect(answered.status).toBe(404);
    expect(
      (
        await db.correctionRequest.findUniqueOrThrow({
          where: { id: targetIds.correction },
        })
      ).status,
    ).toBe("OPEN");

    const viewed = await post(
      `/families/${own.id}/plan/items/${targetIds.worry}`,
      { familyId: own.id, itemId: targetIds.worry },
      new URLSearchParams({
        intent: "view",
        stance: "AGREE",
        words: "outsider",
      }),
      "families.$familyId.plan.items.$itemId.tsx",
      own.people[1].id,
    );
    expect(viewed.status).toBe(404);
    expect(
      await db.itemView.count({
        where: { itemId: targetIds.worry, personId: outsider().id },
      }),
    ).toBe(0);
  });

  it("cannot reach the other family's rule or report through its own family", async () => {
    const commented = await post(
      `/families/${own.id}/rules/${targetIds.rule}`,
      { familyId: own.id, ruleId: targetIds.rule },
      new URLSearchParams({ intent: "comment", text: "outsider" }),
      "families.$familyId.rules.$ruleId._index.tsx",
    );
    expect(commented.status).toBe(404);
    const followed = await post(
      `/families/${own.id}/rules/reports/${targetIds.report}`,
      { familyId: own.id, reportId: targetIds.report },
      new URLSearchParams({ text: "outsider" }),
      "families.$familyId.rules.reports.$reportId.tsx",
    );
    expect(followed.status).toBe(404);
    const reported = await post(
      `/families/${own.id}/rules/${targetIds.rule}/report`,
      { familyId: own.id, ruleId: targetIds.rule },
      new URLSearchParams({
        kind: "BROKEN",
        whatHappened: "outsider",
        happenedOn: "2026-01-01",
      }),
      "families.$familyId.rules.$ruleId.report.tsx",
      own.people[1].id,
    );
    expect(reported.status).toBe(404);
    expect(await db.ruleComment.count({ where: { ruleId: targetIds.rule } })).toBe(1);
    expect(await db.ruleReport.count({ where: { ruleId: targetIds.rule } })).toBe(1);
  });

  it("cannot reach the other family's contact plans, diary, shared resources or adviser choices", async () => {
    const ownParent = own.people[1].id;
    const withdrawn = await post(
      `/families/${own.id}/share`,
      { familyId: own.id },
      new URLSearchParams({ intent: "withdraw", id: targetIds.shared }),
      "families.$familyId.share.tsx",
    );
    expect(withdrawn.status).toBe(404);
    const chosen = await post(
      `/families/${own.id}/advisers`,
      { familyId: own.id },
      new URLSearchParams([
        ["membershipId", targetIds.adviserMembership],
        ["revision", "1"],
        ["areas", "plan"],
      ]),
      "families.$familyId.advisers.tsx",
      ownParent,
    );
    expect(chosen.status).toBe(404);
    const contact = await post(
      `/families/${own.id}/kinship/contact/${targetIds.arrangement}`,
      { familyId: own.id, arrangementId: targetIds.arrangement },
      new URLSearchParams({
        who: "outsider",
        whenText: "now",
        place: "here",
        supervised: "no",
        baseVersion: "1",
      }),
      "families.$familyId.kinship.contact.$arrangementId.tsx",
    );
    expect(contact.status).toBe(404);
    const diary = await post(
      `/families/${own.id}/kinship/diary/${targetIds.entry}`,
      { familyId: own.id, entryId: targetIds.entry },
      new URLSearchParams({
        day: "2026-11-02",
        text: "outsider",
        baseVersion: "1",
      }),
      "families.$familyId.kinship.diary.$entryId.tsx",
      own.people[2].id,
    );
    expect(diary.status).toBe(404);
    for (const outcome of [withdrawn, chosen, contact, diary]) expectNoSecrets(outcome.body);
    expect(
      await db.sharedResource.count({
        where: { id: targetIds.shared, withdrawnAt: null },
      }),
    ).toBe(1);
    expect(
      await db.adviserView.findUniqueOrThrow({
        where: { membershipId: targetIds.adviserMembership },
      }),
    ).toMatchObject({ plan: false, revision: 1 });
    expect(
      await db.contactArrangementVersion.count({
        where: { arrangementId: targetIds.arrangement },
      }),
    ).toBe(1);
    expect(await db.diaryEntryVersion.count({ where: { entryId: targetIds.entry } })).toBe(1);
  });

  it("cannot reach the other family's meeting, paper or members through its own family", async () => {
    const ownMeeting = await db.meeting.create({
      data: {
        familyId: own.id,
        kind: "CORE_GROUP",
        startsAt: new Date(Date.now() + 5 * 86_400_000),
        endsAt: new Date(Date.now() + 5 * 86_400_000 + 3_600_000),
        place: "Own hall",
        calendarUid: `own-${randomUUID()}@safety-circle`,
        createdById: outsider().id,
        invites: { create: [{ personId: own.people[1].id }] },
      },
    });
    const file = "families.$familyId.meetings.$meetingId._index.tsx";
    const marked = await post(
      `/families/${own.id}/meetings/${ownMeeting.id}`,
      { familyId: own.id, meetingId: ownMeeting.id },
      new URLSearchParams({ intent: "mark", paperId: targetIds.paper, received: "no" }),
      file,
      own.people[1].id,
    );
    expect(marked.status).toBe(404);
    expect(await db.meetingPaperMark.count({ where: { paperId: targetIds.paper } })).toBe(0);
    // What was decided: neither answered nor recorded through the caller's own family.
    const answered = await post(
      `/families/${own.id}/meetings/${targetIds.meeting}`,
      { familyId: own.id, meetingId: targetIds.meeting },
      new URLSearchParams({ intent: "answerOutcome", heard: "same", words: "" }),
      file,
      own.people[1].id,
    );
    expect(answered.status).toBe(404);
    const recorded = await post(
      `/families/${own.id}/meetings/${targetIds.meeting}/outcome`,
      { familyId: own.id, meetingId: targetIds.meeting },
      new URLSearchParams({ version: "1", decision: "PLAN_ENDS", disagreed: "", planChanges: "" }),
      "families.$familyId.meetings.$meetingId.outcome.tsx",
    );
    expect(recorded.status).toBe(404);
    expect(await db.meetingOutcome.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.meetingOutcomeAnswer.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    // The other family's paper section: not marked, answered or changed through one's own meeting.
    const paperPath = `/families/${own.id}/meetings/${ownMeeting.id}/papers/${targetIds.paper}`;
    const paperParams = { familyId: own.id, meetingId: ownMeeting.id, paperId: targetIds.paper };
    const paperFile = "families.$familyId.meetings.$meetingId.papers.$paperId._index.tsx";
    const sectionMarked = await post(
      paperPath,
      paperParams,
      new URLSearchParams({
        intent: "markSection",
        sectionId: targetIds.section,
        whatIsWrong: "outsider",
        shouldSay: "outsider",
      }),
      paperFile,
      own.people[1].id,
    );
    expect(sectionMarked.status).toBe(404);
    const markAnswered = await post(
      paperPath,
      paperParams,
      new URLSearchParams({
        intent: "answerMark",
        markId: targetIds.openSectionMark,
        answer: "NOT_AGREED",
        reason: "outsider",
      }),
      paperFile,
    );
    expect(markAnswered.status).toBe(404);
    const edited = await post(
      `${paperPath}/sections/${targetIds.section}/edit`,
      { ...paperParams, sectionId: targetIds.section },
      new URLSearchParams({
        heading: "outsider",
        reportWords: "outsider",
        plainWords: "outsider",
        baseVersion: "1",
      }),
      "families.$familyId.meetings.$meetingId.papers.$paperId.sections.$sectionId.edit.tsx",
    );
    expect(edited.status).toBe(404);
    expect(await db.paperSectionMark.count({ where: { sectionId: targetIds.section } })).toBe(2);
    expect(
      (await db.paperSectionMark.findUniqueOrThrow({ where: { id: targetIds.openSectionMark } })).status,
    ).toBe("OPEN");
    expect(await db.paperSectionVersion.count({ where: { sectionId: targetIds.section } })).toBe(1);
    const moved = await post(
      `/families/${own.id}/meetings/${targetIds.meeting}/change`,
      { familyId: own.id, meetingId: targetIds.meeting },
      new URLSearchParams({ intent: "cancel", sequence: "0" }),
      "families.$familyId.meetings.$meetingId.change.tsx",
    );
    expect(moved.status).toBe(404);
    const booked = await post(
      `/families/${own.id}/meetings/new`,
      { familyId: own.id },
      new URLSearchParams({
        kind: "CORE_GROUP",
        date: "2027-06-01",
        start: "10:00",
        end: "11:00",
        place: "Hall",
        onlineLink: "",
        invitee: target.people.parent.id,
      }),
      "families.$familyId.meetings.new.tsx",
    );
    expect(booked.status).toBe(400);
    expect(booked.body).toContain("invitees.unknown");
    expectNoSecrets(booked.body);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: targetIds.meeting } })).status).toBe(
      "SCHEDULED",
    );
    expect(await db.meetingReply.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.meetingNote.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.meetingFamilyReport.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.meetingPaper.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
  });

  it("cannot name the other family's member as who does an action in its own plan", async () => {
    const draft = await db.planDraft.findUniqueOrThrow({
      where: { familyId: own.id },
      select: { revision: true },
    });
    const form = new URLSearchParams([
      ["revision", String(draft.revision)],
      ["intent", "save"],
      ["level", "CHILD_PROTECTION"],
      ["worries[0].id", ownIds.worry],
      ["worries[0].professional", "p"],
      ["worries[0].plain", "p"],
      ["actions[0].id", "aaaabbbbcccc"],
      ["actions[0].what", "Visit"],
      ["actions[0].whoMembershipId", target.people.parent.membershipId],
    ]);
    const outcome = await post(
      `/families/${own.id}/plan/draft`,
      { familyId: own.id },
      form,
      "families.$familyId.plan.draft.tsx",
    );
    expect(outcome.status).toBe(400);
    expect(outcome.body).toContain("plan.action.who.unknown");
    expectNoSecrets(outcome.body);
    expect(
      JSON.stringify((await db.planDraft.findUniqueOrThrow({ where: { familyId: own.id } })).content),
    ).not.toContain(target.people.parent.membershipId);
  });
});

describe("another family's commitment, through the caller's own family", () => {
  it("cannot be read, accepted, checked in, ended or changed", async () => {
    const own_ = { familyId: own.id, commitmentId: targetIds.commitment };
    const detail =
      (await import("../../app/routes/families.$familyId.commitments.$commitmentId._index")) as RouteModule;
    const edit =
      (await import("../../app/routes/families.$familyId.commitments.$commitmentId.edit")) as RouteModule;
    const before = await db.commitment.findUniqueOrThrow({ where: { id: targetIds.commitment } });
    const cookie = await cookieFor(outsider().id);
    const path = `/families/${own.id}/commitments/${targetIds.commitment}`;
    const read = await answerText(() =>
      detail.loader!({
        request: request(path, { cookie, requestId: `mixed-${randomUUID()}` }),
        params: own_,
        context: {},
      }),
    );
    expect(read.status).toBe(404);
    for (const form of attackForms().slice(-5, -1)) {
      // 404 for the id, 403 where a practitioner has no such right at all (checking in, changing),
      // or 400 for an intent the page does not take (the intent table answers before any id is read).
      const outcome = await answerText(() =>
        detail.action!({
          request: request(path, { cookie, form, requestId: `mixed-${randomUUID()}` }),
          params: own_,
          context: {},
        }),
      );
      expect([400, 403, 404]).toContain(outcome.status);
      expectNoSecrets(outcome.body);
      const changed = await answerText(() =>
        edit.action!({
          request: request(`${path}/edit`, { cookie, form, requestId: `mixed-${randomUUID()}` }),
          params: own_,
          context: {},
        }),
      );
      expect([403, 404]).toContain(changed.status);
      expectNoSecrets(changed.body);
    }
    const row = await db.commitment.findUniqueOrThrow({ where: { id: targetIds.commitment } });
    expect([row.status, row.revision]).toEqual(["ACTIVE", before.revision]);
    expect(await db.commitmentCheckIn.count({ where: { commitmentId: targetIds.commitment } })).toBe(1);
  });
});

// An adviser sees only the parts of the family's space the family shows them (adviserAreas).
// For each part, an adviser with just that part hidden asks for every route's loader data (what
// `?_data=` returns and what the page is drawn from); nothing of the hidden part may come back,
// however another part links to it. Each part holds its own marker words and ids.
describe("an adviser with one part of the family's space hidden", () => {
  const initialConference = "2026-02-11";
  const markers: Record<AdviserArea, string[]> = {
    plan: ["Plumbago", meetingFormatter("en").isoDay(firstReviewDue(initialConference))],
    rules: ["Rhodolite"],
    meetings: ["Mizzenmast"],
    network: ["Nettlebed"],
  };
  // No adviser may see commitments at all, whatever the family shows.
  const never = ["Cobnut"];
  let advised: FamilyWithEverything;
  let advisedValues: Record<string, string>;
  const adviserWithout = {} as Record<AdviserArea, { id: string; membershipId: string }>;

  beforeAll(async () => {
    // Each part holds its own word; names and the rest hold "Advised", which any adviser may see.
    advised = await createFamilyWithEverything({
      marker: "Advised",
      markers: {
        plan: markers.plan[0],
        rules: markers.rules[0],
        meetings: markers.meetings[0],
        network: markers.network[0],
        commitments: never[0],
      },
      plan: () => ({ initialConferenceDate: initialConference }),
      // The family's own adviser is the one without the plan; one more adviser per other part.
      adviserSees: adviserAreas.filter((area) => area !== "plan"),
    });
    const { parent, carer, adviser } = advised.people;
    adviserWithout.plan = adviser;
    const advisers = [adviser];
    for (const area of adviserAreas.filter((other) => other !== "plan")) {
      const person = await createPerson({ name: `Adviser without ${area}` });
      const membership = await db.membership.create({
        data: { familyId: advised.id, personId: person.id, role: "ADVISER" },
        select: { id: true },
      });
      const added = { ...person, membershipId: membership.id, role: "ADVISER" as const };
      const shown = adviserAreas.filter((other) => other !== area);
      const chosen = await setAdviserView({
        access: advised.accessFor(parent),
        membershipId: membership.id,
        revision: 0,
        areas: shown,
        request: new Request("http://localhost/sweep-setup"),
      });
      expect(chosen).toEqual({ ok: true });
      adviserWithout[area] = added;
      advisers.push(added);
    }
    // Every adviser is asked to the meeting, as the family's own adviser is.
    await db.meetingInvite.createMany({
      data: advisers.slice(1).map((person) => ({ meetingId: advised.ids.meeting, personId: person.id })),
    });
    markers.plan.push(advised.ids.worry, advised.ids.goal);
    markers.rules.push(advised.ids.rule, advised.ids.report);
    markers.meetings.push(advised.ids.meeting);
    markers.network.push(...advised.secrets.filter((secret) => /^\d/.test(secret)));
    // A diary entry every adviser was chosen to read: theirs to see, so it holds no marker.
    const entry = await createDiaryEntry({
      access: advised.accessFor(carer),
      input: {
        day: "2026-11-01",
        text: "Diary words for the advisers",
        readers: advisers.map((one) => one.id),
      },
      request: new Request("http://localhost/sweep-setup"),
    });
    // Seen long ago, so the home page shows what is new since.
    await db.familyVisit.createMany({
      data: advisers.map((one) => ({
        familyId: advised.id,
        personId: one.id,
        seenAt: new Date("2020-01-01T00:00:00Z"),
      })),
    });
    advisedValues = {
      familyId: advised.id,
      itemId: advised.ids.worry,
      ruleId: advised.ids.rule,
      reportId: advised.ids.report,
      arrangementId: advised.ids.arrangement,
      entryId: entry,
      questionId: advised.ids.question,
      meetingId: advised.ids.meeting,
      paperId: advised.ids.paper,
      sectionId: advised.ids.section,
      commitmentId: advised.ids.commitment,
      token: "A".repeat(43),
      lng: "en",
    };
  });

  const loaderData = async (personId: string, name: string, module: RouteModule) =>
    answerText(async () =>
      module.loader!({
        request: request(`${urlFor(name, advisedValues)}?_data=${encodeURIComponent(`routes/${name}`)}`, {
          cookie: await cookieFor(personId),
          requestId: `adviser-${randomUUID()}`,
        }),
        params: paramsOf(name, advisedValues),
        context: {},
      }),
    );

  describe.each(adviserAreas)("with %s hidden", (area) => {
    it.each(routes.filter((route) => route.module.loader).map((route) => [route.name, route] as const))(
      "%s: the loader data holds nothing of the hidden part",
      async (_name, route) => {
        const outcome = await loaderData(adviserWithout[area].id, route.name, route.module);
        for (const marker of [...markers[area], ...never])
          expect(outcome.body, `${route.name} shows ${marker}`).not.toContain(marker);
      },
    );

    it("still sees the parts the family shows", async () => {
      const pages: Record<AdviserArea, string> = {
        plan: "families.$familyId.plan._index",
        rules: "families.$familyId.rules.$ruleId._index",
        meetings: "families.$familyId.meetings.$meetingId._index",
        network: "families.$familyId.network._index",
      };
      for (const shown of adviserAreas.filter((other) => other !== area)) {
        const route = routes.find((candidate) => candidate.name === pages[shown])!;
        const outcome = await loaderData(adviserWithout[area].id, route.name, route.module);
        expect(outcome.status).toBe(200);
        expect(outcome.body).toContain(markers[shown][0]);
      }
    });
  });

  it("the family home asks for each part before showing its summary", async () => {
    const home = routes.find((route) => route.name === "families.$familyId._index")!;
    // The sweep above has been home already: make it a return after a long time away.
    await db.familyVisit.updateMany({
      where: { familyId: advised.id },
      data: { seenAt: new Date("2020-01-01T00:00:00Z") },
    });
    const read = async (area: AdviserArea) =>
      JSON.parse((await loaderData(adviserWithout[area].id, home.name, home.module)).body) as Record<
        string,
        unknown
      > & { whatsNew: { versions: number[] } | null };
    const [withoutPlan, withoutRules, withoutMeetings] = [
      await read("plan"),
      await read("rules"),
      await read("meetings"),
    ];
    expect(withoutPlan.whatsNew?.versions).toEqual([]);
    expect(withoutPlan.canSeePlan).toBe(false);
    expect(withoutRules.whatsNew?.versions).toEqual([1, 2]);
    expect(withoutRules.rules).toBeNull();
    expect(withoutPlan.rules).not.toBeNull();
    expect(withoutMeetings.nextMeeting).toBeNull();
    expect(withoutPlan.nextMeeting).toMatchObject({ kind: "CORE_GROUP" });
    expect(withoutPlan.commitments).toBeNull();
  });
});

describe("the sweep itself", () => {
  it("finds the family routes, and reads folder routes too", () => {
    expect(routes.filter((route) => route.name.includes("$familyId")).length).toBeGreaterThanOrEqual(7);
    expect(urlFor("families.$familyId.network.invite", { familyId: "abc" })).toBe(
      "/families/abc/network/invite",
    );
    const dir = mkdtempSync(join(tmpdir(), "routes-"));
    mkdirSync(join(dir, "families.$familyId.example"));
    writeFileSync(join(dir, "families.$familyId.example", "route.tsx"), "");
    mkdirSync(join(dir, "not-a-route"));
    writeFileSync(join(dir, "sign-in._index.tsx"), "");
    expect(discoverRoutes(dir).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      {
        name: "families.$familyId.example",
        path: "families.$familyId.example/route.tsx",
      },
      { name: "sign-in._index", path: "sign-in._index.tsx" },
    ]);
    expect(urlFor("families.$familyId.example", { familyId: "abc" })).toBe("/families/abc/example");
  });

  it("the other family's data is really there, so a refusal is not just missing data", async () => {
    expect(await db.planVersion.count({ where: { familyId: target.id } })).toBe(2);
    expect(await db.planDraft.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.itemView.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.correctionRequest.count({ where: { familyId: target.id } })).toBe(1);
    expect(
      await db.invitation.count({
        where: { familyId: target.id, status: "PENDING" },
      }),
    ).toBe(1);
    expect(
      await db.contactArrangementVersion.count({
        where: { familyId: target.id },
      }),
    ).toBe(1);
    expect(await db.diaryEntryVersion.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.sharedResource.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.adviserViewChange.count({ where: { familyId: target.id } })).toBe(1);
    expect(
      JSON.stringify(await db.planDraft.findUniqueOrThrow({ where: { familyId: target.id } })),
    ).toContain("Xylocarp draft only words");
    expect(await db.contactSharing.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.commitment.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.commitmentCheckIn.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.meetingNote.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.meetingFamilyReport.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.meetingPaper.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.meetingOutcome.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.meetingOutcomeAnswer.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.ruleVersion.count({ where: { familyId: target.id } })).toBe(2);
    expect(await db.ruleReport.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.ruleReportFollowUp.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.ruleComment.count({ where: { familyId: target.id } })).toBe(1);
  });

  it("leaves the other family's rules untouched: no new version, answer, comment, report or follow-up", async () => {
    expect((await db.rule.findUniqueOrThrow({ where: { id: targetIds.rule } })).retiredAt).toBeNull();
    expect(await ruleRowCounts()).toEqual(ruleRowsBefore);
  });

  it("leaves the other family's members untouched", async () => {
    const statuses = await db.membership.findMany({
      where: { familyId: target.id },
      select: { status: true },
    });
    expect(statuses.filter((row) => row.status === "ACTIVE").length).toBe(5);
    expect(statuses.filter((row) => row.status === "PENDING_APPROVAL").length).toBe(1);
  });
});
