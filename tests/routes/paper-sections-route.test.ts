// The paper's pages through their guards: who may read, write, mark and answer; another family's
// paper, or a meeting one is not invited to, is not found; a refused form keeps what was typed.
import { describe, expect, it } from "vitest";

import { markSection, writeSection } from "~/modules/meetings/paper-sections.server";
import * as paperPage from "~/routes/families.$familyId.meetings.$meetingId.papers.$paperId._index";
import * as editPage from "~/routes/families.$familyId.meetings.$meetingId.papers.$paperId.sections.$sectionId.edit";
import * as newPage from "~/routes/families.$familyId.meetings.$meetingId.papers.$paperId.sections.new";
import { db } from "~/utils/db.server";

import { accessOf, cookieFor, createFamily, makeRequest } from "../factories";
import { fieldErrorsOf, outcomeOf, typedValuesOf } from "../setup/matchers";

async function setUp() {
  const family = await createFamily({
    members: [
      { role: "PRACTITIONER" },
      { role: "PARENT" },
      { role: "PARENT", name: "Not invited" },
      { role: "ADVISER" },
    ],
  });
  const [worker, mum, dad, adviser] = family.people.map((person) => accessOf(family, person));
  const startsAt = new Date(Date.now() + 5 * 86_400_000);
  const meeting = await db.meeting.create({
    data: {
      familyId: family.id,
      kind: "CORE_GROUP",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      calendarUid: `${crypto.randomUUID()}@test`,
      createdById: worker.person.id,
      invites: { create: [{ personId: mum.person.id }, { personId: adviser.person.id }] },
    },
    select: { id: true },
  });
  const paper = await db.meetingPaper.create({
    data: {
      meetingId: meeting.id,
      kind: "REPORT",
      title: "Report",
      dueOn: "2027-01-07",
      createdById: worker.person.id,
    },
    select: { id: true },
  });
  const written = await writeSection({
    request: makeRequest("/setup", { method: "POST" }),
    access: worker,
    meetingId: meeting.id,
    paperId: paper.id,
    words: {
      heading: "Sleep",
      reportWords: "Sleep hygiene is poor.",
      plainWords: "The baby goes to bed late.",
    },
  });
  const params = {
    familyId: family.id,
    meetingId: meeting.id,
    paperId: paper.id,
    sectionId: written!.sectionId,
  };
  return { family, worker, mum, dad, adviser, params };
}

type Params = Awaited<ReturnType<typeof setUp>>["params"];
const pathOf = (params: Params, tail = "") =>
  `/families/${params.familyId}/meetings/${params.meetingId}/papers/${params.paperId}${tail}`;

async function get(
  module: { loader: (args: never) => unknown },
  personId: string,
  params: Params,
  tail = "",
) {
  return outcomeOf(async () =>
    module.loader({
      request: makeRequest(pathOf(params, tail), { cookie: await cookieFor(personId) }),
      params,
      context: {},
    } as never),
  );
}

async function post(
  module: { action: (args: never) => unknown },
  personId: string,
  params: Params,
  form: Record<string, string>,
  tail = "",
) {
  return outcomeOf(async () =>
    module.action({
      request: makeRequest(pathOf(params, tail), { cookie: await cookieFor(personId), method: "POST", form }),
      params,
      context: {},
    } as never),
  );
}

