import { describe, expect, it } from "vitest";

import { runDueJobs } from "~/modules/jobs/runner.server";
import { runNoticeDigests } from "~/modules/notices/digest.server";
import { createReport, getReport, listReports } from "~/modules/rules/reports.server";
import { ruleStatus } from "~/modules/rules/rule-status";
import { rulesHome } from "~/modules/rules/rules-home.server";
import type { RuleFields } from "~/modules/rules/rules.schema.server";
import { answerRule, changeRule, getRule, proposeRule, retireRule } from "~/modules/rules/rules.server";
import * as rulesPage from "~/routes/families.$familyId.rules._index";
import * as rulePage from "~/routes/families.$familyId.rules.$ruleId._index";
import * as editRoute from "~/routes/families.$familyId.rules.$ruleId.edit";
import * as reportRoute from "~/routes/families.$familyId.rules.$ruleId.report";
import * as newRoute from "~/routes/families.$familyId.rules.new";
import { db } from "~/utils/db.server";

import { accessOf, cookieFor, createFamily, makeRequest } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

/** The status a loader or action answers with; the guard's 403 is thrown as `data(…, { status })`. */
const request = new Request("http://localhost/test");

type Family = Awaited<ReturnType<typeof createFamily>>;
type Member = Family["people"][number];

async function lilysFamily() {
  const family = await createFamily({
    members: [
      { role: "PARENT", name: "Mum Test" },
      { role: "KINSHIP_CARER", name: "Nan Test" },
      { role: "NETWORK_MEMBER", name: "Aunt Test" },
      { role: "PRACTITIONER", name: "Worker Test" },
      { role: "PARENT", name: "Dad Test" },
      { role: "ADVISER", name: "Adviser Test" },
    ],
  });
  const [mum, nan, aunt, worker, dad, adviser] = family.people;
  return { family, mum, nan, aunt, worker, dad, adviser, as: (member: Member) => accessOf(family, member) };
}

const fields = (over: Partial<RuleFields> = {}): RuleFields => ({
  text: "No one who has used drugs looks after the baby.",
  worryId: "",
  warningSigns: "Sleepy or shaky.",
  ifBroken: "Nan keeps the baby. Call the social worker.",
  whoToCall: "The social worker.",
  involved: [],
  checkers: [],
  ...over,
});

describe("rule status", () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));
  it("is agreed only when every named person's newest answer is agree and the practitioner endorsed", () => {
    const involved = ["a", "b"];
    expect(
      ruleStatus({
        involved,
        answers: [{ membershipId: "a", answer: "AGREE", reason: "", createdAt: at(1) }],
        retired: false,
      }).state,
    ).toBe("waiting");
    const allAgree = [
      { membershipId: "a", answer: "AGREE" as const, reason: "", createdAt: at(1) },
      { membershipId: "b", answer: "AGREE" as const, reason: "", createdAt: at(2) },
    ];
    // Everyone named agreed; only the social worker's yes is missing: the state says so.
    expect(ruleStatus({ involved, answers: allAgree, retired: false })).toMatchObject({
      state: "waitingForWorker",
      endorsed: false,
      stillToAgree: [],
    });
    const endorsed = [
      ...allAgree,
      { membershipId: "w", answer: "ENDORSE" as const, reason: "", createdAt: at(3) },
    ];
    expect(ruleStatus({ involved, answers: endorsed, retired: false }).state).toBe("agreed");
    // A later "not yet" replaces an earlier "agree".
    const changedMind = [
      ...endorsed,
      { membershipId: "b", answer: "NOT_YET" as const, reason: "Wait", createdAt: at(4) },
    ];
    expect(ruleStatus({ involved, answers: changedMind, retired: false })).toMatchObject({
      state: "waiting",
      stillToAgree: [{ membershipId: "b", answer: "NOT_YET", reason: "Wait" }],
    });
    expect(ruleStatus({ involved, answers: endorsed, retired: true }).state).toBe("retired");
  });
});

