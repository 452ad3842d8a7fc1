// Demo data for the safety rules of both demo families (dates relative to today). Called once
// from the seed's index, on an empty database.
import type { DemoPersonKey } from "~/modules/demo/demo-people";
import { reportReaders } from "~/modules/rules/reports.server";
import { ruleStatus } from "~/modules/rules/rule-status";
import { db } from "~/utils/db.server";

import { daysAgo, isoDaysAgo } from "./time";

type Answer = "AGREE" | "NOT_YET" | "DISAGREE" | "ENDORSE";
type DemoVersion = {
  by: DemoPersonKey;
  daysAgo: number;
  text: string;
  worryId: string | null;
  warningSigns: string;
  ifBroken: string;
  whoToCall: string;
  involved: DemoPersonKey[];
  checkers: DemoPersonKey[];
  answers: [DemoPersonKey, Answer, number, string?][];
};

async function seedRule(
  familyId: string,
  members: Map<DemoPersonKey, { membershipId: string; personId: string }>,
  versions: DemoVersion[],
) {
  const person = (key: DemoPersonKey) => members.get(key)!;
  const rule = await db.rule.create({
    data: {
      familyId,
      revision: versions.length,
      createdById: person(versions[0].by).personId,
      createdAt: daysAgo(versions[0].daysAgo),
    },
    select: { id: true },
  });
  for (const [index, version] of versions.entries()) {
    const row = await db.ruleVersion.create({
      data: {
        ruleId: rule.id,
        familyId,
        number: index + 1,
        text: version.text,
        worryId: version.worryId,
        warningSigns: version.warningSigns,
        ifBroken: version.ifBroken,
        whoToCall: version.whoToCall,
        createdById: person(version.by).personId,
        createdAt: daysAgo(version.daysAgo),
      },
      select: { id: true },
    });
    await db.rulePerson.createMany({
      data: [
        ...version.involved.map((key) => ({
          versionId: row.id,
          familyId,
          membershipId: person(key).membershipId,
          kind: "INVOLVED" as const,
        })),
        ...version.checkers.map((key) => ({
          versionId: row.id,
          familyId,
          membershipId: person(key).membershipId,
          kind: "CHECKER" as const,
        })),
      ],
    });
    for (const [key, answer, days, reason = ""] of version.answers) {
      await db.ruleAgreement.create({
        data: {
          versionId: row.id,
          ruleId: rule.id,
          familyId,
          membershipId: person(key).membershipId,
          answer,
          reason,
          createdAt: daysAgo(days),
        },
      });
    }
  }
  // The newest version everyone named agreed and the social worker endorsed: its checkers read reports.
  const agreed = versions
    .map((version, index) => ({ version, number: index + 1 }))
    .filter(({ version }) => {
      const answers = version.answers.map(([key, answer, days, reason = ""]) => ({
        membershipId: person(key).membershipId,
        answer,
        reason,
        createdAt: daysAgo(days),
      }));
      return (
        ruleStatus({
          involved: version.involved.map((key) => person(key).membershipId),
          answers,
          retired: false,
        }).state === "agreed"
      );
    });
  if (agreed.length > 0)
    await db.rule.update({
      where: { id: rule.id },
      data: { agreedRevision: agreed[agreed.length - 1].number },
    });
  return rule.id;
}

type DemoReport = {
  ruleId: string;
  familyId: string;
  versionNumber: number;
  kind: "BROKEN" | "WARNING_SIGN";
  whatHappened: string;
  happenedOn: string;
  happenedAt: string;
  reporterId: string;
  createdAt: Date;
};

/** A report with the readers the app would have stored when it was made. */
async function seedReport(data: DemoReport) {
  const rule = await db.rule.findUniqueOrThrow({
    where: { id: data.ruleId },
    select: { agreedRevision: true },
  });
  const readers = await db.$transaction((tx) =>
    reportReaders(tx, {
      familyId: data.familyId,
      ruleId: data.ruleId,
      revision: data.versionNumber,
      agreedRevision: rule.agreedRevision,
      reporterId: data.reporterId,
    }),
  );
  return db.ruleReport.create({
    data: {
      ...data,
      readers: { create: readers.map((personId) => ({ personId, familyId: data.familyId })) },
    },
    select: { id: true },
  });
}

