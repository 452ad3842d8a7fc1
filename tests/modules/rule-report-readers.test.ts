import { describe, expect, it } from "vitest";

import { getReport, listReports } from "~/modules/rules/reports.server";
import type { RuleFields } from "~/modules/rules/rules.schema.server";
import { answerRule, changeRule, getRule, proposeRule } from "~/modules/rules/rules.server";
import * as homePage from "~/routes/families.$familyId._index";
import * as editRoute from "~/routes/families.$familyId.rules.$ruleId.edit";
import * as reportRoute from "~/routes/families.$familyId.rules.$ruleId.report";
import * as reportPage from "~/routes/families.$familyId.rules.reports.$reportId";
import { db } from "~/utils/db.server";

import { accessOf, cookieFor, createFamily, makeRequest } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

// Who may read a report about a broken rule. The adults in these families are not always safe
// with each other, so no edit of a rule may let the person a rule is about read what was said.

const request = new Request("http://localhost/test");

type Family = Awaited<ReturnType<typeof createFamily>>;
type Member = Family["people"][number];

const fields = (over: Partial<RuleFields> = {}): RuleFields => ({
  text: "Dad does not look after the baby after drinking.",
  worryId: "",
  warningSigns: "Smells of drink.",
  ifBroken: "Nan keeps the baby. Call the social worker.",
  whoToCall: "The social worker.",
  involved: [],
  checkers: [],
  ...over,
});

/** A rule about Dad, checked by Nan, agreed by Dad and endorsed by the social worker. */
async function agreedRuleAboutDad() {
  const family = await createFamily({
    members: [
      { role: "PARENT", name: "Mum Test" },
      { role: "PARENT", name: "Dad Test" },
      { role: "KINSHIP_CARER", name: "Nan Test" },
      { role: "NETWORK_MEMBER", name: "Aunt Test" },
      { role: "PRACTITIONER", name: "Worker Test" },
    ],
  });
  const [mum, dad, nan, aunt, worker] = family.people;
  const as = (member: Member) => accessOf(family, member);
  const ruleId = await proposeRule({
    access: as(mum),
    data: fields({ involved: [dad.membershipId], checkers: [nan.membershipId] }),
    request,
  });
  expect(
    await answerRule({ access: as(dad), ruleId, version: 1, answer: "AGREE", reason: "", request }),
  ).toBe("ok");
  expect(
    await answerRule({ access: as(worker), ruleId, version: 1, answer: "ENDORSE", reason: "", request }),
  ).toBe("ok");
  return { family, mum, dad, nan, aunt, worker, as, ruleId };
}

async function reportAs(family: Family, member: Member, ruleId: string, whatHappened: string) {
  const response = (await reportRoute.action({
    request: makeRequest(`/families/${family.id}/rules/${ruleId}/report`, {
      method: "POST",
      cookie: await cookieFor(member.id),
      form: { kind: "BROKEN", whatHappened, happenedOn: "2026-11-20", happenedAt: "21:30" },
    }),
    params: { familyId: family.id, ruleId },
    context: {},
  })) as Response;
  expect(response.status).toBe(302);
  return response.headers.get("Location")!.split("/").pop()!.split("?")[0];
}

async function noticesFor(personId: string) {
  return db.notice.count({ where: { personId, event: "rule.reported" } });
}

async function homeNewReports(family: Family, member: Member) {
  const home = (await homePage.loader({
    request: makeRequest(`/families/${family.id}`, { cookie: await cookieFor(member.id) }),
    params: { familyId: family.id },
    context: {},
  })) as {
    rules: { newReports: number } | null;
  };
  return home.rules?.newReports ?? 0;
}