describe("agreeing a rule", () => {
  it("counts the writer's agreement, waits for the others and the practitioner, then is agreed", async () => {
    const { mum, nan, aunt, worker, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId, nan.membershipId], checkers: [aunt.membershipId] }),
      request,
    });
    let rule = (await getRule({ familyId: as(mum).familyId, ruleId }))!;
    expect(rule.status.state).toBe("waiting");
    expect(rule.status.stillToAgree.map((row) => row.membershipId)).toEqual([nan.membershipId]);

    expect(
      await answerRule({ access: as(nan), ruleId, version: 1, answer: "AGREE", reason: "", request }),
    ).toBe("ok");
    rule = (await getRule({ familyId: as(mum).familyId, ruleId }))!;
    expect(rule.status).toMatchObject({ state: "waitingForWorker", endorsed: false, stillToAgree: [] });

    expect(
      await answerRule({ access: as(worker), ruleId, version: 1, answer: "ENDORSE", reason: "", request }),
    ).toBe("ok");
    rule = (await getRule({ familyId: as(mum).familyId, ruleId }))!;
    expect(rule.status.state).toBe("agreed");
  });

  it("refuses an answer from someone the rule does not name, and an answer to an old version", async () => {
    const { mum, nan, aunt, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId, nan.membershipId] }),
      request,
    });
    expect(
      await answerRule({ access: as(aunt), ruleId, version: 1, answer: "AGREE", reason: "", request }),
    ).toBe("notNamed");
    await changeRule({
      access: as(mum),
      ruleId,
      revision: 1,
      data: fields({ text: "Changed words.", involved: [mum.membershipId, nan.membershipId] }),
      request,
    });
    // Nan read version 1; her "agree" must not count for version 2's words.
    expect(
      await answerRule({ access: as(nan), ruleId, version: 1, answer: "AGREE", reason: "", request }),
    ).toBe("changed");
    expect(await db.ruleAgreement.count({ where: { ruleId, membershipId: nan.membershipId } })).toBe(0);
  });
});

describe("changing a rule", () => {
  it("makes a new version that needs agreeing again, and keeps the old one with its answers", async () => {
    const { mum, nan, worker, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId, nan.membershipId] }),
      request,
    });
    await answerRule({ access: as(nan), ruleId, version: 1, answer: "AGREE", reason: "", request });
    await answerRule({ access: as(worker), ruleId, version: 1, answer: "ENDORSE", reason: "", request });
    expect((await getRule({ familyId: as(mum).familyId, ruleId }))!.status.state).toBe("agreed");

    const changed = await changeRule({
      access: as(mum),
      ruleId,
      revision: 1,
      data: fields({ text: "Version two words.", involved: [mum.membershipId, nan.membershipId] }),
      request,
    });
    expect(changed).toEqual({ ok: true, number: 2 });
    const rule = (await getRule({ familyId: as(mum).familyId, ruleId }))!;
    expect(rule.current.text).toBe("Version two words.");
    expect(rule.status).toMatchObject({ state: "waiting", endorsed: false });
    expect(rule.status.stillToAgree.map((row) => row.membershipId)).toEqual([nan.membershipId]);
    const first = rule.versions.find((version) => version.number === 1)!;
    expect(first.text).toBe("No one who has used drugs looks after the baby.");
    expect(first.answers.map((row) => row.answer).sort()).toEqual(["AGREE", "AGREE", "ENDORSE"]);
    // The database itself refuses to change a version.
    await expect(
      db.ruleVersion.update({ where: { id: first.id }, data: { text: "rewritten" } }),
    ).rejects.toThrow();
  });

  it("of two saves from the same version, the second gets a conflict with the first's words, and nothing is lost", async () => {
    const { mum, nan, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId, nan.membershipId] }),
      request,
    });
    // Both open the edit page at revision 1, then save one after the other.
    const [mine, theirs] = [
      fields({ text: "Mum's change.", involved: [mum.membershipId] }),
      fields({ text: "Nan's change.", involved: [nan.membershipId] }),
    ];
    const first = await changeRule({ access: as(nan), ruleId, revision: 1, data: theirs, request });
    const second = await changeRule({ access: as(mum), ruleId, revision: 1, data: mine, request });
    expect(first).toEqual({ ok: true, number: 2 });
    expect(second).toMatchObject({
      ok: false,
      reason: "conflict",
      revision: 2,
      bySelf: false,
      current: { text: "Nan's change." },
    });
    expect(
      (await getRule({ familyId: as(mum).familyId, ruleId }))!.versions.map((version) => version.text),
    ).toEqual(["Nan's change.", "No one who has used drugs looks after the baby."]);
  });

  it("through the page: the second saver gets the conflict page with both versions, their words still in the form", async () => {
    const { family, mum, nan, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId, nan.membershipId] }),
      request,
    });
    const path = `/families/${family.id}/rules/${ruleId}/edit`;
    const post = async (member: Member, text: string) =>
      editRoute.action({
        request: makeRequest(path, {
          method: "POST",
          cookie: await cookieFor(member.id),
          form: { revision: "1", text, ifBroken: "Call.", involved: mum.membershipId },
        }),
        params: { familyId: family.id, ruleId },
        context: {},
      });
    await expect(post(nan, "Nan saved first.")).toHaveStatus(302);
    const conflict = (await post(mum, "Mum saved second.")) as unknown as {
      data: { outcome: string; mine: { text: string }; theirs: { text: string }; theirsBy: string };
      init: { status: number };
    };
    expect(conflict.init.status).toBe(409);
    expect(conflict.data).toMatchObject({
      outcome: "conflict",
      mine: { text: "Mum saved second." },
      theirs: { text: "Nan saved first." },
      theirsBy: "Nan Test",
    });
  });

  it("cannot change or answer a retired rule; retiring keeps everything", async () => {
    const { mum, nan, worker, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId, nan.membershipId] }),
      request,
    });
    expect(await retireRule({ access: as(worker), ruleId, reason: "Kim moved away.", request })).toBe(true);
    expect(
      await changeRule({
        access: as(mum),
        ruleId,
        revision: 1,
        data: fields({ involved: [mum.membershipId] }),
        request,
      }),
    ).toEqual({ ok: false, reason: "retired" });
    expect(
      await answerRule({ access: as(nan), ruleId, version: 1, answer: "AGREE", reason: "", request }),
    ).toBe("retired");
    const rule = (await getRule({ familyId: as(mum).familyId, ruleId }))!;
    expect(rule).toMatchObject({ retiredReason: "Kim moved away.", status: { state: "retired" } });
    await expect(db.rule.delete({ where: { id: ruleId } })).rejects.toThrow();
  });
});

