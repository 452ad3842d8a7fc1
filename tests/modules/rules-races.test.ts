import { describe, expect, it } from "vitest";

import { createReport } from "~/modules/rules/reports.server";
import type { RuleFields } from "~/modules/rules/rules.schema.server";
import { answerRule, changeRule, proposeRule, retireRule } from "~/modules/rules/rules.server";
import { db } from "~/utils/db.server";

import { accessOf, createFamily } from "../factories";

// Two people changing the same rule at the same moment. Each change is one conditional write on
// the rule row (revision and the state it leaves), so on PostgreSQL, where requests truly run
// side by side, one wins and the other sees the new state; nothing is written on stale reads.

const request = new Request("http://localhost/test");
const ROUNDS = 6;

type Family = Awaited<ReturnType<typeof createFamily>>;
type Member = Family["people"][number];

const fields = (over: Partial<RuleFields> = {}): RuleFields => ({
  text: "No one who has had a drink looks after the baby.",
  worryId: "",
  warningSigns: "",
  ifBroken: "Call the social worker.",
  whoToCall: "",
  involved: [],
  checkers: [],
  ...over,
});

async function family() {
  const made = await createFamily({
    members: [
      { role: "PARENT", name: "Mum Race" },
      { role: "KINSHIP_CARER", name: "Nan Race" },
      { role: "NETWORK_MEMBER", name: "Aunt Race" },
      { role: "PRACTITIONER", name: "Worker Race" },
      { role: "PRACTITIONER", name: "Manager Race" },
    ],
  });
  const [mum, nan, aunt, worker, manager] = made.people;
  return { mum, nan, aunt, worker, manager, as: (member: Member) => accessOf(made, member) };
}

describe("rule changes at the same moment", () => {
  it("two endorsements of one version: one counts, the other is told it is done", async () => {
    const { mum, aunt, worker, manager, as } = await family();
    for (let round = 0; round < ROUNDS; round++) {
      const ruleId = await proposeRule({
        access: as(mum),
        data: fields({ involved: [mum.membershipId], checkers: [aunt.membershipId] }),
        request,
      });
      const outcomes = await Promise.all(
        [worker, manager].map((member) =>
          answerRule({ access: as(member), ruleId, version: 1, answer: "ENDORSE", reason: "", request }),
        ),
      );
      expect(outcomes.sort()).toEqual(["alreadyEndorsed", "ok"]);
      expect(await db.ruleAgreement.count({ where: { ruleId, answer: "ENDORSE" } })).toBe(1);
      expect(
        (await db.rule.findUniqueOrThrow({ where: { id: ruleId }, select: { agreedRevision: true } }))
          .agreedRevision,
      ).toBe(1);
    }
  });

  it("an endorsement and a new version: the endorsement counts only if it came first", async () => {
    const { mum, aunt, worker, as } = await family();
    for (let round = 0; round < ROUNDS; round++) {
      const ruleId = await proposeRule({
        access: as(mum),
        data: fields({ involved: [mum.membershipId], checkers: [aunt.membershipId] }),
        request,
      });
      const [endorsed, changed] = await Promise.all([
        answerRule({ access: as(worker), ruleId, version: 1, answer: "ENDORSE", reason: "", request }),
        changeRule({
          access: as(mum),
          ruleId,
          revision: 1,
          data: fields({ text: `Round ${round}.`, involved: [mum.membershipId] }),
          request,
        }),
      ]);
      expect(changed).toEqual({ ok: true, number: 2 });
      expect(["ok", "changed"]).toContain(endorsed);
      const rule = await db.rule.findUniqueOrThrow({
        where: { id: ruleId },
        select: { revision: true, agreedRevision: true },
      });
      expect(rule).toEqual({ revision: 2, agreedRevision: endorsed === "ok" ? 1 : null });
      expect(await db.ruleAgreement.count({ where: { ruleId, answer: "ENDORSE" } })).toBe(
        endorsed === "ok" ? 1 : 0,
      );
    }
  });

  it("an answer and a new version: an answer that counts was given before the new words existed", async () => {
    const { mum, nan, as } = await family();
    for (let round = 0; round < ROUNDS; round++) {
      const ruleId = await proposeRule({
        access: as(mum),
        data: fields({ involved: [mum.membershipId, nan.membershipId] }),
        request,
      });
      const [answered] = await Promise.all([
        answerRule({ access: as(nan), ruleId, version: 1, answer: "AGREE", reason: "", request }),
        changeRule({
          access: as(mum),
          ruleId,
          revision: 1,
          data: fields({ text: `Round ${round}.`, involved: [mum.membershipId, nan.membershipId] }),
          request,
        }),
      ]);
      const nanAnswers = await db.ruleAgreement.findMany({
        where: { ruleId, membershipId: nan.membershipId },
        select: { createdAt: true },
      });
      expect(nanAnswers).toHaveLength(answered === "ok" ? 1 : 0);
      const second = await db.ruleVersion.findUniqueOrThrow({
        where: { ruleId_number: { ruleId, number: 2 } },
        select: { createdAt: true },
      });
      for (const row of nanAnswers)
        expect(row.createdAt.getTime()).toBeLessThanOrEqual(second.createdAt.getTime());
    }
  });

  it("two new versions from the same one: one is saved, the other gets a conflict", async () => {
    const { mum, nan, as } = await family();
    for (let round = 0; round < ROUNDS; round++) {
      const ruleId = await proposeRule({
        access: as(mum),
        data: fields({ involved: [mum.membershipId, nan.membershipId] }),
        request,
      });
      const outcomes = await Promise.all(
        [mum, nan].map((member) =>
          changeRule({
            access: as(member),
            ruleId,
            revision: 1,
            data: fields({
              text: `${member.name} ${round}.`,
              involved: [mum.membershipId, nan.membershipId],
            }),
            request,
          }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "conflict")).toHaveLength(1);
      expect(await db.ruleVersion.count({ where: { ruleId } })).toBe(2);
    }
  });

  it("ending a rule twice, and a report racing the end: one end, and no report of an ended rule after it", async () => {
    const { mum, aunt, worker, manager, as } = await family();
    for (let round = 0; round < ROUNDS; round++) {
      const ruleId = await proposeRule({
        access: as(mum),
        data: fields({ involved: [mum.membershipId] }),
        request,
      });
      const [first, second, reported] = await Promise.all([
        retireRule({ access: as(worker), ruleId, reason: "Ended.", request }),
        retireRule({ access: as(manager), ruleId, reason: "Ended too.", request }),
        createReport({
          access: as(aunt),
          ruleId,
          input: { kind: "WARNING_SIGN", whatHappened: "Seen.", happenedOn: "2026-11-20", happenedAt: "" },
          request,
        }),
      ]);
      expect([first, second].filter(Boolean)).toHaveLength(1);
      expect(await db.ruleReport.count({ where: { ruleId } })).toBe(reported ? 1 : 0);
      const rule = await db.rule.findUniqueOrThrow({
        where: { id: ruleId },
        select: { retiredReason: true },
      });
      expect(["Ended.", "Ended too."]).toContain(rule.retiredReason);
    }
  });
});