describe("the paper page", () => {
  it("shows the sections to the social worker and the invited parent; 404 to a parent not invited", async () => {
    const { worker, mum, dad, params } = await setUp();
    for (const person of [worker, mum]) {
      const page = await get(paperPage, person.person.id, params);
      expect(page.status).toBe(200);
      expect(JSON.stringify(page.data)).toContain("The baby goes to bed late.");
    }
    expect((await get(paperPage, dad.person.id, params)).status).toBe(404);
  });

  it("shows an invited adviser the sections only while the family shows meetings", async () => {
    const { adviser, params } = await setUp();
    // The family shows the adviser nothing yet: the meetings part is hidden, so 404.
    expect((await get(paperPage, adviser.person.id, params)).status).toBe(404);
  });

  it("is 404 for another family's paper, through its own family or through the other", async () => {
    const { worker, params } = await setUp();
    const other = await setUp();
    expect(
      (await get(paperPage, worker.person.id, { ...params, paperId: other.params.paperId })).status,
    ).toBe(404);
    expect((await get(paperPage, worker.person.id, other.params)).status).toBe(404);
  });

  it("takes a parent's mark, and keeps what was typed when a field is missing", async () => {
    const { mum, params } = await setUp();
    const refused = await post(paperPage, mum.person.id, params, {
      intent: "markSection",
      sectionId: params.sectionId,
      whatIsWrong: "He goes to bed at 7.",
      shouldSay: "",
    });
    expect(refused.status).toBe(400);
    expect(fieldErrorsOf(refused.data)).toEqual({ shouldSay: "meetings:sections.errors.shouldSay.required" });
    expect(typedValuesOf(refused.data)).toMatchObject({ whatIsWrong: "He goes to bed at 7." });

    const saved = await post(paperPage, mum.person.id, params, {
      intent: "markSection",
      sectionId: params.sectionId,
      whatIsWrong: "He goes to bed at 7.",
      shouldSay: "The baby goes to bed at 7.",
    });
    expect(saved.status).toBe(302);
    expect(saved.location).toMatch(/\?done=marked(Late)?#section-/);
    expect(await db.paperSectionMark.count({ where: { sectionId: params.sectionId } })).toBe(1);
  });

  it("refuses a mark from the social worker and an answer from a parent (403), and a parent not invited (404)", async () => {
    const { worker, mum, dad, params } = await setUp();
    const mark = { intent: "markSection", sectionId: params.sectionId, whatIsWrong: "x", shouldSay: "y" };
    expect((await post(paperPage, worker.person.id, params, mark)).status).toBe(403);
    expect((await post(paperPage, dad.person.id, params, mark)).status).toBe(404);
    const marked = await markSection({
      request: makeRequest("/setup", { method: "POST" }),
      access: mum,
      meetingId: params.meetingId,
      paperId: params.paperId,
      sectionId: params.sectionId,
      whatIsWrong: "x",
      shouldSay: "y",
    });
    const answer = { intent: "answerMark", markId: marked!.markId, answer: "CORRECTED", reason: "" };
    expect((await post(paperPage, mum.person.id, params, answer)).status).toBe(403);
    expect(
      await db.paperSectionMark.count({ where: { sectionId: params.sectionId, personId: dad.person.id } }),
    ).toBe(0);
  });

  it("asks for a reason when a section stays, and sends 'Changed' on to the edit form", async () => {
    const { worker, mum, params } = await setUp();
    const mark = () =>
      markSection({
        request: makeRequest("/setup", { method: "POST" }),
        access: mum,
        meetingId: params.meetingId,
        paperId: params.paperId,
        sectionId: params.sectionId,
        whatIsWrong: "x",
        shouldSay: "y",
      });
    const first = (await mark())!.markId;
    const noReason = await post(paperPage, worker.person.id, params, {
      intent: "answerMark",
      markId: first,
      answer: "NOT_AGREED",
      reason: "",
    });
    expect(fieldErrorsOf(noReason.data)).toEqual({ reason: "meetings:sections.errors.reason.required" });
    const changed = await post(paperPage, worker.person.id, params, {
      intent: "answerMark",
      markId: first,
      answer: "CORRECTED",
      reason: "",
    });
    expect(changed.location).toBe(pathOf(params, `/sections/${params.sectionId}/edit?from=mark`));
  });
});

describe("writing and changing sections", () => {
  it("lets only the social worker open the forms (403 for a parent)", async () => {
    const { worker, mum, params } = await setUp();
    expect((await get(newPage, worker.person.id, params, "/sections/new")).status).toBe(200);
    expect((await get(newPage, mum.person.id, params, "/sections/new")).status).toBe(403);
    const edit = `/sections/${params.sectionId}/edit`;
    expect((await get(editPage, worker.person.id, params, edit)).status).toBe(200);
    expect((await get(editPage, mum.person.id, params, edit)).status).toBe(403);
  });

  it("is 404 for another family's section", async () => {
    const { worker, params } = await setUp();
    const other = await setUp();
    const crossed = { ...params, sectionId: other.params.sectionId };
    expect(
      (await get(editPage, worker.person.id, crossed, `/sections/${other.params.sectionId}/edit`)).status,
    ).toBe(404);
  });

  it("adds a section, keeps the words when one is missing, and saves a change as a new version", async () => {
    const { worker, params } = await setUp();
    const refused = await post(
      newPage,
      worker.person.id,
      params,
      { heading: "Food", reportWords: "Nutrition is adequate.", plainWords: "" },
      "/sections/new",
    );
    expect(refused.status).toBe(400);
    expect(fieldErrorsOf(refused.data)).toEqual({
      plainWords: "meetings:sections.errors.plainWords.required",
    });
    expect(typedValuesOf(refused.data)).toMatchObject({
      heading: "Food",
      reportWords: "Nutrition is adequate.",
    });
    const added = await post(
      newPage,
      worker.person.id,
      params,
      { heading: "Food", reportWords: "Nutrition is adequate.", plainWords: "The baby eats well." },
      "/sections/new",
    );
    expect(added.status).toBe(302);
    expect(await db.paperSection.count({ where: { paperId: params.paperId } })).toBe(2);

    const edit = `/sections/${params.sectionId}/edit`;
    const words = { heading: "Sleep", reportWords: "Sleep is poor.", plainWords: "Bed is at 9." };
    const changed = await post(editPage, worker.person.id, params, { ...words, baseVersion: "1" }, edit);
    expect(changed.location).toBe(pathOf(params, `?done=changed#section-${params.sectionId}`));
    // Over a version that is no longer the newest: refused, with the words kept.
    const clash = await post(
      editPage,
      worker.person.id,
      params,
      { ...words, plainWords: "Late", baseVersion: "1" },
      edit,
    );
    expect(clash.status).toBe(409);
    expect(typedValuesOf(clash.data)).toMatchObject({ plainWords: "Late" });
    expect(await db.paperSectionVersion.count({ where: { sectionId: params.sectionId } })).toBe(2);
  });
});
