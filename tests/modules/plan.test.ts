import { describe, expect, it } from "vitest";

import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { DRAFT_FORM_MAX_BYTES, DraftFormSchema, newItemId } from "~/modules/plan/draft-form.server";
import { diffPlans } from "~/modules/plan/plan-items";
import { MAX_ITEMS, MAX_TEXT } from "~/modules/plan/plan.constants";
import { emptyPlan, type PlanContent } from "~/modules/plan/plan.schema.server";
import {
  getLatestVersion,
  publishDraft,
  publishRefusal,
  readVersions,
  saveDraft,
} from "~/modules/plan/plan.server";
import { action as draftAction, loader as draftLoader } from "~/routes/families.$familyId.plan.draft";
import { action as itemAction, loader as itemLoader } from "~/routes/families.$familyId.plan.items.$itemId";
import { action as scaleAction } from "~/routes/families.$familyId.plan.scale";
import { db } from "~/utils/db.server";
import { parseSubmission } from "~/utils/forms.server";

import { cookieFor, createFamily, createPerson, makeRequest } from "../factories";
import { fieldErrorsOf, outcomeOf, typedValuesOf } from "../setup/matchers";

/** The form fields a browser would post for this content (conform's names: `worries[0].plain`). */
function fieldsFor(
  content: PlanContent,
  revision: number,
  intent: string | null = "save",
): [string, string][] {
  const fields: [string, string][] = [
    ["revision", String(revision)],
    ...(intent ? ([["intent", intent]] as [string, string][]) : []),
    ["level", content.level],
    ["category", content.category ?? ""],
    ["initialConferenceDate", content.initialConferenceDate ?? ""],
    ["nextReviewDate", content.nextReviewDate ?? ""],
    ["ifNotFollowed", content.ifNotFollowed],
    ["scalingQuestion", content.scalingQuestion],
  ];
  content.worries.forEach((worry, index) =>
    fields.push(
      [`worries[${index}].id`, worry.id],
      [`worries[${index}].professional`, worry.professional],
      [`worries[${index}].plain`, worry.plain],
    ),
  );
  content.goals.forEach((goal, index) =>
    fields.push(
      [`goals[${index}].id`, goal.id],
      [`goals[${index}].text`, goal.text],
      [`goals[${index}].worryId`, goal.worryId ?? ""],
    ),
  );
  content.workingWell.forEach((item, index) =>
    fields.push([`workingWell[${index}].id`, item.id], [`workingWell[${index}].text`, item.text]),
  );
  content.complicatingFactors.forEach((item, index) =>
    fields.push(
      [`complicatingFactors[${index}].id`, item.id],
      [`complicatingFactors[${index}].text`, item.text],
    ),
  );
  content.actions.forEach((action, index) =>
    fields.push(
      [`actions[${index}].id`, action.id],
      [`actions[${index}].what`, action.what],
      [`actions[${index}].whoMembershipId`, action.whoMembershipId ?? ""],
      [`actions[${index}].whoName`, action.whoName],
      [`actions[${index}].byWhen`, action.byWhen ?? ""],
      [`actions[${index}].status`, action.status],
    ),
  );
  return fields;
}

function formFor(content: PlanContent, revision: number, intent = "save"): Record<string, string> {
  return { __body: new URLSearchParams(fieldsFor(content, revision, intent)).toString() };
}

/** Add or Remove: conform's list button posts `__intent__` (and no `intent`) with the whole form. */
function listChange(content: PlanContent, revision: number, change: object): Record<string, string> {
  const fields = fieldsFor(content, revision, null);
  fields.push(["__intent__", JSON.stringify(change)]);
  return { __body: new URLSearchParams(fields).toString() };
}

function postForm(path: string, cookie: string, body: Record<string, string>) {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: body.__body ?? new URLSearchParams(body).toString(),
  });
}

const sample: PlanContent = {
  ...emptyPlan(),
  category: "NEGLECT",
  worries: [{ id: "aaaaaaaaaaaa", professional: "Risk of neglect.", plain: "The baby may not get fed." }],
  goals: [{ id: "bbbbbbbbbbbb", worryId: "aaaaaaaaaaaa", text: "The baby is fed on time." }],
  workingWell: [{ id: "cccccccccccc", text: "Nan helps every day." }],
  actions: [
    {
      id: "dddddddddddd",
      what: "Go to the drug service.",
      whoMembershipId: null,
      whoName: "Health visitor",
      byWhen: "2026-12-01",
      status: "NOT_STARTED",
    },
  ],
};

async function setUp() {
  const family = await createFamily({
    members: [
      { role: "PRACTITIONER", name: "Pat Worker" },
      { role: "PARENT", name: "Pam Parent" },
      { role: "PRACTITIONER", name: "Quin Worker" },
    ],
  });
  const [worker, parent, secondWorker] = family.people;
  return { family, worker, parent, secondWorker, base: `/families/${family.id}/plan` };
}