describe("naming people", () => {
  it("refuses another family's member as a person named or a checker, and keeps what was typed", async () => {
    const { family, mum } = await lilysFamily();
    const other = await createFamily({ members: [{ role: "PARENT", name: "Other Parent" }] });
    const path = `/families/${family.id}/rules/new`;
    for (const field of ["involved", "checkers"]) {
      const form = new URLSearchParams({ text: "Our rule.", ifBroken: "Call.", involved: mum.membershipId });
      form.append(field, other.people[0].membershipId);
      const result = await outcomeOf(async () =>
        newRoute.action({
          request: new Request(`http://localhost${path}`, {
            method: "POST",
            headers: { Cookie: await cookieFor(mum.id), "Content-Type": "application/x-www-form-urlencoded" },
            body: form.toString(),
          }),
          params: { familyId: family.id },
          context: {},
        }),
      );
      expect(result).toRefuseWith({ [field]: "rules:errors.personUnknown" });
      expect(typedValuesOf(result.data)).toMatchObject({ text: "Our rule." });
    }
    expect(await db.rule.count({ where: { familyId: family.id } })).toBe(0);
  });
});

describe("reports", () => {
  it("reach the practitioner and the checkers (not the reporter) by a discreet email job; others cannot read them", async () => {
    const { family, mum, nan, aunt, worker, dad, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({
        involved: [mum.membershipId, dad.membershipId],
        checkers: [nan.membershipId, aunt.membershipId],
      }),
      request,
    });
    // The checkers read reports once the rule is agreed and endorsed.
    await answerRule({ access: as(dad), ruleId, version: 1, answer: "AGREE", reason: "", request });
    await answerRule({ access: as(worker), ruleId, version: 1, answer: "ENDORSE", reason: "", request });
    await db.job.deleteMany({});
    const reportId = (await createReport({
      access: as(aunt),
      ruleId,
      input: {
        kind: "WARNING_SIGN",
        whatHappened: "Dad seemed sleepy at the door.",
        happenedOn: "2026-11-20",
        happenedAt: "",
      },
      request,
    }))!;
    const notices = await db.notice.findMany({ where: { subjectId: reportId }, select: { personId: true } });
    expect(notices.map((notice) => notice.personId).sort()).toEqual([nan.id, worker.id].sort());

    expect((await rulesHome(as(worker)))!.newReports).toBe(1);
    expect((await rulesHome(as(nan)))!.newReports).toBe(1);
    expect((await rulesHome(as(dad)))!.newReports).toBe(0);

    await runNoticeDigests();
    await runDueJobs();
    const mail = await db.outboxEmail.findMany({
      where: { to: { in: [nan.email, worker.email] } },
      select: { subject: true, text: true },
    });
    expect(mail).toHaveLength(2);
    for (const email of mail) {
      expect(email.subject).toBe("You have something new in Safety Circle");
      expect(email.text).not.toMatch(/sleepy|drugs|Dad|rule/i);
    }

    // The father the report is about cannot read it; the checkers and the practitioner can.
    expect(await getReport({ access: as(dad), reportId })).toBeNull();
    expect(await listReports({ access: as(dad) })).toEqual([]);
    expect(await getReport({ access: as(nan), reportId })).not.toBeNull();
    expect(await getReport({ access: as(worker), reportId })).not.toBeNull();
    expect(await getReport({ access: as(aunt), reportId })).not.toBeNull();
    // Reports are kept for good.
    await expect(db.$executeRawUnsafe(`DELETE FROM "RuleReport" WHERE "id" = '${reportId}'`)).rejects.toThrow(
      /cannot be deleted/,
    );
    expect(family.id).toBeTruthy();
  });

  it("the report form refuses a day in the future and keeps what was typed", async () => {
    const { family, mum, nan, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId] }),
      request,
    });
    const cookie = await cookieFor(nan.id);
    const result = await outcomeOf(() =>
      reportRoute.action({
        request: makeRequest(`/families/${family.id}/rules/${ruleId}/report`, {
          method: "POST",
          cookie,
          form: { kind: "BROKEN", whatHappened: "Something.", happenedOn: "2999-01-01", happenedAt: "25:00" },
        }),
        params: { familyId: family.id, ruleId },
        context: {},
      }),
    );
    expect(result).toRefuseWith({
      happenedOn: "rules:errors.dateFuture",
      happenedAt: "rules:errors.timeInvalid",
    });
    expect(typedValuesOf(result.data)).toMatchObject({ whatHappened: "Something." });
    expect(await db.ruleReport.count({ where: { ruleId } })).toBe(0);
  });
});

