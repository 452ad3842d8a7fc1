import { recordAudit } from "~/modules/audit/audit.server";
import type { FamilyPeople } from "~/modules/family/people.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess, PartReader } from "~/modules/permissions/guard.server";
import type { FamilyRole } from "~/modules/permissions/matrix";
import { getLatestVersion } from "~/modules/plan/plan.server";
import { ruleStatus, type Answer, type AnswerRow } from "~/modules/rules/rule-status";
import type { RuleFields } from "~/modules/rules/rules.schema.server";
import { db } from "~/utils/db.server";

/** Roles whose members can be named in a rule: the family and its network, not professionals. */
export const nameableRoles: readonly FamilyRole[] = ["PARENT", "KINSHIP_CARER", "NETWORK_MEMBER"];

/** Current members who may be named in a rule or as a checker, with only what the rule form shows. */
export function nameablePeople(people: FamilyPeople) {
  return people.activeIn(nameableRoles).map(({ membershipId, name, role }) => ({ membershipId, name, role }));
}

/** The worries of the family's newest published plan, which a rule may answer: none when the guard hides the plan. */
export async function planWorries({ access }: { access: PartReader }) {
  const latest = await getLatestVersion({ access });
  return (latest?.content.worries ?? []).map((worry) => ({ id: worry.id, text: worry.plain }));
}

/**
 * The people and the worry must belong to this family: an id from anywhere else is refused,
 * never stored. Returns errors per field.
 */
