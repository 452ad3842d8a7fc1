// Questions between visits, through the routes' loaders and actions as a browser calls them: a
// family member asks the social worker or an adviser, both reply, the asker marks the thread, the
// social worker sees the mark on their caseload; nobody else reads the thread.
import { describe, expect, it } from "vitest";

import { caseload } from "~/modules/caseload/caseload.server";
import { handOver } from "~/modules/family/hand-over.server";
import { familyPeople } from "~/modules/family/people.server";
import { questionsAskedBy } from "~/modules/questions/questions.server";
import { loader as listLoader } from "~/routes/families.$familyId.questions._index";
import {
  action as threadAction,
  loader as threadLoader,
} from "~/routes/families.$familyId.questions.$questionId";
import { action as askAction, loader as askLoader } from "~/routes/families.$familyId.questions.new";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, createStaff, makeRequest } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

const members = [
  { role: "KINSHIP_CARER" as const, name: "Kit Carer" },
  { role: "PARENT" as const, name: "Pat Parent" },
  { role: "NETWORK_MEMBER" as const, name: "Nia Network" },
  { role: "ADVISER" as const, name: "Ada Adviser" },
  { role: "PRACTITIONER" as const, name: "Sol Worker" },
];

type Family = Awaited<ReturnType<typeof createFamily>>;
type Route = (args: never) => Promise<unknown>;

async function familyWithWorker() {
  const family = await createFamily({ members });
  const [carer, parent, network, adviser, worker] = family.people;
  await db.family.update({ where: { id: family.id }, data: { socialWorkerId: worker.id } });
  await db.organisation.updateMany({
    where: { families: { some: { id: family.id } } },
    data: { outOfHoursPhone: "0300 123 4567" },
  });
  return { family, carer, parent, network, adviser, worker };
}

async function get(route: Route, family: Family, personId: string, path: string, params = {}) {
  const cookie = await cookieFor(personId);
  return outcomeOf(() =>
    route({
      request: makeRequest(`/families/${family.id}${path}`, { cookie }),
      params: { familyId: family.id, ...params },
      context: {},
    } as never),
  );
}

async function post(
  route: Route,
  family: Family,
  personId: string,
  path: string,
  form: Record<string, string>,
  params = {},
) {
  const cookie = await cookieFor(personId);
  return outcomeOf(() =>
    route({
      request: makeRequest(`/families/${family.id}${path}`, { cookie, method: "POST", form }),
      params: { familyId: family.id, ...params },
      context: {},
    } as never),
  );
}

const idFrom = (location: string | null | undefined) =>
  /\/questions\/([a-z0-9]+)\?/.exec(location ?? "")![1]!;

// What's new rows about questions (the notices module; the email is its digest).
const noticesFor = (personId: string) =>
  db.notice.count({ where: { personId, event: { startsWith: "question." } } });

async function ask(family: Family, askerId: string, to: string, text: string) {
  const answer = await post(askAction, family, askerId, "/questions/new", { to, text });
  expect(answer.status).toBe(302);
  return idFrom(answer.headers.get("Location"));
}

