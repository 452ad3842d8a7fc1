// For every route in app/routes (read from the folder, flat files and folder routes alike, so
// new routes are covered automatically), a signed-in practitioner from another family calls
// the loader and the action. The target family has everything a route could leak: a
// published plan, a draft, views, scale notes, corrections and invitations, all holding
// words listed in `secrets`. On family routes the refusal must come from the guard (its
// `not-found` audit row for that very request), not from missing data. Routes with no loader
// or no action are reported as skipped, not counted as passes.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { hashToken } from "~/modules/auth/tokens.server";
import { firstReviewDue } from "~/modules/meetings/timescales";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { adviserAreas, type AdviserArea } from "~/modules/permissions/matrix";
import { emptyPlan, type PlanContent } from "~/modules/plan/plan.schema.server";
import { publishDraft, saveDraft } from "~/modules/plan/plan.server";
import { meetingFormatter } from "~/utils/dates.server";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily } from "../factories";

type RouteModule = {
  loader?: (args: unknown) => Promise<unknown>;
  action?: (args: unknown) => Promise<unknown>;
};

/** Flat route files, and folders holding a route.tsx (their name is the route's name). */
function discoverRoutes(dir = "app/routes") {
  return readdirSync(dir).flatMap((entry) => {
    const path = `${dir}/${entry}`;
    if (statSync(path).isDirectory()) {
      const file = ["route.tsx", "route.ts", "route.jsx", "route.js"].find((name) =>
        existsSync(`${path}/${name}`),
      );
      return file ? [{ name: entry, path: `${entry}/${file}` }] : [];
    }
    return /\.(tsx?|jsx?)$/.test(entry) ? [{ name: entry.replace(/\.(tsx?|jsx?)$/, ""), path: entry }] : [];
  });
}

const routes = await Promise.all(
  discoverRoutes().map(async (route) => ({
    ...route,
    module: (await import(`../../app/routes/${route.path}`)) as RouteModule,
  })),
);

/** Remix v2 flat-route name to a URL, with params filled in. */
function urlFor(name: string, params: Record<string, string>) {
  const segments = name
    .split(".")
    .filter((segment) => segment !== "_index" && segment !== "route" && !/^_[^_]/.test(segment))
    .map((segment) => segment.replace(/_$/, ""))
    .map((segment) =>
      segment === "$" ? "anything" : segment.startsWith("$") ? params[segment.slice(1)] : segment,
    );
  return `/${segments.join("/")}`;
}

function paramsOf(name: string, values: Record<string, string>) {
  const names = [...name.matchAll(/\$(\w+)/g)].map((match) => match[1]);
  return Object.fromEntries(
    names
      .map((param) => [param, values[param] ?? "x"])
      .concat(name === "$" || name.endsWith(".$") ? [["*", "anything"]] : []),
  );
}

type Outcome = { status: number; body: string };