export function checkAgainstFamily(
  data: RuleFields,
  people: FamilyPeople,
  worries: { id: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  const nameable = new Set(nameablePeople(people).map((person) => person.membershipId));
  if (data.involved.some((id) => !nameable.has(id))) errors.involved = "rules:errors.personUnknown";
  if (data.checkers.some((id) => !nameable.has(id))) errors.checkers = "rules:errors.personUnknown";
  else if (checkersNamedAsInvolved(data).length > 0) errors.checkers = "rules:errors.checkerIsNamed";
  if (data.worryId && !worries.some((worry) => worry.id === data.worryId))
    errors.worryId = "rules:errors.worryUnknown";
  return errors;
}

/**
 * The people a rule is about cannot be its checkers: a checker reads the reports of the rule
 * being broken, and the person it is about must not read what was said about them.
 */
export function checkersNamedAsInvolved(data: Pick<RuleFields, "involved" | "checkers">) {
  const involved = new Set(data.involved);
  return data.checkers.filter((id) => involved.has(id));
}

const versionSelect = {
  id: true,
  ruleId: true,
  number: true,
  text: true,
  worryId: true,
  warningSigns: true,
  ifBroken: true,
  whoToCall: true,
  createdById: true,
  createdAt: true,
} as const;

export type RuleVersionView = {
  id: string;
  ruleId: string;
  number: number;
  text: string;
  worryId: string | null;
  warningSigns: string;
  ifBroken: string;
  whoToCall: string;
  createdById: string;
  createdAt: Date;
  involved: string[];
  checkers: string[];
  answers: AnswerRow[];
};

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Versions with the people they name and every answer given on them: three statements for any number. */
async function withPeopleAndAnswers(
  versions: Omit<RuleVersionView, "involved" | "checkers" | "answers">[],
  client: Tx = db,
): Promise<RuleVersionView[]> {
  const ids = versions.map((version) => version.id);
  if (ids.length === 0) return [];
  const [named, answers] = await Promise.all([
    client.rulePerson.findMany({
      where: { versionId: { in: ids } },
      select: { versionId: true, membershipId: true, kind: true },
      orderBy: { id: "asc" },
    }),
    client.ruleAgreement.findMany({
      where: { versionId: { in: ids } },
      select: { versionId: true, membershipId: true, answer: true, reason: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return versions.map((version) => ({
    ...version,
    involved: named
      .filter((row) => row.versionId === version.id && row.kind === "INVOLVED")
      .map((row) => row.membershipId),
    checkers: named
      .filter((row) => row.versionId === version.id && row.kind === "CHECKER")
      .map((row) => row.membershipId),
    answers: answers
      .filter((row) => row.versionId === version.id)
      .map(({ membershipId, answer, reason, createdAt }) => ({
        membershipId,
        answer: answer as Answer,
        reason,
        createdAt,
      })),
  }));
}

const ruleSelect = {
  id: true,
  revision: true,
  createdAt: true,
  createdById: true,
  retiredAt: true,
  retiredById: true,
  retiredReason: true,
} as const;

/** The family's rules, each with its current version and where agreement stands. */
export async function listRules({ familyId }: { familyId: string }) {
  const rules = await db.rule.findMany({
    where: { familyId },
    select: ruleSelect,
    orderBy: { createdAt: "asc" },
  });
  if (rules.length === 0) return [];
  const versions = await withPeopleAndAnswers(
    await db.ruleVersion.findMany({
      where: { familyId, OR: rules.map((rule) => ({ ruleId: rule.id, number: rule.revision })) },
      select: versionSelect,
    }),
  );
  return rules.flatMap((rule) => {
    const current = versions.find((version) => version.ruleId === rule.id);
    if (!current) return [];
    return [
      {
        ...rule,
        current,
        status: ruleStatus({
          involved: current.involved,
          answers: current.answers,
          retired: Boolean(rule.retiredAt),
        }),
      },
    ];
  });
}

/** One rule of this family with every version (newest first), or null. */
export async function getRule({ familyId, ruleId }: { familyId: string; ruleId: string }) {
  const rule = await db.rule.findFirst({ where: { id: ruleId, familyId }, select: ruleSelect });
  if (!rule) return null;
  const versions = await withPeopleAndAnswers(
    await db.ruleVersion.findMany({
      where: { ruleId, familyId },
      select: versionSelect,
      orderBy: { number: "desc" },
    }),
  );
  const current = versions.find((version) => version.number === rule.revision);
  if (!current) throw new Error("A rule without its current version");
  return {
    ...rule,
    current,
    versions,
    status: ruleStatus({
      involved: current.involved,
      answers: current.answers,
      retired: Boolean(rule.retiredAt),
    }),
  };
}
export type RuleDetail = NonNullable<Awaited<ReturnType<typeof getRule>>>;

export function listComments({ familyId, ruleId }: { familyId: string; ruleId: string }) {
  return db.ruleComment.findMany({
    where: { familyId, ruleId },
    select: { id: true, personId: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * Every change of a rule's state starts here, inside its transaction: one conditional write on
 * the rule row, true only if the rule is still live and (when given) still at `revision`. The
 * write takes the row's lock, so a change that races it waits and then finds the state it
 * expected gone, instead of acting on what it read a moment before.
 */
export async function holdRule(
  tx: Tx,
  { familyId, ruleId, revision }: { familyId: string; ruleId: string; revision?: number },
) {
  const held = await tx.rule.updateMany({
    where: { id: ruleId, familyId, retiredAt: null, ...(revision === undefined ? {} : { revision }) },
    data: { retiredAt: null },
  });
  return held.count === 1;
}

/** Writes one version with the people it names; the writer's own agreement comes with it when they are named. */
async function writeVersion(
  tx: Tx,
  {
    access,
    ruleId,
    number,
    data,
  }: { access: FamilyAccess; ruleId: string; number: number; data: RuleFields },
) {
  const { familyId } = access;
  const version = await tx.ruleVersion.create({
    data: {
      ruleId,
      familyId,
      number,
      text: data.text,
      worryId: data.worryId || null,
      warningSigns: data.warningSigns,
      ifBroken: data.ifBroken,
      whoToCall: data.whoToCall,
      createdById: access.person.id,
    },
    select: { id: true },
  });
  const involved = [...new Set(data.involved)];
  const checkers = [...new Set(data.checkers)];
  // The forms refuse this with a message; this is the last line if any other caller forgets.
  if (checkersNamedAsInvolved(data).length > 0)
    throw new Error("A rule's checkers cannot be people it is about");
  await tx.rulePerson.createMany({
    data: [
      ...involved.map((membershipId) => ({
        versionId: version.id,
        familyId,
        membershipId,
        kind: "INVOLVED" as const,
      })),
      ...checkers.map((membershipId) => ({
        versionId: version.id,
        familyId,
        membershipId,
        kind: "CHECKER" as const,
      })),
    ],
  });
  // Whoever writes the words agrees with them; everyone else named still has to say so.
  if (involved.includes(access.membershipId)) {
    await tx.ruleAgreement.create({
      data: {
        versionId: version.id,
        ruleId,
        familyId,
        membershipId: access.membershipId,
        answer: "AGREE",
        reason: "",
      },
    });
  }
}

/** A new rule in the family's words: version 1. */
export async function proposeRule({
  access,
  data,
  request,
}: {
  access: FamilyAccess;
  data: RuleFields;
  request: Request;
}) {
  const ruleId = await db.$transaction(async (tx) => {
    const rule = await tx.rule.create({
      data: { familyId: access.familyId, revision: 1, createdById: access.person.id },
      select: { id: true },
    });
    await writeVersion(tx, { access, ruleId: rule.id, number: 1, data });
    return rule.id;
  });
  await recordAudit({
    request,
    action: "rules.propose",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "rule",
    entityId: ruleId,
  });
  return ruleId;
}

export type ChangeOutcome =
  | { ok: true; number: number }
  | { ok: false; reason: "retired" }
  | { ok: false; reason: "conflict"; current: RuleVersionView; revision: number; bySelf: boolean };

/**
 * A change makes the next version, which needs agreeing again; earlier versions and their
 * answers stay. Saves only if nobody saved since `revision` was read: the conditional write is
 * the check, so of two people saving at once the second gets the newer version to compare.
 */
export async function changeRule({
  access,
  ruleId,
  revision,
  data,
  request,
}: {
  access: FamilyAccess;
  ruleId: string;
  revision: number;
  data: RuleFields;
  request: Request;
}): Promise<ChangeOutcome> {
  const { familyId } = access;
  const saved = await db.$transaction(async (tx) => {
    const held = await tx.rule.updateMany({
      where: { id: ruleId, familyId, revision, retiredAt: null },
      data: { revision: revision + 1 },
    });
    if (held.count !== 1) return false;
    await writeVersion(tx, { access, ruleId, number: revision + 1, data });
    return true;
  });
  if (saved) {
    await recordAudit({
      request,
      action: "rules.change",
      actorId: access.person.id,
      role: access.role,
      familyId,
      entity: "rule",
      entityId: `${ruleId}:${revision + 1}`,
    });
    return { ok: true, number: revision + 1 };
  }
  const rule = await getRule({ familyId, ruleId });
  if (!rule) throw new Error("Rule vanished during a save");
  if (rule.retiredAt) return { ok: false, reason: "retired" };
  return {
    ok: false,
    reason: "conflict",
    current: rule.current,
    revision: rule.revision,
    bySelf: rule.current.createdById === access.person.id,
  };
}

export type AnswerOutcome = "ok" | "changed" | "notNamed" | "retired" | "notAllowed" | "alreadyEndorsed";

/**
 * A named person's answer, or the practitioner's endorsement, on the version they read. If
 * the rule changed or ended since, nothing is written: they are asked to read it again. When
 * this answer makes the version agreed and endorsed, it becomes the rule's agreed version, whose
 * checkers read new reports.
 */
export async function answerRule({
  access,
  ruleId,
  version,
  answer,
  reason,
  request,
}: {
  access: FamilyAccess;
  ruleId: string;
  version: number;
  answer: Answer;
  reason: string;
  request: Request;
}): Promise<AnswerOutcome> {
  const { familyId } = access;
  // Only the social worker endorses: a version that drops a checker counts only with their yes.
  if (answer === "ENDORSE" && !can(access, "rules", "endorse")) return "notAllowed";
  const outcome = await db.$transaction(async (tx): Promise<AnswerOutcome> => {
    if (!(await holdRule(tx, { familyId, ruleId, revision: version }))) {
      const rule = await tx.rule.findFirst({ where: { id: ruleId, familyId }, select: { retiredAt: true } });
      if (!rule) throw new Error("answerRule: the route checks the rule first");
      return rule.retiredAt ? "retired" : "changed";
    }
    const current = await tx.ruleVersion.findUniqueOrThrow({
      where: { ruleId_number: { ruleId, number: version } },
      select: versionSelect,
    });
    if (answer === "ENDORSE") {
      // Read after the hold: a second endorsement racing this one waits, then sees the first.
      if ((await tx.ruleAgreement.count({ where: { versionId: current.id, answer: "ENDORSE" } })) > 0)
        return "alreadyEndorsed";
    } else {
      const named = await tx.rulePerson.count({
        where: { versionId: current.id, membershipId: access.membershipId, kind: "INVOLVED" },
      });
      if (named === 0) return "notNamed";
    }
    await tx.ruleAgreement.create({
      data: { versionId: current.id, ruleId, familyId, membershipId: access.membershipId, answer, reason },
    });
    const [view] = await withPeopleAndAnswers([current], tx);
    if (ruleStatus({ involved: view.involved, answers: view.answers, retired: false }).state === "agreed") {
      await tx.rule.updateMany({
        where: { id: ruleId, familyId, revision: version },
        data: { agreedRevision: version },
      });
    }
    return "ok";
  });
  if (outcome !== "ok") return outcome;
  await recordAudit({
    request,
    action: answer === "ENDORSE" ? "rules.endorse" : "rules.answer",
    actorId: access.person.id,
    role: access.role,
    familyId,
    entity: "rule",
    entityId: `${ruleId}:${version}`,
  });
  return "ok";
}

export async function addComment({
  access,
  ruleId,
  text,
  request,
}: {
  access: FamilyAccess;
  ruleId: string;
  text: string;
  request: Request;
}) {
  await db.ruleComment.create({
    data: { ruleId, familyId: access.familyId, personId: access.person.id, text },
  });
  await recordAudit({
    request,
    action: "rules.discuss",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "rule",
    entityId: ruleId,
  });
}

/** Ends a rule with a reason. Its versions, answers and reports stay readable. */
export async function retireRule({
  access,
  ruleId,
  reason,
  request,
}: {
  access: FamilyAccess;
  ruleId: string;
  reason: string;
  request: Request;
}) {
  const retired = await db.rule.updateMany({
    where: { id: ruleId, familyId: access.familyId, retiredAt: null },
    data: { retiredAt: new Date(), retiredById: access.person.id, retiredReason: reason },
  });
  if (retired.count === 1) {
    await recordAudit({
      request,
      action: "rules.retire",
      actorId: access.person.id,
      role: access.role,
      familyId: access.familyId,
      entity: "rule",
      entityId: ruleId,
    });
  }
  return retired.count === 1;
}

export type HistoryEvent =
  | { kind: "version"; at: Date; personId: string; number: number }
  | { kind: "answer"; at: Date; membershipId: string; number: number; answer: Answer; reason: string }
  | { kind: "comment"; at: Date; personId: string }
  | { kind: "retired"; at: Date; personId: string; reason: string };

/** Who did what and when, oldest first: versions, answers, comments and retirement. */
export function ruleHistory(
  rule: RuleDetail,
  comments: { personId: string; createdAt: Date }[],
): HistoryEvent[] {
  const events: HistoryEvent[] = [
    ...rule.versions.map((version) => ({
      kind: "version" as const,
      at: version.createdAt,
      personId: version.createdById,
      number: version.number,
    })),
    ...rule.versions.flatMap((version) =>
      version.answers.map((row) => ({
        kind: "answer" as const,
        at: new Date(row.createdAt),
        membershipId: row.membershipId,
        number: version.number,
        answer: row.answer,
        reason: row.reason,
      })),
    ),
    ...comments.map((comment) => ({
      kind: "comment" as const,
      at: comment.createdAt,
      personId: comment.personId,
    })),
    ...(rule.retiredAt && rule.retiredById
      ? [
          {
            kind: "retired" as const,
            at: rule.retiredAt,
            personId: rule.retiredById,
            reason: rule.retiredReason ?? "",
          },
        ]
      : []),
  ];
  // Stable: a version and its writer's own agreement keep that order.
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.index - b.index)
    .map(({ event }) => event);
}