describe("asking a question", () => {
  it("a kinship carer asks the social worker; the worker answers; each side is told; only the two read it", async () => {
    const { family, carer, parent, network, adviser, worker } = await familyWithWorker();

    const page = await get(askLoader, family, carer.id, "/questions/new");
    expect(page.data).toMatchObject({
      outOfHoursPhone: "0300 123 4567",
      askable: [
        { personId: worker.id, name: "Sol Worker", role: "PRACTITIONER" },
        { personId: adviser.id, name: "Ada Adviser", role: "ADVISER" },
      ],
    });

    const id = await ask(family, carer.id, worker.id, "When can Robin see his mum?");
    expect(await noticesFor(worker.id)).toBe(1);

    const list = await get(listLoader, family, worker.id, "/questions");
    expect(list.data).toMatchObject({
      canAsk: false,
      threads: [{ id, asker: false, otherName: "Kit Carer", firstWords: "When can Robin see his mum?" }],
    });

    const replied = await post(
      threadAction,
      family,
      worker.id,
      `/questions/${id}`,
      { intent: "reply", text: "On Saturday, at the family centre." },
      { questionId: id },
    );
    expect(replied).toRedirectTo(`/families/${family.id}/questions/${id}?done=replied`);
    expect(await noticesFor(carer.id)).toBe(1);

    const thread = await get(threadLoader, family, carer.id, `/questions/${id}`, { questionId: id });
    expect(thread.data).toMatchObject({
      outOfHoursPhone: "0300 123 4567",
      canFlag: true,
      thread: {
        asker: true,
        askedName: "Sol Worker",
        messages: [
          { mine: true, text: "When can Robin see his mum?" },
          { mine: false, authorName: "Sol Worker", text: "On Saturday, at the family centre." },
        ],
      },
    });

    // Anyone else in the family: the thread is not there for them, to read or to write in.
    for (const other of [parent, network, adviser]) {
      const read = await get(threadLoader, family, other.id, `/questions/${id}`, { questionId: id });
      expect(read.status, other.name).toBe(404);
      const write = await post(
        threadAction,
        family,
        other.id,
        `/questions/${id}`,
        { intent: "reply", text: "Me too" },
        { questionId: id },
      );
      expect(write.status, other.name).toBe(404);
      const listed = await get(listLoader, family, other.id, "/questions");
      expect(JSON.stringify(listed.data), other.name).not.toContain("Robin");
    }
    expect(await db.questionMessage.count({ where: { questionId: id } })).toBe(2);
  });

  it("asks an adviser of the family, and only the two of them read it", async () => {
    const { family, parent, adviser, worker } = await familyWithWorker();
    const id = await ask(family, parent.id, adviser.id, "Can you come to the meeting?");
    const byAdviser = await get(threadLoader, family, adviser.id, `/questions/${id}`, { questionId: id });
    expect(byAdviser.status).toBe(200);
    expect(byAdviser.data).toMatchObject({
      canFlag: false,
      thread: { asker: false, askerName: "Pat Parent" },
    });
    const byWorker = await get(threadLoader, family, worker.id, `/questions/${id}`, { questionId: id });
    expect(byWorker.status).toBe(404);
  });

  it("refuses someone who cannot be asked, and an empty question, keeping what was typed", async () => {
    const { family, carer, network } = await familyWithWorker();
    const other = await familyWithWorker();

    const empty = await post(askAction, family, carer.id, "/questions/new", { to: network.id, text: "  " });
    expect(empty).toRefuseWith({ text: "questions:errors.textRequired" });

    for (const to of [network.id, other.worker.id, carer.id]) {
      const refused = await post(askAction, family, carer.id, "/questions/new", {
        to,
        text: "Is this right?",
      });
      expect(refused).toRefuseWith({ to: "questions:errors.toRequired" });
      expect(typedValuesOf(refused.data)).toMatchObject({ text: "Is this right?" });
    }
    const nobody = await post(askAction, family, carer.id, "/questions/new", { text: "Is this right?" });
    expect(nobody).toRefuseWith({ to: "questions:errors.toRequired" });
    expect(await db.question.count({ where: { familyId: family.id } })).toBe(0);
  });

  it("lets only family members ask: advisers and the social worker are refused (403)", async () => {
    const { family, adviser, worker } = await familyWithWorker();
    for (const staff of [adviser, worker]) {
      expect((await get(askLoader, family, staff.id, "/questions/new")).status).toBe(403);
      const posted = await post(askAction, family, staff.id, "/questions/new", { to: worker.id, text: "Hi" });
      expect(posted.status).toBe(403);
    }
  });

  it("another family's member gets 404 for the list and the thread", async () => {
    const { family, carer, worker } = await familyWithWorker();
    const id = await ask(family, carer.id, worker.id, "A question");
    const other = await familyWithWorker();
    expect((await get(listLoader, family, other.carer.id, "/questions")).status).toBe(404);
    expect(
      (await get(threadLoader, family, other.worker.id, `/questions/${id}`, { questionId: id })).status,
    ).toBe(404);
    // Their own family's address with this family's thread id: still not there.
    expect(
      (await get(threadLoader, other.family, other.carer.id, `/questions/${id}`, { questionId: id })).status,
    ).toBe(404);
  });
});