describe("the person a rule is about", () => {
  it("cannot make himself its checker, so cannot read, count or hear of a report about him", async () => {
    const { family, mum, dad, nan, worker, as, ruleId } = await agreedRuleAboutDad();
    // The attack as it was done: Dad edits the rule, adds himself as a checker and drops Nan.
    const cookie = await cookieFor(dad.id);
    const edit = await outcomeOf(() =>
      editRoute.action({
        request: makeRequest(`/families/${family.id}/rules/${ruleId}/edit`, {
          method: "POST",
          cookie,
          form: {
            revision: "1",
            text: "Dad does not look after the baby after drinking.",
            ifBroken: "Call.",
            involved: dad.membershipId,
            checkers: dad.membershipId,
          },
        }),
        params: { familyId: family.id, ruleId },
        context: {},
      }),
    );
    expect(edit).toRefuseWith({ checkers: "rules:errors.checkerIsNamed" });
    expect(typedValuesOf(edit.data)).toMatchObject({ checkers: dad.membershipId });
    expect((await getRule({ familyId: family.id, ruleId }))!.revision).toBe(1);

    await db.notice.deleteMany({});
    const reportId = await reportAs(family, mum, ruleId, "Dad came home drunk at bedtime.");
    const path = `/families/${family.id}/rules/reports/${reportId}`;
    // The page and its loader data (what `?_data=` returns) are not found for him.
    await expect(async () =>
      reportPage.loader({
        request: makeRequest(path, { cookie: await cookieFor(dad.id) }),
        params: { familyId: family.id, reportId },
        context: {},
      }),
    ).toBeNotFound();
    await expect(async () =>
      reportPage.loader({
        request: makeRequest(`${path}?_data=routes%2Ffamilies.%24familyId.rules.reports.%24reportId`, {
          cookie: await cookieFor(dad.id),
        }),
        params: { familyId: family.id, reportId },
        context: {},
      }),
    ).toBeNotFound();
    expect(await listReports({ access: as(dad) })).toEqual([]);
    expect(await homeNewReports(family, dad)).toBe(0);
    expect(await noticesFor(dad.id)).toBe(0);
    // The real checker and the social worker still hear of it and can read it.
    expect(await noticesFor(nan.id)).toBe(1);
    expect(await noticesFor(worker.id)).toBe(1);
    expect(await homeNewReports(family, worker)).toBe(1);
    expect(await getReport({ access: as(nan), reportId })).not.toBeNull();
    expect(await getReport({ access: as(mum), reportId })).not.toBeNull();
  });
});

describe("who reads a report", () => {
  it("is fixed when it is made, from the last agreed and endorsed version, so an edit not yet agreed changes nothing", async () => {
    const { family, mum, dad, nan, aunt, worker, as, ruleId } = await agreedRuleAboutDad();
    // Dad proposes a new version that drops Nan and names Aunt as the checker. Nobody endorsed it yet.
    expect(
      await changeRule({
        access: as(dad),
        ruleId,
        revision: 1,
        data: fields({ involved: [dad.membershipId], checkers: [aunt.membershipId] }),
        request,
      }),
    ).toEqual({ ok: true, number: 2 });
    await db.notice.deleteMany({});
    const first = await reportAs(family, mum, ruleId, "Dad was drinking at lunch.");
    expect(await noticesFor(nan.id)).toBe(1);
    expect(await noticesFor(aunt.id)).toBe(0);
    expect(await getReport({ access: as(nan), reportId: first })).not.toBeNull();
    expect(await getReport({ access: as(aunt), reportId: first })).toBeNull();
    expect(await homeNewReports(family, aunt)).toBe(0);

    // Once Dad has agreed and the social worker endorsed version 2, Aunt checks new reports.
    // Nan still reads the report she was given; she does not read new ones.
    expect(
      await answerRule({ access: as(worker), ruleId, version: 2, answer: "ENDORSE", reason: "", request }),
    ).toBe("ok");
    await db.notice.deleteMany({});
    const second = await reportAs(family, mum, ruleId, "Dad was drinking again.");
    expect(await noticesFor(aunt.id)).toBe(1);
    expect(await noticesFor(nan.id)).toBe(0);
    expect(await getReport({ access: as(nan), reportId: first })).not.toBeNull();
    expect(await getReport({ access: as(nan), reportId: second })).toBeNull();
    expect(await getReport({ access: as(aunt), reportId: second })).not.toBeNull();
    expect(await getReport({ access: as(aunt), reportId: first })).toBeNull();
    expect(await getReport({ access: as(dad), reportId: second })).toBeNull();
  });

  it("drops a checker only with the social worker's endorsement, even when everyone named has agreed", async () => {
    const { family, mum, dad, nan, worker, as, ruleId } = await agreedRuleAboutDad();
    // Mum writes a version without Nan as checker; Dad, the one person it is about, agrees.
    await changeRule({
      access: as(mum),
      ruleId,
      revision: 1,
      data: fields({ involved: [dad.membershipId], checkers: [] }),
      request,
    });
    expect(
      await answerRule({ access: as(dad), ruleId, version: 2, answer: "AGREE", reason: "", request }),
    ).toBe("ok");
    expect((await getRule({ familyId: family.id, ruleId }))!.status).toMatchObject({
      stillToAgree: [],
      endorsed: false,
    });
    // Nobody but the social worker can endorse, not even through the module.
    expect(
      await answerRule({ access: as(mum), ruleId, version: 2, answer: "ENDORSE", reason: "", request }),
    ).toBe("notAllowed");
    await db.notice.deleteMany({});
    const reportId = await reportAs(family, mum, ruleId, "Dad drove after drinking.");
    expect(await noticesFor(nan.id)).toBe(1);
    expect(await getReport({ access: as(nan), reportId })).not.toBeNull();
    expect(worker.id).toBeTruthy();
  });
});