describe("home page counts", () => {
  it("show the rules waiting for this person's answer and the practitioner's yes", async () => {
    const { mum, nan, worker, aunt, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId, nan.membershipId] }),
      request,
    });
    expect(await rulesHome(as(nan))).toEqual({ toAnswer: 1, toEndorse: 0, newReports: 0 });
    expect(await rulesHome(as(mum))).toEqual({ toAnswer: 0, toEndorse: 0, newReports: 0 });
    expect(await rulesHome(as(aunt))).toEqual({ toAnswer: 0, toEndorse: 0, newReports: 0 });
    expect(await rulesHome(as(worker))).toEqual({ toAnswer: 0, toEndorse: 1, newReports: 0 });
    await answerRule({ access: as(nan), ruleId, version: 1, answer: "NOT_YET", reason: "", request });
    expect((await rulesHome(as(nan)))!.toAnswer).toBe(1);
    await answerRule({ access: as(nan), ruleId, version: 1, answer: "AGREE", reason: "", request });
    expect((await rulesHome(as(nan)))!.toAnswer).toBe(0);
    await answerRule({ access: as(worker), ruleId, version: 1, answer: "ENDORSE", reason: "", request });
    expect((await rulesHome(as(worker)))!.toEndorse).toBe(0);
  });
});