describe("the guard on question pages", () => {
  it("answers an unknown form with 400, and leaves only reading once the plan has ended", async () => {
    const { family, carer, worker } = await familyWithWorker();
    const id = await ask(family, carer.id, worker.id, "Before the end");
    const unknown = await post(
      threadAction,
      family,
      carer.id,
      `/questions/${id}`,
      { intent: "delete", text: "x" },
      { questionId: id },
    );
    expect(unknown.status).toBe(400);

    await db.family.update({
      where: { id: family.id },
      data: {
        planEndedAt: new Date(),
        planEndReason: "CHILD_IN_NEED",
        accessEndsAt: new Date(Date.now() + 86_400_000),
      },
    });
    const read = await get(threadLoader, family, carer.id, `/questions/${id}`, { questionId: id });
    expect(read.status).toBe(200);
    expect(read.data).toMatchObject({ canReply: false, canFlag: false });
    expect((await get(askLoader, family, carer.id, "/questions/new")).status).toBe(403);
    for (const [who, form] of [
      [worker.id, { intent: "reply", text: "After the end" }],
      [carer.id, { intent: "flag", flag: "TOO_MUCH" }],
    ] as const) {
      const refused = await post(threadAction, family, who, `/questions/${id}`, form, { questionId: id });
      expect(refused.status).toBe(403);
    }
    expect(await db.questionMessage.count({ where: { questionId: id } })).toBe(1);
  });
});

describe("the asker's marks", () => {
  it("'Can we move this?' shows on the social worker's caseload and the thread, until taken back", async () => {
    const { family, carer, worker } = await familyWithWorker();
    const id = await ask(family, carer.id, worker.id, "Can we talk about contact?");
    const flaggedLines = async () =>
      (await caseload({ personId: worker.id }))
        .find((row) => row.id === family.id)!
        .lines.filter((line) => line.kind === "flaggedQuestions");
    expect(await flaggedLines()).toEqual([]);

    // The social worker cannot mark a thread (a right of the asker only).
    const byWorker = await post(
      threadAction,
      family,
      worker.id,
      `/questions/${id}`,
      { intent: "flag", flag: "MOVE" },
      { questionId: id },
    );
    expect(byWorker.status).toBe(403);

    const marked = await post(
      threadAction,
      family,
      carer.id,
      `/questions/${id}`,
      { intent: "flag", flag: "MOVE" },
      { questionId: id },
    );
    expect(marked).toRedirectTo(`/families/${family.id}/questions/${id}?done=flagged`);
    expect(await flaggedLines()).toEqual([
      { kind: "flaggedQuestions", count: 1, to: `/families/${family.id}/questions/${id}` },
    ]);
    const seen = await get(threadLoader, family, worker.id, `/questions/${id}`, { questionId: id });
    expect(seen.data).toMatchObject({ canFlag: false, thread: { flag: "MOVE", askerName: "Kit Carer" } });

    const back = await post(
      threadAction,
      family,
      carer.id,
      `/questions/${id}`,
      { intent: "flag", flag: "NONE" },
      { questionId: id },
    );
    expect(back).toRedirectTo(`/families/${family.id}/questions/${id}?done=unflagged`);
    expect(await flaggedLines()).toEqual([]);
    expect(
      await db.auditEvent.count({ where: { familyId: family.id, action: { startsWith: "questions.flag" } } }),
    ).toBe(1);
    expect(await db.auditEvent.count({ where: { familyId: family.id, action: "questions.unflag" } })).toBe(1);
  });
});