/** What the guard hands a practitioner of this family, for calling the plan module directly. */
function practitionerAccess(familyId: string, person: { id: string; membershipId: string }): FamilyAccess {
  return {
    person: { id: person.id, name: "x", language: "en", sessionId: "test" },
    familyId,
    membershipId: person.membershipId,
    role: "PRACTITIONER",
    familyName: "x",
    organisationName: "x",
  };
}
describe("the plan editor form", () => {
  it("reads lists in order, keeps what was typed, and flags empty and overlong texts", () => {
    const form = new URLSearchParams([
      ["worries[0].id", "aaaaaaaaaaaa"],
      ["worries[0].professional", "  Report words  "],
      ["worries[0].plain", ""],
      ["workingWell[0].id", "cccccccccccc"],
      ["workingWell[0].text", "x".repeat(2001)],
      ["initialConferenceDate", "2026-02-31x"],
      ["actions[0].id", "dddddddddddd"],
      ["actions[0].what", "Go"],
      ["intent", "save"],
    ]);
    const parsed = parseSubmission(form, DraftFormSchema);
    expect(parsed.status).toBe("error");
    const reply = parsed.reply();
    expect(fieldErrorsOf(reply)).toEqual({
      "worries[0].plain": "plan.worry.plain.required",
      "workingWell[0].text": "plan.text.tooLong",
      initialConferenceDate: "plan.date.invalid",
      "actions[0].whoName": "plan.action.who.required",
    });
    expect(typedValuesOf(reply)).toMatchObject({
      worries: [{ id: "aaaaaaaaaaaa", professional: "  Report words  " }],
      workingWell: [{ id: "cccccccccccc", text: "x".repeat(2001) }],
      initialConferenceDate: "2026-02-31x",
    });
  });

  it("keeps item ids, trims, and unpairs a goal whose worry is gone", () => {
    const form = new URLSearchParams([
      ["worries[0].id", "aaaaaaaaaaaa"],
      ["worries[0].professional", "  Report words  "],
      ["worries[0].plain", "Plain words\r\non two lines"],
      ["goals[0].id", "bbbbbbbbbbbb"],
      ["goals[0].worryId", "ffffffffffff"],
      ["goals[0].text", "A goal"],
      ["goals[1].id", "bbbbbbbbbbbb"],
      ["goals[1].worryId", "aaaaaaaaaaaa"],
      ["goals[1].text", "Same id, posted twice"],
      ["actions[0].id", "dddddddddddd"],
      ["actions[0].what", "Go"],
      ["actions[0].whoMembershipId", ""],
      ["actions[0].whoName", ""],
    ]);
    const parsed = parseSubmission(form, DraftFormSchema);
    expect(parsed.reply().error).toEqual({ "actions[0].whoName": ["plan.action.who.required"] });
    form.set("actions[0].whoName", "Health visitor");
    const saved = parseSubmission(form, DraftFormSchema);
    if (saved.status !== "success") throw new Error("the draft form was refused");
    const { content } = saved.value;
    expect(content.worries).toEqual([
      { id: "aaaaaaaaaaaa", professional: "Report words", plain: "Plain words\non two lines" },
    ]);
    expect(content.goals[0]).toEqual({ id: "bbbbbbbbbbbb", worryId: null, text: "A goal" });
    // A second item with the same id (only a changed page sends it) gets an id of its own.
    expect(content.goals[1]).toMatchObject({ worryId: "aaaaaaaaaaaa", text: "Same id, posted twice" });
    expect(content.goals[1].id).not.toBe("bbbbbbbbbbbb");
    expect(content.actions[0]).toMatchObject({ whoMembershipId: null, whoName: "Health visitor" });
  });

  it("refuses to publish a plan with no worry or no goal, or with nothing new", () => {
    expect(publishRefusal(emptyPlan(), null)).toBe("noWorry");
    expect(publishRefusal({ ...sample, goals: [] }, null)).toBe("noGoal");
    expect(publishRefusal(sample, sample)).toBe("unchanged");
    expect(publishRefusal(sample, null)).toBeNull();
  });

  it("shows what was added, removed and changed between versions", () => {
    const after: PlanContent = {
      ...sample,
      level: "CHILD_IN_NEED",
      workingWell: [
        { id: "cccccccccccc", text: "Nan helps most days." },
        { id: "eeeeeeeeeeee", text: "Tests are clear." },
      ],
      actions: [],
    };
    const diff = diffPlans(sample, after);
    expect(diff.fields).toEqual(["level"]);
    expect(diff.items.map((entry) => `${entry.change}:${entry.item.id}`).sort()).toEqual(
      ["added:eeeeeeeeeeee", "changed:cccccccccccc", "removed:dddddddddddd"].sort(),
    );
  });
});