async function run(fn: () => Promise<unknown>): Promise<Outcome> {
  let result: unknown;
  try {
    result = await fn();
  } catch (thrown) {
    result = thrown;
  }
  if (result instanceof Response)
    return {
      status: result.status,
      body: result.bodyUsed ? "" : await result.text(),
    };
  if (result && typeof result === "object" && "init" in result && "data" in result) {
    const wrapped = result as { data: unknown; init?: ResponseInit | null };
    return {
      status: wrapped.init?.status ?? 200,
      body: JSON.stringify(wrapped.data),
    };
  }
  if (result instanceof Error) throw result;
  return { status: 200, body: JSON.stringify(result ?? null) };
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

/** A rule in two versions, answers, a comment, a report and its follow-up, all holding the marker. */
async function giveRules(
  familyId: string,
  people: Record<"parent" | "carer" | "worker", { id: string; membershipId: string }>,
  worryId: string,
  marker = "Xylocarp",
) {
  const rule = await db.rule.create({
    data: { familyId, revision: 2, createdById: people.parent.id },
    select: { id: true },
  });
  for (const number of [1, 2]) {
    const version = await db.ruleVersion.create({
      data: {
        ruleId: rule.id,
        familyId,
        number,
        text: `${marker} rule words ${number}`,
        worryId,
        warningSigns: `${marker} warning`,
        ifBroken: `${marker} if broken`,
        whoToCall: `${marker} who to call`,
        createdById: people.parent.id,
      },
      select: { id: true },
    });
    await db.rulePerson.createMany({
      data: [
        {
          versionId: version.id,
          familyId,
          membershipId: people.parent.membershipId,
          kind: "INVOLVED",
        },
        {
          versionId: version.id,
          familyId,
          membershipId: people.carer.membershipId,
          kind: "CHECKER",
        },
      ],
    });
    await db.ruleAgreement.create({
      data: {
        versionId: version.id,
        ruleId: rule.id,
        familyId,
        membershipId: people.parent.membershipId,
        answer: "DISAGREE",
        reason: `${marker} reason`,
      },
    });
  }
  await db.ruleComment.create({
    data: {
      ruleId: rule.id,
      familyId,
      personId: people.carer.id,
      text: `${marker} comment`,
    },
  });
  const report = await db.ruleReport.create({
    data: {
      ruleId: rule.id,
      familyId,
      versionNumber: 2,
      kind: "BROKEN",
      whatHappened: `${marker} what happened`,
      happenedOn: "2026-11-01",
      happenedAt: "",
      reporterId: people.carer.id,
    },
    select: { id: true },
  });
  await db.ruleReportFollowUp.create({
    data: {
      reportId: report.id,
      familyId,
      personId: people.worker.id,
      text: `${marker} follow-up`,
    },
  });
  return { rule: rule.id, report: report.id };
}

let target: Awaited<ReturnType<typeof createFamily>>;
let targetIds: {
  worry: string;
  goal: string;
  correction: string;
  invitation: string;
  pendingMembership: string;
  rule: string;
  report: string;
  arrangement: string;
  entry: string;
  shared: string;
  adviserMembership: string;
  meeting: string;
  paper: string;
  commitment: string;
};
let own: Awaited<ReturnType<typeof createFamily>>;
let ownIds: { worry: string; goal: string };
const secretWords: string[] = [];
const targetToken = "T".repeat(43);

beforeAll(async () => {
  target = await createFamily({
    name: "Zephyrine Target Family",
    childName: "Quillonia",
    members: [
      { role: "PARENT", name: "Parent Marwick" },
      { role: "NETWORK_MEMBER", name: "Network Thistlewood" },
      { role: "KINSHIP_CARER", name: "Carer Oakhampton" },
      { role: "ADVISER", name: "Adviser Brindlecombe" },
      { role: "PRACTITIONER", name: "Practitioner Falconbridge" },
      { role: "NETWORK_MEMBER", name: "Pending Wolstenholme" },
    ],
  });
  const [parent, , , , worker, pending] = target.people;
  await db.membership.update({
    where: { id: pending.membershipId },
    data: { status: "PENDING_APPROVAL" },
  });
  const plan = await givePlan(target.id, worker, "Xylocarp");
  const view = await db.itemView.create({
    data: {
      familyId: target.id,
      itemId: plan.worry,
      personId: parent.id,
      stance: "DISAGREE",
      words: "Xylocarp view words",
      shared: true,
      version: 1,
    },
  });
  await db.scaleScore.create({
    data: {
      familyId: target.id,
      personId: parent.id,
      role: "PARENT",
      score: 3,
      note: "Xylocarp scale note",
    },
  });
  const correction = await db.correctionRequest.create({
    data: {
      familyId: target.id,
      itemId: plan.worry,
      version: 1,
      personId: parent.id,
      whatIsWrong: "Xylocarp what is wrong",
      shouldSay: "Xylocarp should say",
    },
  });
  const invitation = await db.invitation.create({
    data: {
      familyId: target.id,
      email: "xylocarp.invitee@test.example",
      name: "Xylocarp Invitee",
      role: "ADVISER",
      tokenHash: hashToken(targetToken),
      invitedById: worker.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const rules = await giveRules(target.id, { parent, carer: target.people[2], worker }, plan.worry);
  // A contact arrangement, a diary entry shared with a reader, a shared resource, and
  // the family's choice of what its adviser sees.
  const [, network, carer, adviser] = target.people;
  const arrangement = await db.contactArrangement.create({
    data: { familyId: target.id, createdById: carer.id },
  });
  await db.contactArrangementVersion.create({
    data: {
      arrangementId: arrangement.id,
      familyId: target.id,
      version: 1,
      who: "Xylocarp visitor",
      whenText: "Xylocarp Tuesdays",
      place: "Xylocarp centre",
      supervised: true,
      supervisor: "Xylocarp worker",
      ownSteps: "Xylocarp steps",
      authorId: carer.id,
    },
  });
  const entry = await db.diaryEntry.create({
    data: { familyId: target.id, authorId: carer.id },
  });
  await db.diaryEntryVersion.create({
    data: {
      entryId: entry.id,
      familyId: target.id,
      version: 1,
      day: "2026-11-01",
      text: "Xylocarp diary words",
    },
  });
  await db.diaryReader.create({
    data: { entryId: entry.id, familyId: target.id, personId: network.id },
  });
  const shared = await db.sharedResource.create({
    data: {
      familyId: target.id,
      sharedById: adviser.id,
      kind: "LINK",
      ref: "https://xylocarp.example/",
      title: "Xylocarp link",
      note: "Xylocarp note",
    },
  });
  await db.adviserView.create({
    data: {
      familyId: target.id,
      membershipId: adviser.membershipId,
      rules: true,
      changedById: parent.id,
    },
  });
  await db.adviserViewChange.create({
    data: {
      familyId: target.id,
      membershipId: adviser.membershipId,
      plan: false,
      rules: true,
      meetings: false,
      network: false,
      changedById: parent.id,
    },
  });
  // The network's rows: shared contact details and an agreed commitment with a check-in.
  const networkMember = target.people[1];
  await db.contactSharing.create({
    data: {
      familyId: target.id,
      membershipId: networkMember.membershipId,
      phone: "07700 900999",
      email: "xylocarp.phone@test.example",
      address: "Xylocarp Lane",
      phoneAudience: "FAMILY",
      emailAudience: "PRACTITIONER",
      addressAudience: "FAMILY",
      changedById: networkMember.id,
    },
  });
  const commitment = await db.commitment.create({
    data: {
      familyId: target.id,
      membershipId: networkMember.membershipId,
      kind: "VISITS",
      words: "Xylocarp commitment words",
      slots: JSON.stringify([{ day: 2, start: "18:00", end: "20:00" }]),
      startDate: "2026-01-01",
      status: "ACTIVE",
      statusReason: "Xylocarp reason",
      activeSince: new Date(Date.now() - 20 * 86_400_000),
      familyAcceptedById: parent.id,
      practitionerAcceptedById: worker.id,
      updatedById: networkMember.id,
    },
  });
  await db.commitmentVersion.create({
    data: {
      commitmentId: commitment.id,
      familyId: target.id,
      revision: 1,
      change: "offered",
      kind: "VISITS",
      words: "Xylocarp commitment words",
      slots: commitment.slots,
      startDate: "2026-01-01",
      status: "OFFERED",
      changedById: networkMember.id,
    },
  });
  await db.commitmentCheckIn.create({
    data: {
      familyId: target.id,
      commitmentId: commitment.id,
      occurrence: "2026-01-06T18:00",
      outcome: "DONE",
      note: "Xylocarp check-in note",
      personId: networkMember.id,
    },
  });
  const meeting = await db.meeting.create({
    data: {
      familyId: target.id,
      kind: "CORE_GROUP",
      startsAt: new Date(Date.now() + 5 * 86_400_000),
      endsAt: new Date(Date.now() + 5 * 86_400_000 + 3_600_000),
      place: "Xylocarp meeting hall",
      calendarUid: "xylocarp-uid@safety-circle",
      createdById: worker.id,
      invites: { create: [{ personId: parent.id }, { personId: worker.id }] },
      changes: {
        create: {
          personId: worker.id,
          what: "BOOKED",
          status: "SCHEDULED",
          startsAt: new Date(),
          endsAt: new Date(),
          place: "Xylocarp first hall",
          onlineLink: "",
        },
      },
      replies: { create: { personId: parent.id, answer: "NOT_SURE" } },
      notes: { create: { personId: parent.id, words: "Xylocarp meeting note", shared: true } },
      papers: {
        create: { kind: "REPORT", title: "Xylocarp report", dueOn: "2026-01-01", createdById: worker.id },
      },
    },
    select: { id: true, papers: { select: { id: true } } },
  });
  targetIds = {
    ...plan,
    correction: correction.id,
    invitation: invitation.id,
    pendingMembership: pending.membershipId,
    ...rules,
    arrangement: arrangement.id,
    entry: entry.id,
    shared: shared.id,
    adviserMembership: adviser.membershipId,
    meeting: meeting.id,
    paper: meeting.papers[0].id,
    commitment: commitment.id,
  };
  // Ids the sweep itself posts (memberships, correction, invitation) may be echoed back in a
  // form's answer; those never seen by the caller must not appear.
  secretWords.push("Xylocarp", view.id, "07700 900999");

  // The outsider is a practitioner, the widest role, in a family of their own with its own plan.
  own = await createFamily({
    members: [
      { role: "PRACTITIONER", name: "Outsider Worker" },
      { role: "PARENT", name: "Outsider Parent" },
      { role: "KINSHIP_CARER", name: "Outsider Carer" },
    ],
  });
  ownIds = await givePlan(own.id, own.people[0], "Ownfamily");
});

const outsider = () => own.people[0];
const secrets = () => [
  target.name,
  target.childName,
  ...target.people.flatMap((person) => [person.name, person.email]),
  ...secretWords,
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
  meetingId: targetIds.meeting,
  commitmentId: targetIds.commitment,
  token: "A".repeat(43),
  lng: "en",
});

/** Forms that would do harm if the guard let them through: ids and words of the target family. */
const attackForms = () => [
  new URLSearchParams(),
  new URLSearchParams({ intent: "remove", id: target.people[0].membershipId }),
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
    invitee: target.people[0].id,
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

describe.each(routes)("$name, for someone from another family", ({ name, module }) => {
  const isFamilyRoute = name.includes("$familyId");

  it.skipIf(!module.loader)("loader: refused by the guard, with none of the family's data", async () => {
    const requestId = `sweep-${randomUUID()}`;
    const outcome = await run(async () =>
      module.loader!({
        request: request(urlFor(name, values()), {
          cookie: await cookieFor(outsider().id),
          requestId,
        }),
        params: paramsOf(name, values()),
        context: {},
      }),
    );
    if (isFamilyRoute) {
      expect(outcome.status).toBe(404);
      expect(await guardRefusals(requestId)).toBeGreaterThanOrEqual(1);
    }
    expectNoSecrets(outcome.body);
  });

  it.skipIf(!module.action)("action: refused by the guard, with none of the family's data", async () => {
    for (const form of attackForms()) {
      const requestId = `sweep-${randomUUID()}`;
      const outcome = await run(async () =>
        module.action!({
          request: request(urlFor(name, values()), {
            cookie: await cookieFor(outsider().id),
            form,
            requestId,
          }),
          params: paramsOf(name, values()),
          context: {},
        }),
      );
      if (isFamilyRoute) {
        expect(outcome.status).toBe(404);
        expect(await guardRefusals(requestId)).toBeGreaterThanOrEqual(1);
      }
      expectNoSecrets(outcome.body);
    }
  });
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
    return run(async () =>
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
          where: { id: target.people[0].membershipId },
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
        invitee: target.people[0].id,
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
      ["worries.id", ownIds.worry],
      [`worries.${ownIds.worry}.professional`, "p"],
      [`worries.${ownIds.worry}.plain`, "p"],
      ["actions.id", "aaaabbbbcccc"],
      ["actions.aaaabbbbcccc.what", "Visit"],
      ["actions.aaaabbbbcccc.whoMembershipId", target.people[0].membershipId],
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
    ).not.toContain(target.people[0].membershipId);
  });
});

describe("another family's commitment, through the caller's own family", () => {
  it("cannot be read, accepted, checked in, ended or changed", async () => {
    const own_ = { familyId: own.id, commitmentId: targetIds.commitment };
    const detail =
      (await import("../../app/routes/families.$familyId.commitments.$commitmentId._index")) as RouteModule;
    const edit =
      (await import("../../app/routes/families.$familyId.commitments.$commitmentId.edit")) as RouteModule;
    const cookie = await cookieFor(outsider().id);
    const path = `/families/${own.id}/commitments/${targetIds.commitment}`;
    const read = await run(() =>
      detail.loader!({
        request: request(path, { cookie, requestId: `mixed-${randomUUID()}` }),
        params: own_,
        context: {},
      }),
    );
    expect(read.status).toBe(404);
    for (const form of attackForms().slice(-5, -1)) {
      // 404 for the id, or 403 where a practitioner has no such right at all (checking in, changing).
      const outcome = await run(() =>
        detail.action!({
          request: request(path, { cookie, form, requestId: `mixed-${randomUUID()}` }),
          params: own_,
          context: {},
        }),
      );
      expect([403, 404]).toContain(outcome.status);
      expectNoSecrets(outcome.body);
      const changed = await run(() =>
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
    expect([row.status, row.revision]).toEqual(["ACTIVE", 1]);
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
  let advised: Awaited<ReturnType<typeof createFamily>>;
  let advisedValues: Record<string, string>;
  const adviserWithout = {} as Record<AdviserArea, { id: string; membershipId: string }>;

  beforeAll(async () => {
    advised = await createFamily({
      members: [
        { role: "PARENT", name: "Advised Parent", relationship: "Nettlebed mum" },
        { role: "KINSHIP_CARER", name: "Advised Carer", relationship: "Nettlebed nan" },
        { role: "NETWORK_MEMBER", name: "Advised Friend", relationship: "Nettlebed friend" },
        { role: "PRACTITIONER", name: "Advised Worker" },
        ...adviserAreas.map((area) => ({ role: "ADVISER" as const, name: `Adviser without ${area}` })),
      ],
    });
    const [parent, carer, friend, worker, ...advisers] = advised.people;
    const plan = await givePlan(advised.id, worker, "Plumbago", { initialConferenceDate: initialConference });
    await db.itemView.create({
      data: {
        familyId: advised.id,
        itemId: plan.worry,
        personId: parent.id,
        stance: "DISAGREE",
        words: "Plumbago view words",
        shared: true,
        version: 1,
      },
    });
    await db.scaleScore.create({
      data: {
        familyId: advised.id,
        personId: parent.id,
        role: "PARENT",
        score: 4,
        note: "Plumbago scale note",
      },
    });
    await db.correctionRequest.create({
      data: {
        familyId: advised.id,
        itemId: plan.worry,
        version: 1,
        personId: parent.id,
        whatIsWrong: "Plumbago what is wrong",
        shouldSay: "Plumbago should say",
      },
    });
    const rules = await giveRules(advised.id, { parent, carer, worker }, plan.worry, "Rhodolite");
    const meeting = await db.meeting.create({
      data: {
        familyId: advised.id,
        kind: "CORE_GROUP",
        startsAt: new Date(Date.now() + 5 * 86_400_000),
        endsAt: new Date(Date.now() + 5 * 86_400_000 + 3_600_000),
        place: "Mizzenmast hall",
        onlineLink: "https://mizzenmast.example/room",
        calendarUid: `mizzenmast-${randomUUID()}@safety-circle`,
        createdById: worker.id,
        invites: { create: [parent, worker, ...advisers].map((person) => ({ personId: person.id })) },
        notes: { create: { personId: parent.id, words: "Mizzenmast meeting note", shared: true } },
        papers: {
          create: { kind: "REPORT", title: "Mizzenmast report", dueOn: "2026-01-01", createdById: worker.id },
        },
      },
      select: { id: true },
    });
    markers.plan.push(plan.worry, plan.goal);
    markers.rules.push(rules.rule, rules.report);
    markers.meetings.push(meeting.id);
    await db.contactSharing.create({
      data: {
        familyId: advised.id,
        membershipId: friend.membershipId,
        phone: "07700 900123",
        email: "nettlebed.friend@test.example",
        address: "Nettlebed Lane",
        phoneAudience: "FAMILY",
        emailAudience: "FAMILY",
        addressAudience: "FAMILY",
        changedById: friend.id,
      },
    });
    markers.network.push("07700 900123");
    const commitment = await db.commitment.create({
      data: {
        familyId: advised.id,
        membershipId: friend.membershipId,
        kind: "VISITS",
        words: "Cobnut commitment words",
        slots: JSON.stringify([{ day: 2, start: "18:00", end: "20:00" }]),
        startDate: "2026-01-01",
        status: "ACTIVE",
        activeSince: new Date(Date.now() - 20 * 86_400_000),
        familyAcceptedById: parent.id,
        practitionerAcceptedById: worker.id,
        updatedById: friend.id,
      },
    });
    await db.commitmentCheckIn.create({
      data: {
        familyId: advised.id,
        commitmentId: commitment.id,
        occurrence: "2026-01-06T18:00",
        outcome: "COULD_NOT",
        note: "Cobnut check-in note",
        personId: friend.id,
      },
    });
    // A diary entry every adviser was chosen to read: theirs to see, so it holds no marker.
    const entry = await db.diaryEntry.create({ data: { familyId: advised.id, authorId: carer.id } });
    await db.diaryEntryVersion.create({
      data: {
        entryId: entry.id,
        familyId: advised.id,
        version: 1,
        day: "2026-11-01",
        text: "Diary words for the advisers",
      },
    });
    await db.diaryReader.createMany({
      data: advisers.map((adviser) => ({ entryId: entry.id, familyId: advised.id, personId: adviser.id })),
    });
    for (const [index, area] of adviserAreas.entries()) {
      const adviser = advisers[index];
      adviserWithout[area] = adviser;
      const view = Object.fromEntries(adviserAreas.map((shown) => [shown, shown !== area]));
      await db.adviserView.create({
        data: { familyId: advised.id, membershipId: adviser.membershipId, ...view, changedById: parent.id },
      });
      // Seen long ago, so the home page shows what is new since.
      await db.familyVisit.create({
        data: { familyId: advised.id, personId: adviser.id, seenAt: new Date("2020-01-01T00:00:00Z") },
      });
    }
    advisedValues = {
      familyId: advised.id,
      itemId: plan.worry,
      ruleId: rules.rule,
      reportId: rules.report,
      arrangementId: "x".repeat(25),
      entryId: entry.id,
      meetingId: meeting.id,
      commitmentId: commitment.id,
      token: "A".repeat(43),
      lng: "en",
    };
  });

  const loaderData = async (personId: string, name: string, module: RouteModule) =>
    run(async () =>
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
    expect(withoutRules.whatsNew?.versions).toEqual([1]);
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
    expect(await db.planVersion.count({ where: { familyId: target.id } })).toBe(1);
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
    expect(await db.meetingPaper.count({ where: { meetingId: targetIds.meeting } })).toBe(1);
    expect(await db.ruleVersion.count({ where: { familyId: target.id } })).toBe(2);
    expect(await db.ruleReport.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.ruleReportFollowUp.count({ where: { familyId: target.id } })).toBe(1);
    expect(await db.ruleComment.count({ where: { familyId: target.id } })).toBe(1);
  });

  it("leaves the other family's rules untouched: no new version, answer, comment, report or follow-up", async () => {
    expect((await db.rule.findUniqueOrThrow({ where: { id: targetIds.rule } })).retiredAt).toBeNull();
    expect(await db.ruleVersion.count({ where: { ruleId: targetIds.rule } })).toBe(2);
    expect(await db.ruleAgreement.count({ where: { ruleId: targetIds.rule } })).toBe(2);
    expect(await db.ruleComment.count({ where: { ruleId: targetIds.rule } })).toBe(1);
    expect(await db.ruleReport.count({ where: { ruleId: targetIds.rule } })).toBe(1);
    expect(
      await db.ruleReportFollowUp.count({
        where: { reportId: targetIds.report },
      }),
    ).toBe(1);
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