describe("what the thread keeps and whom it tells", () => {
  it("keeps messages as written: the database refuses a change or a delete", async () => {
    const { family, carer, worker } = await familyWithWorker();
    const id = await ask(family, carer.id, worker.id, "First words");
    const message = await db.questionMessage.findFirstOrThrow({
      where: { questionId: id },
      select: { id: true },
    });
    await expect(
      db.questionMessage.update({ where: { id: message.id }, data: { text: "Other words" } }),
    ).rejects.toThrow();
    await expect(db.questionMessage.delete({ where: { id: message.id } })).rejects.toThrow();
    await expect(db.question.delete({ where: { id } })).rejects.toThrow();
  });

  it("tells only the other one in the thread, never someone who has left, and nothing once the plan has ended", async () => {
    const { family, carer, parent, network, worker } = await familyWithWorker();
    const id = await ask(family, network.id, worker.id, "A question before I leave");
    expect(await noticesFor(worker.id)).toBe(1);
    expect(await noticesFor(carer.id)).toBe(0);
    expect(await noticesFor(parent.id)).toBe(0);
    await db.membership.updateMany({
      where: { familyId: family.id, personId: network.id },
      data: { status: "REMOVED" },
    });
    const reply = (text: string) =>
      post(
        threadAction,
        family,
        worker.id,
        `/questions/${id}`,
        { intent: "reply", text },
        { questionId: id },
      );
    expect(await reply("An answer after they left")).toRedirectTo(
      `/families/${family.id}/questions/${id}?done=replied`,
    );
    expect(await noticesFor(network.id)).toBe(0);
    await db.family.update({
      where: { id: family.id },
      data: {
        planEndedAt: new Date(),
        planEndReason: "CHILD_IN_NEED",
        accessEndsAt: new Date(Date.now() + 86_400_000),
      },
    });
    const carerThread = await ask(family, carer.id, worker.id, "Before the end").catch(() => null);
    expect(carerThread).toBeNull();
    expect(await noticesFor(worker.id)).toBe(1);
  });

  it("a hand-over gives the new social worker the threads asked of the old one; an adviser's stay theirs", async () => {
    const { family, carer, adviser, worker } = await familyWithWorker();
    const toWorker = await ask(family, carer.id, worker.id, "For the social worker");
    const toAdviser = await ask(family, carer.id, adviser.id, "For the adviser");
    const { organisationId } = await db.family.findUniqueOrThrow({
      where: { id: family.id },
      select: { organisationId: true },
    });
    const next = await createStaff(organisationId, "SOCIAL_WORKER", { name: "Neve Worker" });
    const manager = await createStaff(organisationId, "TEAM_MANAGER");
    expect(
      await handOver({
        familyId: family.id,
        organisationId,
        fromPersonId: worker.id,
        toPersonId: next.id,
        byPersonId: manager.id,
        request: new Request("http://localhost/hand-over"),
      }),
    ).toEqual({ ok: true });
    const moved = await get(threadLoader, family, next.id, `/questions/${toWorker}`, {
      questionId: toWorker,
    });
    expect(moved.data).toMatchObject({ thread: { messages: [{ text: "For the social worker" }] } });
    expect(
      (await get(threadLoader, family, worker.id, `/questions/${toWorker}`, { questionId: toWorker })).status,
    ).toBe(404);
    expect(
      (await get(threadLoader, family, next.id, `/questions/${toAdviser}`, { questionId: toAdviser })).status,
    ).toBe(404);
  });

  it("the asker's own copy holds their questions and the answers", async () => {
    const { family, carer, worker } = await familyWithWorker();
    const id = await ask(family, carer.id, worker.id, "Copy words");
    await post(
      threadAction,
      family,
      worker.id,
      `/questions/${id}`,
      { intent: "reply", text: "Answer words" },
      { questionId: id },
    );
    const people = await familyPeople({ familyId: family.id });
    expect(await questionsAskedBy({ familyId: family.id, personId: carer.id, people })).toMatchObject([
      {
        askedName: "Sol Worker",
        messages: [
          { byName: "Kit Carer", text: "Copy words" },
          { byName: "Sol Worker", text: "Answer words" },
        ],
      },
    ]);
    expect(await questionsAskedBy({ familyId: family.id, personId: worker.id, people })).toEqual([]);
  });
});