describe("drafts and versions", () => {
  it("publishes numbered versions that no route and no query can change", async () => {
    const { worker, base } = await setUp();
    const cookie = await cookieFor(worker.id);
    const familyId = base.split("/")[2];
    const published = await outcomeOf(() =>
      draftAction({
        request: postForm(`${base}/draft`, cookie, formFor(sample, 0, "publish")),
        params: { familyId },
        context: {},
      }),
    );
    expect(published.location).toBe(`${base}?published=1`);
    const v1 = await getLatestVersion({ access: { familyId, role: "PRACTITIONER" } });
    expect(v1?.number).toBe(1);

    // Editing after publishing changes the draft, never version 1.
    const edited = { ...sample, worries: [{ ...sample.worries[0], plain: "Changed words." }] };
    const saved = await outcomeOf(() =>
      draftAction({
        request: postForm(`${base}/draft`, cookie, formFor(edited, 1)),
        params: { familyId },
        context: {},
      }),
    );
    expect(saved.status).toBe(302);
    const stored = await db.planVersion.findUniqueOrThrow({
      where: { familyId_number: { familyId, number: 1 } },
    });
    expect(JSON.stringify(stored.content)).toContain("The baby may not get fed.");
    // The database itself refuses a change to a published version.
    await expect(
      db.planVersion.update({ where: { id: stored.id }, data: { content: edited } }),
    ).rejects.toThrow();
    await expect(db.planVersion.updateMany({ where: { familyId }, data: { number: 9 } })).rejects.toThrow();

    const v2 = await outcomeOf(() =>
      draftAction({
        request: postForm(`${base}/draft`, cookie, formFor(edited, 2, "publish")),
        params: { familyId },
        context: {},
      }),
    );
    expect(v2.location).toBe(`${base}?published=2`);

    // The reading page's one statement: every version, with the content of the newest or the one asked for.
    const access = { familyId, role: "PRACTITIONER" as const };
    const newest = await readVersions({ access });
    expect(newest.versions.map((version) => version.number)).toEqual([2, 1]);
    expect(newest.version?.number).toBe(2);
    expect(JSON.stringify(newest.version?.content)).toContain("Changed words.");
    const first = await readVersions({ access, number: 1 });
    expect(first.version?.number).toBe(1);
    expect(JSON.stringify(first.version?.content)).toContain("The baby may not get fed.");
    expect((await readVersions({ access, number: 7 })).version).toBeNull();
  });

  it("gives the second of two practitioners saving the same draft a conflict with both texts", async () => {
    const { worker, secondWorker, base } = await setUp();
    const familyId = base.split("/")[2];
    const first = await outcomeOf(async () =>
      draftAction({
        request: postForm(`${base}/draft`, await cookieFor(worker.id), formFor(sample, 0)),
        params: { familyId },
        context: {},
      }),
    );
    expect(first.status).toBe(302);
    const loaded = (await draftLoader({
      request: makeRequest(`${base}/draft`, { cookie: await cookieFor(secondWorker.id) }),
      params: { familyId },
      context: {},
    })) as { revision: number };
    expect(loaded.revision).toBe(1);

    const mine = { ...sample, worries: [{ ...sample.worries[0], plain: "First worker's words." }] };
    const theirs = { ...sample, worries: [{ ...sample.worries[0], plain: "Second worker's words." }] };
    await outcomeOf(async () =>
      draftAction({
        request: postForm(`${base}/draft`, await cookieFor(worker.id), formFor(mine, 1)),
        params: { familyId },
        context: {},
      }),
    );
    const conflict = await outcomeOf(async () =>
      draftAction({
        request: postForm(`${base}/draft`, await cookieFor(secondWorker.id), formFor(theirs, 1)),
        params: { familyId },
        context: {},
      }),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.data).toMatchObject({
      outcome: "conflict",
      theirsBy: "Pat Worker",
      bySelf: false,
      revision: 2,
    });
    expect(JSON.stringify(conflict.data)).toContain("First worker's words.");
    expect(JSON.stringify(conflict.data)).toContain("Second worker's words.");
  });

  it("says so plainly when the other save was by the same person (a second tab, or a double press)", async () => {
    const { worker, base } = await setUp();
    const familyId = base.split("/")[2];
    const cookie = await cookieFor(worker.id);
    await outcomeOf(() =>
      draftAction({
        request: postForm(`${base}/draft`, cookie, formFor(sample, 0)),
        params: { familyId },
        context: {},
      }),
    );
    const firstTab = { ...sample, worries: [{ ...sample.worries[0], plain: "Words from the first tab." }] };
    const secondTab = { ...sample, worries: [{ ...sample.worries[0], plain: "Words from the second tab." }] };
    await outcomeOf(() =>
      draftAction({
        request: postForm(`${base}/draft`, cookie, formFor(firstTab, 1)),
        params: { familyId },
        context: {},
      }),
    );
    const conflict = await outcomeOf(() =>
      draftAction({
        request: postForm(`${base}/draft`, cookie, formFor(secondTab, 1)),
        params: { familyId },
        context: {},
      }),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.data).toMatchObject({ outcome: "conflict", bySelf: true, revision: 2 });
  });

  it("keeps what was typed when a draft has errors, and does not save it", async () => {
    const { worker, base } = await setUp();
    const familyId = base.split("/")[2];
    const bad = { ...sample, worries: [{ ...sample.worries[0], plain: "" }] };
    const result = await outcomeOf(async () =>
      draftAction({
        request: postForm(`${base}/draft`, await cookieFor(worker.id), formFor(bad, 0)),
        params: { familyId },
        context: {},
      }),
    );
    expect(result).toRefuseWith({ "worries[0].plain": "plan.worry.plain.required" });
    expect(typedValuesOf(result.data)).toMatchObject({
      revision: "0",
      worries: [{ id: "aaaaaaaaaaaa", professional: "Risk of neglect." }],
      goals: [{ id: "bbbbbbbbbbbb", text: "The baby is fed on time." }],
    });
    expect(await db.planDraft.count({ where: { familyId } })).toBe(0);
  });

  it("refuses a step for someone outside the family, keeping what was typed", async () => {
    const { worker, base } = await setUp();
    const familyId = base.split("/")[2];
    const other = await createFamily({ members: [{ role: "PARENT", name: "Oz Other" }] });
    const outsider = other.people[0].membershipId;
    const bad = { ...sample, actions: [{ ...sample.actions[0], whoMembershipId: outsider, whoName: "" }] };
    const result = await outcomeOf(async () =>
      draftAction({
        request: postForm(`${base}/draft`, await cookieFor(worker.id), formFor(bad, 0)),
        params: { familyId },
        context: {},
      }),
    );
    expect(result).toRefuseWith({ "actions[0].whoMembershipId": "plan.action.who.unknown" });
    expect(typedValuesOf(result.data)).toMatchObject({ actions: [{ what: "Go to the drug service." }] });
    expect(await db.planDraft.count({ where: { familyId } })).toBe(0);
  });

  it("adds an item while the rest of the form has errors: what was typed stays, nothing is saved", async () => {
    const { worker, base } = await setUp();
    const familyId = base.split("/")[2];
    const typed = { ...sample, worries: [{ ...sample.worries[0], plain: "" }] };
    const result = await outcomeOf(async () =>
      draftAction({
        request: postForm(
          `${base}/draft`,
          await cookieFor(worker.id),
          listChange(typed, 0, { type: "insert", payload: { name: "worries" } }),
        ),
        params: { familyId },
        context: {},
      }),
    );
    expect(result.status).toBe(200);
    const values = typedValuesOf(result.data) as { worries: { id: string; professional?: string }[] };
    expect(values).toMatchObject({
      revision: "0",
      goals: [{ text: "The baby is fed on time.", worryId: "aaaaaaaaaaaa" }],
      actions: [{ what: "Go to the drug service.", whoName: "Health visitor" }],
    });
    expect(values.worries).toHaveLength(2);
    expect(values.worries[0]).toMatchObject({ id: "aaaaaaaaaaaa", professional: "Risk of neglect." });
    // The new worry has its id already, so a goal can be paired with it before it is saved.
    expect(values.worries[1].id).toMatch(/^[a-f0-9]{12}$/);
    // The error is still in the reply; conform shows errors of the changed list only after a save.
    expect(fieldErrorsOf(result.data)).toMatchObject({ "worries[0].plain": "plan.worry.plain.required" });
    expect(await db.planDraft.count({ where: { familyId } })).toBe(0);
  });

  it("removes an item while the form has errors; its goal keeps its words, unpaired when saved", async () => {
    const { worker, base } = await setUp();
    const familyId = base.split("/")[2];
    const cookie = await cookieFor(worker.id);
    const typed = { ...sample, actions: [{ ...sample.actions[0], what: "" }] };
    const removed = await outcomeOf(() =>
      draftAction({
        request: postForm(
          `${base}/draft`,
          cookie,
          listChange(typed, 0, { type: "remove", payload: { name: "worries", index: 0 } }),
        ),
        params: { familyId },
        context: {},
      }),
    );
    expect(removed.status).toBe(200);
    const values = typedValuesOf(removed.data) as Record<string, unknown>;
    expect(values.worries ?? []).toEqual([]);
    expect(values).toMatchObject({
      goals: [{ id: "bbbbbbbbbbbb", text: "The baby is fed on time." }],
      workingWell: [{ text: "Nan helps every day." }],
      actions: [{ whoName: "Health visitor" }],
    });
    expect(await db.planDraft.count({ where: { familyId } })).toBe(0);

    const saved = await outcomeOf(() =>
      draftAction({
        request: postForm(`${base}/draft`, cookie, formFor({ ...sample, worries: [] }, 0)),
        params: { familyId },
        context: {},
      }),
    );
    expect(saved).toRedirectTo(`${base}/draft?saved=1`);
    const draft = await db.planDraft.findUniqueOrThrow({ where: { familyId } });
    expect((draft.content as PlanContent).goals[0]).toMatchObject({
      worryId: null,
      text: "The baby is fed on time.",
    });
  });

  it("saves the draft when publishing is refused, and the form goes on from that save", async () => {
    const { worker, base } = await setUp();
    const familyId = base.split("/")[2];
    const noGoal = { ...sample, goals: [] };
    const result = await outcomeOf(async () =>
      draftAction({
        request: postForm(`${base}/draft`, await cookieFor(worker.id), formFor(noGoal, 0, "publish")),
        params: { familyId },
        context: {},
      }),
    );
    expect(result).toRefuseWith({ "": "plan:publish.noGoal" });
    expect(typedValuesOf(result.data)).toMatchObject({
      revision: "1",
      worries: [{ plain: "The baby may not get fed." }],
    });
    expect(await db.planDraft.findUniqueOrThrow({ where: { familyId } })).toMatchObject({ revision: 1 });
    expect(await getLatestVersion({ access: { familyId, role: "PRACTITIONER" } })).toBeNull();
  });

  it("lets only a practitioner open the editor or publish", async () => {
    const { parent, base } = await setUp();
    const familyId = base.split("/")[2];
    const cookie = await cookieFor(parent.id);
    expect(
      (
        await outcomeOf(() =>
          draftLoader({
            request: makeRequest(`${base}/draft`, { cookie }),
            params: { familyId },
            context: {},
          }),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await outcomeOf(() =>
          draftAction({
            request: postForm(`${base}/draft`, cookie, formFor(sample, 0, "publish")),
            params: { familyId },
            context: {},
          }),
        )
      ).status,
    ).toBe(403);
    // Add and Remove need the right to write too.
    const add = listChange(sample, 0, { type: "insert", payload: { name: "worries" } });
    await expect(
      draftAction({ request: postForm(`${base}/draft`, cookie, add), params: { familyId }, context: {} }),
    ).toHaveStatus(403);
  });

  it("refuses an intent the editor does not have, and saves nothing", async () => {
    const { worker, base } = await setUp();
    const familyId = base.split("/")[2];
    const cookie = await cookieFor(worker.id);
    await expect(
      draftAction({
        request: postForm(`${base}/draft`, cookie, formFor(sample, 0, "delete")),
        params: { familyId },
        context: {},
      }),
    ).toHaveStatus(400);
    // A list change that is not Add or Remove of one of the plan's lists (only a changed page sends it).
    for (const change of [
      { type: "insert", payload: { name: "level" } },
      { type: "reset", payload: {} },
      "{",
    ]) {
      const body = listChange(sample, 0, {});
      body.__body = body.__body.replace(
        /__intent__=.*$/,
        `__intent__=${encodeURIComponent(typeof change === "string" ? change : JSON.stringify(change))}`,
      );
      await expect(
        draftAction({ request: postForm(`${base}/draft`, cookie, body), params: { familyId }, context: {} }),
      ).toHaveStatus(400);
    }
    expect(await db.planDraft.count({ where: { familyId } })).toBe(0);
  });
});

describe("views, scale and corrections", () => {
  async function publishedFamily() {
    const setup = await setUp();
    const familyId = setup.base.split("/")[2];
    await draftAction({
      request: postForm(
        `${setup.base}/draft`,
        await cookieFor(setup.worker.id),
        formFor(sample, 0, "publish"),
      ),
      params: { familyId },
      context: {},
    });
    return { ...setup, familyId };
  }

  it("keeps a private view from the rest of the family but shows it to the practitioner, with history", async () => {
    const { familyId, base, worker, parent, family } = await publishedFamily();
    const auntPerson = await createPerson({ name: "Aunt Ada" });
    const aunt = await db.membership.create({
      data: { familyId, personId: auntPerson.id, role: "NETWORK_MEMBER" },
      select: { personId: true },
    });
    const itemPath = `${base}/items/aaaaaaaaaaaa`;
    const post = async (form: Record<string, string>) =>
      outcomeOf(async () =>
        itemAction({
          request: postForm(itemPath, await cookieFor(parent.id), form),
          params: { familyId, itemId: "aaaaaaaaaaaa" },
          context: {},
        }),
      );
    expect((await post({ intent: "view", stance: "DISAGREE", words: "First thought." })).status).toBe(302);
    expect(
      (await post({ intent: "view", stance: "NOT_SURE", words: "<script>alert(1)</script>" })).status,
    ).toBe(302);

    const viewsFor = async (personId: string) => {
      const data = (await itemLoader({
        request: makeRequest(itemPath, { cookie: await cookieFor(personId) }),
        params: { familyId, itemId: "aaaaaaaaaaaa" },
        context: {},
      })) as {
        views: { words: string; current: boolean }[];
      };
      return data.views;
    };
    const seenByWorker = await viewsFor(worker.id);
    expect(seenByWorker.map((view) => [view.words, view.current])).toEqual([
      ["<script>alert(1)</script>", true],
      ["First thought.", false],
    ]);
    expect(await viewsFor(aunt.personId)).toEqual([]);
    expect(family.people).toHaveLength(3);

    expect(
      (await post({ intent: "view", stance: "AGREE", words: "Shared now.", shared: "yes" })).status,
    ).toBe(302);
    expect((await viewsFor(aunt.personId)).map((view) => view.words)).toEqual(["Shared now."]);
  });

  it("rejects a scale outside 0 to 10 and keeps the note", async () => {
    const { familyId, base, parent } = await publishedFamily();
    const cookie = await cookieFor(parent.id);
    const bad = await outcomeOf(() =>
      scaleAction({
        request: postForm(`${base}/scale`, cookie, { score: "11", note: "Keep me" }),
        params: { familyId },
        context: {},
      }),
    );
    expect(bad).toRefuseWith({ score: "scale.score.required" });
    expect(typedValuesOf(bad.data)).toMatchObject({ score: "11", note: "Keep me" });
    const good = await outcomeOf(() =>
      scaleAction({
        request: postForm(`${base}/scale`, cookie, { score: "4", note: "Better" }),
        params: { familyId },
        context: {},
      }),
    );
    expect(good.status).toBe(302);
    expect(await db.scaleScore.findFirst({ where: { familyId } })).toMatchObject({
      score: 4,
      role: "PARENT",
      note: "Better",
    });
  });

  it("answers a correction once; 'not agreed' needs a reason; nothing is deleted", async () => {
    const { familyId, base, parent, worker } = await publishedFamily();
    const itemPath = `${base}/items/dddddddddddd`;
    const params = { familyId, itemId: "dddddddddddd" };
    await itemAction({
      request: postForm(itemPath, await cookieFor(parent.id), {
        intent: "correction",
        whatIsWrong: "Wrong day.",
        shouldSay: "Every Monday.",
      }),
      params,
      context: {},
    });
    const correction = await db.correctionRequest.findFirstOrThrow({ where: { familyId } });

    // A parent cannot answer their own request.
    const byParent = await outcomeOf(async () =>
      itemAction({
        request: postForm(itemPath, await cookieFor(parent.id), {
          intent: "answer",
          correctionId: correction.id,
          answer: "CORRECTED",
        }),
        params,
        context: {},
      }),
    );
    expect(byParent.status).toBe(403);

    const noReason = await outcomeOf(async () =>
      itemAction({
        request: postForm(itemPath, await cookieFor(worker.id), {
          intent: "answer",
          correctionId: correction.id,
          answer: "NOT_AGREED",
        }),
        params,
        context: {},
      }),
    );
    expect(noReason).toRefuseWith({ reason: "correction.reason.required" });
    expect(typedValuesOf(noReason.data)).toMatchObject({
      intent: "answer",
      correctionId: correction.id,
      answer: "NOT_AGREED",
    });

    const answered = await outcomeOf(async () =>
      itemAction({
        request: postForm(itemPath, await cookieFor(worker.id), {
          intent: "answer",
          correctionId: correction.id,
          answer: "NOT_AGREED",
          reason: "Weekly is right.",
        }),
        params,
        context: {},
      }),
    );
    expect(answered.status).toBe(302);
    const again = await outcomeOf(async () =>
      itemAction({
        request: postForm(itemPath, await cookieFor(worker.id), {
          intent: "answer",
          correctionId: correction.id,
          answer: "CORRECTED",
        }),
        params,
        context: {},
      }),
    );
    expect(again.status).toBe(404);
    expect(await db.correctionRequest.findUniqueOrThrow({ where: { id: correction.id } })).toMatchObject({
      status: "NOT_AGREED",
      reason: "Weekly is right.",
    });
  });

  it("refuses each form of the item page with the words typed and each field's error", async () => {
    const { familyId, base, parent, worker } = await publishedFamily();
    const itemPath = `${base}/items/aaaaaaaaaaaa`;
    const params = { familyId, itemId: "aaaaaaaaaaaa" };
    const post = async (personId: string, form: Record<string, string>) =>
      outcomeOf(async () =>
        itemAction({ request: postForm(itemPath, await cookieFor(personId), form), params, context: {} }),
      );

    const view = await post(parent.id, { intent: "view", words: "My words stay.", shared: "yes" });
    expect(view).toRefuseWith({ stance: "view.stance.required" });
    expect(typedValuesOf(view.data)).toMatchObject({
      intent: "view",
      words: "My words stay.",
      shared: "yes",
    });
    const tooLong = await post(parent.id, {
      intent: "view",
      stance: "AGREE",
      words: "x".repeat(MAX_TEXT + 1),
    });
    expect(tooLong).toRefuseWith({ words: "view.words.tooLong" });
    expect(typedValuesOf(tooLong.data)).toMatchObject({ stance: "AGREE" });

    const correction = await post(parent.id, {
      intent: "correction",
      whatIsWrong: "Wrong day.",
      shouldSay: " ",
    });
    expect(correction).toRefuseWith({ shouldSay: "correction.shouldSay.required" });
    expect(typedValuesOf(correction.data)).toMatchObject({ intent: "correction", whatIsWrong: "Wrong day." });
    expect(await post(parent.id, { intent: "correction" })).toRefuseWith({
      whatIsWrong: "correction.whatIsWrong.required",
      shouldSay: "correction.shouldSay.required",
    });

    const answer = await post(worker.id, {
      intent: "answer",
      correctionId: "aaaaaaaaaaaa",
      reason: "Because.",
    });
    expect(answer).toRefuseWith({ answer: "correction.answer.required" });
    expect(typedValuesOf(answer.data)).toMatchObject({ correctionId: "aaaaaaaaaaaa", reason: "Because." });

    // Nothing refused was saved.
    expect(await db.itemView.count({ where: { familyId } })).toBe(0);
    expect(await db.correctionRequest.count({ where: { familyId } })).toBe(0);
  });

  it("refuses the scale form with no number, keeping the note", async () => {
    const { familyId, base, parent } = await publishedFamily();
    const refused = await outcomeOf(async () =>
      scaleAction({
        request: postForm(`${base}/scale`, await cookieFor(parent.id), { note: "Still thinking." }),
        params: { familyId },
        context: {},
      }),
    );
    expect(refused).toRefuseWith({ score: "scale.score.required" });
    expect(typedValuesOf(refused.data)).toMatchObject({ note: "Still thinking." });
    expect(await db.scaleScore.count({ where: { familyId } })).toBe(0);
  });

  it("answers an unknown or missing intent with 400 and saves nothing", async () => {
    const { familyId, base, parent, worker } = await publishedFamily();
    const itemPath = `${base}/items/aaaaaaaaaaaa`;
    const post = async (personId: string, form: Record<string, string>) =>
      outcomeOf(async () =>
        itemAction({
          request: postForm(itemPath, await cookieFor(personId), form),
          params: { familyId, itemId: "aaaaaaaaaaaa" },
          context: {},
        }),
      );
    // Once, any intent but "view" and "correction" was taken as an answer.
    expect(await post(worker.id, { intent: "delete", stance: "AGREE" })).toHaveStatus(400);
    expect(await post(parent.id, { stance: "AGREE" })).toHaveStatus(400);
    expect(await post(parent.id, { intent: "toString", stance: "AGREE" })).toHaveStatus(400);
    expect(await db.itemView.count({ where: { familyId } })).toBe(0);
  });

  it("gives 404 for an item that is not in this family's plan", async () => {
    const { familyId, base, parent } = await publishedFamily();
    const result = await outcomeOf(async () =>
      itemLoader({
        request: makeRequest(`${base}/items/ffffffffffff`, { cookie: await cookieFor(parent.id) }),
        params: { familyId, itemId: "ffffffffffff" },
        context: {},
      }),
    );
    expect(result.status).toBe(404);
  });
});

describe("long plans and publishing at once", () => {
  /** Every list full, every text box full of a character that URL-encodes to 9 bytes. */
  function fullPlan(): PlanContent {
    const full = "€".repeat(MAX_TEXT);
    const ids = () => Array.from({ length: MAX_ITEMS }, () => newItemId());
    const worries = ids().map((id) => ({ id, professional: full, plain: full }));
    return {
      ...emptyPlan(),
      category: "NEGLECT",
      worries,
      complicatingFactors: ids().map((id) => ({ id, text: full })),
      workingWell: ids().map((id) => ({ id, text: full })),
      goals: ids().map((id, index) => ({ id, worryId: worries[index].id, text: full })),
      actions: ids().map((id) => ({
        id,
        what: full,
        whoMembershipId: null,
        whoName: full,
        byWhen: "2026-12-01",
        status: "IN_PROGRESS" as const,
      })),
      ifNotFollowed: full,
      scalingQuestion: full,
    };
  }

  it("saves a full-size draft; the limit comes from the plan's own limits, and other routes keep a small one", async () => {
    const { worker, base } = await setUp();
    const familyId = base.split("/")[2];
    const cookie = await cookieFor(worker.id);
    const form = formFor(fullPlan(), 0);
    const size = Buffer.byteLength(form.__body);
    expect(size).toBeGreaterThan(5_000_000);
    expect(size).toBeLessThanOrEqual(DRAFT_FORM_MAX_BYTES);
    const saved = await outcomeOf(() =>
      draftAction({ request: postForm(`${base}/draft`, cookie, form), params: { familyId }, context: {} }),
    );
    expect(saved.status).toBe(302);
    const draft = await db.planDraft.findUniqueOrThrow({ where: { familyId } });
    expect(JSON.stringify(draft.content)).toContain("€".repeat(MAX_TEXT));

    const tooBig = { __body: `${form.__body}&pad=${"x".repeat(DRAFT_FORM_MAX_BYTES - size)}` };
    expect(
      (
        await outcomeOf(() =>
          draftAction({
            request: postForm(`${base}/draft`, cookie, tooBig),
            params: { familyId },
            context: {},
          }),
        )
      ).status,
    ).toBe(413);
    // The scale form holds one short note: a body the editor may send is far too big for it.
    const scale = await outcomeOf(() =>
      scaleAction({
        request: postForm(`${base}/scale`, cookie, { score: "5", note: "x".repeat(40_000) }),
        params: { familyId },
        context: {},
      }),
    );
    expect(scale.status).toBe(413);
    // Large on purpose: a few megabytes parsed and stored on a shared, busy machine.
  }, 60_000);

  it("two publishes at once make one version, and each gets a clear answer", async () => {
    const { worker, secondWorker, base } = await setUp();
    const familyId = base.split("/")[2];
    expect(
      (
        await outcomeOf(async () =>
          draftAction({
            request: postForm(`${base}/draft`, await cookieFor(worker.id), formFor(sample, 0)),
            params: { familyId },
            context: {},
          }),
        )
      ).status,
    ).toBe(302);
    const [first, second] = await Promise.all(
      [worker, secondWorker].map(async (person) =>
        outcomeOf(async () =>
          draftAction({
            request: postForm(`${base}/draft`, await cookieFor(person.id), formFor(sample, 1, "publish")),
            params: { familyId },
            context: {},
          }),
        ),
      ),
    );
    expect([first.status, second.status].sort()).toEqual([302, 409]);
    expect(await db.planVersion.count({ where: { familyId } })).toBe(1);

    // The publish step itself, twice at once for the same saved revision.
    const access = (person: { id: string; membershipId: string }) => practitionerAccess(familyId, person);
    const changed = { ...sample, workingWell: [{ id: "eeeeeeeeeeee", text: "Dad goes to every group." }] };
    const current = await db.planDraft.findUniqueOrThrow({ where: { familyId }, select: { revision: true } });
    const resaved = await saveDraft({
      access: access(worker),
      content: changed,
      revision: current.revision,
      request: makeRequest(base),
    });
    expect(resaved.ok).toBe(true);
    const revision = resaved.ok ? resaved.revision : 0;
    const results = await Promise.all(
      [worker, secondWorker].map((person) =>
        publishDraft({ access: access(person), revision, request: makeRequest(base) }),
      ),
    );
    expect(results.filter((result) => result.ok)).toEqual([{ ok: true, number: 2 }]);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, refusal: "unchanged" }]);
    expect(await db.planVersion.count({ where: { familyId } })).toBe(2);
  });

  it("never publishes a newer save by someone else than the one the publisher saw", async () => {
    const { worker, secondWorker, base, family } = await setUp();
    const familyId = family.id;
    const access = (person: { id: string; membershipId: string }) => practitionerAccess(familyId, person);
    const mine = await saveDraft({
      access: access(worker),
      content: sample,
      revision: 0,
      request: makeRequest(base),
    });
    expect(mine).toEqual({ ok: true, revision: 1 });
    const theirs = { ...sample, worries: [{ ...sample.worries[0], plain: "Second worker's newer words." }] };
    expect(
      await saveDraft({
        access: access(secondWorker),
        content: theirs,
        revision: 1,
        request: makeRequest(base),
      }),
    ).toEqual({ ok: true, revision: 2 });

    const published = await publishDraft({ access: access(worker), revision: 1, request: makeRequest(base) });
    expect(published).toMatchObject({ ok: false, conflict: { revision: 2, updatedBy: secondWorker.name } });
    expect(await db.planVersion.count({ where: { familyId } })).toBe(0);
  });
});