async function membersOf(familyId: string, ids: Record<DemoPersonKey, string>) {
  const rows = await db.membership.findMany({ where: { familyId }, select: { id: true, personId: true } });
  const members = new Map<DemoPersonKey, { membershipId: string; personId: string }>();
  for (const [key, personId] of Object.entries(ids) as [DemoPersonKey, string][]) {
    const row = rows.find((membership) => membership.personId === personId);
    if (row) members.set(key, { membershipId: row.id, personId });
  }
  return members;
}

/**
 * Lily's family: the no-drugs rule that Kyle broke (the report, what happened next, and the
 * stronger version written after it), Carol's night-time rule, and a new rule waiting for the
 * social worker. An open warning-sign report waits on Grace's home page. Noah's family: two
 * rules, one agreed and one waiting. The council gets its numbers for "what to do now".
 */
export async function seedRules({
  lilyFamilyId,
  noahFamilyId,
  ids,
}: {
  lilyFamilyId: string;
  noahFamilyId: string;
  ids: Record<DemoPersonKey, string>;
}) {
  const lily = await db.family.findUniqueOrThrow({
    where: { id: lilyFamilyId },
    select: { organisationId: true },
  });
  // Numbers from Ofcom's range kept for drama, so they can never ring a real person.
  await db.organisation.update({
    where: { id: lily.organisationId },
    data: { socialWorkPhone: "01632 960 100", outOfHoursPhone: "01632 960 999" },
  });

  const lilys = await membersOf(lilyFamilyId, ids);
  const noDrugsFirst: DemoVersion = {
    by: "mother",
    daysAgo: 55,
    text: "No one who has used drugs or drink looks after Lily or stays in the house with her.",
    worryId: "lilyworry001",
    warningSigns:
      "Someone seems sleepy, shaky or does not make sense. New people come to the house late at night.",
    ifBroken:
      "1. Carol keeps Lily with her.\n2. The person who used leaves the house.\n3. Call Grace the same day.",
    whoToCall: "Grace, the social worker. Amy, Lily's aunt.",
    involved: ["mother", "father", "grandmother"],
    // The people a rule is about are never its checkers.
    checkers: ["aunt"],
    answers: [
      ["mother", "AGREE", 55],
      ["grandmother", "AGREE", 54],
      ["father", "NOT_YET", 54, "I want to talk about it at the meeting first."],
      ["father", "AGREE", 52],
      ["socialWorker", "ENDORSE", 51],
    ],
  };
  const noDrugsAfter: DemoVersion = {
    ...noDrugsFirst,
    by: "mother",
    daysAgo: 14,
    text: "No one who has used drugs or drink looks after Lily or stays in the house with her. Kyle sees Lily at the family centre until his tests are clear.",
    answers: [
      ["mother", "AGREE", 14],
      ["grandmother", "AGREE", 13],
      ["father", "NOT_YET", 12, "I want to see Lily at Carol's house too."],
      ["socialWorker", "ENDORSE", 12],
    ],
  };
  const noDrugs = await seedRule(lilyFamilyId, lilys, [noDrugsFirst, noDrugsAfter]);
  const broken = await seedReport({
    ruleId: noDrugs,
    familyId: lilyFamilyId,
    versionNumber: 1,
    kind: "BROKEN",
    whatHappened:
      "Kyle came home late and I could tell he had used. Lily was asleep upstairs. Jade asked him to leave, and he went to his brother's.",
    happenedOn: isoDaysAgo(20),
    happenedAt: "23:15",
    reporterId: ids.grandmother,
    createdAt: daysAgo(20),
  });
  await db.ruleReportFollowUp.create({
    data: {
      reportId: broken.id,
      familyId: lilyFamilyId,
      personId: ids.socialWorker,
      text: "I met Jade and Carol the next morning. Kyle has moved out. He sees Lily at the family centre for now. The network met on Friday to make the plan stronger.",
      createdAt: daysAgo(19),
    },
  });
  await db.ruleComment.createMany({
    data: [
      {
        ruleId: noDrugs,
        familyId: lilyFamilyId,
        personId: ids.mother,
        text: "I asked Kyle to leave. It was hard, but Lily comes first.",
        createdAt: daysAgo(15),
      },
      {
        ruleId: noDrugs,
        familyId: lilyFamilyId,
        personId: ids.socialWorker,
        text: "Thank you, Jade. You kept to the rule. We have added the family centre visits.",
        createdAt: daysAgo(14),
      },
    ],
  });
  await seedReport({
    ruleId: noDrugs,
    familyId: lilyFamilyId,
    versionNumber: 2,
    kind: "WARNING_SIGN",
    whatHappened:
      "One of Jade's old friends was waiting outside Carol's house on Saturday. Jade did not let him in.",
    happenedOn: isoDaysAgo(2),
    happenedAt: "",
    reporterId: ids.aunt,
    createdAt: daysAgo(2),
  });

  await seedRule(lilyFamilyId, lilys, [
    {
      by: "grandmother",
      daysAgo: 40,
      text: "Carol is always the one who looks after Lily at night.",
      worryId: "lilyworry001",
      warningSigns: "Carol is ill or has to go away.",
      ifBroken: "Amy comes to stay. Call Grace the next day.",
      whoToCall: "Amy, Lily's aunt. Priya, a family friend.",
      involved: ["grandmother", "mother"],
      checkers: ["aunt", "friend"],
      answers: [
        ["grandmother", "AGREE", 40],
        ["mother", "AGREE", 39],
        ["socialWorker", "ENDORSE", 38],
      ],
    },
  ]);
  const newRule = await seedRule(lilyFamilyId, lilys, [
    {
      by: "mother",
      daysAgo: 3,
      text: "I go to the drug service every week, and I tell Carol after each test.",
      worryId: "lilyworry001",
      warningSigns: "I miss a week, or I do not want to talk about the test.",
      ifBroken: "Carol calls Grace. We talk about it together.",
      whoToCall: "Grace, the social worker.",
      involved: ["mother"],
      checkers: ["grandmother"],
      answers: [["mother", "AGREE", 3]],
    },
  ]);
  await db.ruleComment.create({
    data: {
      ruleId: newRule,
      familyId: lilyFamilyId,
      personId: ids.socialWorker,
      text: "Thank you, Jade. Can we add what happens if you miss a week?",
      createdAt: daysAgo(1),
    },
  });

  const noahs = await membersOf(noahFamilyId, ids);
  await seedRule(noahFamilyId, noahs, [
    {
      by: "secondFather",
      daysAgo: 25,
      text: "Megan does not drink on the days she sees Noah, and she is never alone with him.",
      worryId: "noahworry001",
      warningSigns: "Megan is late, smells of drink or talks in a slow way.",
      ifBroken: "Owen stops the visit at once. He calls Sam the same day.",
      whoToCall: "Sam, the social worker.",
      involved: ["secondMother"],
      checkers: ["secondFather"],
      answers: [
        ["secondMother", "AGREE", 24],
        ["secondSocialWorker", "ENDORSE", 23],
      ],
    },
  ]);
  await seedRule(noahFamilyId, noahs, [
    {
      by: "secondFather",
      daysAgo: 5,
      text: "Ella does not look after Noah on her own at night. She has time for school and her friends.",
      worryId: null,
      warningSigns: "Ella is tired at school, or misses time with friends.",
      ifBroken: "Owen finds another adult to help and talks with Ella.",
      whoToCall: "The young carers service.",
      involved: ["secondFather"],
      checkers: ["secondMother"],
      answers: [["secondFather", "AGREE", 5]],
    },
  ]);
}