describe("the rule page's forms", () => {
  it("refuse an answer without what it needs, a stale version and an unknown intent, saving nothing", async () => {
    const { family, mum, nan, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId, nan.membershipId] }),
      request,
    });
    const cookie = await cookieFor(nan.id);
    // The writer's own agreement is saved with the rule.
    const answersBefore = await db.ruleAgreement.count({ where: { ruleId } });
    const post = (form: Record<string, string>) =>
      outcomeOf(() =>
        rulePage.action({
          request: makeRequest(`/families/${family.id}/rules/${ruleId}`, { method: "POST", cookie, form }),
          params: { familyId: family.id, ruleId },
          context: {},
        }),
      );
    // Not agreeing needs a reason; the answer comes back as chosen, with its intent.
    const noReason = await post({ intent: "answer", version: "1", answer: "DISAGREE", reason: "" });
    expect(noReason).toRefuseWith({ reason: "rules:errors.reasonRequired" });
    expect(typedValuesOf(noReason.data)).toMatchObject({ intent: "answer", answer: "DISAGREE" });
    expect(await post({ intent: "answer", version: "1" })).toRefuseWith({
      answer: "rules:errors.answerRequired",
    });
    // An answer to a version that is not the current one is refused as a whole.
    expect(await post({ intent: "answer", version: "2", answer: "AGREE" })).toRefuseWith(
      { "": "rules:rule.changed" },
      409,
    );
    expect(await post({ intent: "comment", text: "  " })).toRefuseWith({
      text: "rules:errors.commentRequired",
    });
    expect(await post({ intent: "shout", text: "Hello" })).toHaveStatus(400);
    expect(await post({ text: "Hello" })).toHaveStatus(400);
    expect(await db.ruleAgreement.count({ where: { ruleId } })).toBe(answersBefore);
    expect(await db.ruleComment.count({ where: { ruleId } })).toBe(0);
    // And the same answer, complete, is saved.
    expect(await post({ intent: "answer", version: "1", answer: "AGREE", reason: "" })).toRedirectTo(
      `/families/${family.id}/rules/${ruleId}?saved=answer`,
    );
    expect(await db.ruleAgreement.count({ where: { ruleId } })).toBe(answersBefore + 1);
  });
});

describe("each role's rights on rules and reports, through the pages", () => {
  it("lets the family and the practitioner read the rules, and the adviser nothing", async () => {
    const { family, mum, nan, aunt, worker, adviser, as } = await lilysFamily();
    const ruleId = await proposeRule({
      access: as(mum),
      data: fields({ involved: [mum.membershipId] }),
      request,
    });
    const params = { familyId: family.id, ruleId };
    const load = async (member: Member, loader: (args: never) => Promise<unknown>, path: string) =>
      loader({
        request: makeRequest(path, { cookie: await cookieFor(member.id) }),
        params,
        context: {},
      } as never);
    for (const member of [mum, nan, aunt, worker]) {
      await expect(load(member, rulesPage.loader, `/families/${family.id}/rules`)).toHaveStatus(200);
      await expect(load(member, rulePage.loader, `/families/${family.id}/rules/${ruleId}`)).toHaveStatus(200);
    }
    // Rules are hidden from an adviser until the family shows them (the adviser-view tests).
    await expect(load(adviser, rulesPage.loader, `/families/${family.id}/rules`)).toBeNotFound();
    await expect(load(adviser, rulePage.loader, `/families/${family.id}/rules/${ruleId}`)).toBeNotFound();
    // Only the family proposes and reports; only the practitioner records what happened next.
    await expect(load(worker, newRoute.loader, `/families/${family.id}/rules/new`)).toHaveStatus(403);
    await expect(load(aunt, newRoute.loader, `/families/${family.id}/rules/new`)).toHaveStatus(200);
    await expect(
      load(worker, reportRoute.loader, `/families/${family.id}/rules/${ruleId}/report`),
    ).toHaveStatus(403);
    await expect(load(nan, reportRoute.loader, `/families/${family.id}/rules/${ruleId}/report`)).toHaveStatus(
      200,
    );
    // A parent cannot endorse through the page.
    await expect(async () =>
      rulePage.action({
        request: makeRequest(`/families/${family.id}/rules/${ruleId}`, {
          method: "POST",
          cookie: await cookieFor(mum.id),
          form: { intent: "endorse", version: "1" },
        }),
        params,
        context: {},
      }),
    ).toHaveStatus(403);
    expect(await db.ruleAgreement.count({ where: { ruleId, answer: "ENDORSE" } })).toBe(0);
  });
});
