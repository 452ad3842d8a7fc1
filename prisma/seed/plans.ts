// The demo plans: Lily's with history (versions, views, scale scores, a correction), Noah's new.
import type { DemoPersonKey } from "~/modules/demo/demo-people";
import type { PlanContent } from "~/modules/plan/plan.schema.server";
import { db } from "~/utils/db.server";

import { daysAgo, isoDaysAgo, isoDaysAhead } from "./time";

export async function seedPlans({
  lilyFamilyId,
  noahFamilyId,
  ids,
}: {
  lilyFamilyId: string;
  noahFamilyId: string;
  ids: Record<DemoPersonKey, string>;
}) {
  await seedLilysPlan(lilyFamilyId, ids);
  await seedNoahsPlan(noahFamilyId, ids);
}

async function membershipOf(familyId: string, personId: string) {
  const row = await db.membership.findFirstOrThrow({ where: { familyId, personId }, select: { id: true } });
  return row.id;
}

// Lily's plan: two published versions, views, scale scores over time, and a correction.
async function seedLilysPlan(familyId: string, ids: Record<DemoPersonKey, string>) {
  const mum = await membershipOf(familyId, ids.mother);
  const nan = await membershipOf(familyId, ids.grandmother);
  const aunt = await membershipOf(familyId, ids.aunt);
  const worker = await membershipOf(familyId, ids.socialWorker);
  const v1: PlanContent = {
    level: "CHILD_PROTECTION",
    category: "NEGLECT",
    initialConferenceDate: isoDaysAgo(75),
    nextReviewDate: isoDaysAhead(35),
    worries: [
      {
        id: "lilyworry001",
        professional:
          "Risk of neglect arising from parental substance misuse, including a relapse in the antenatal period.",
        plain:
          "Jade and Kyle have used drugs in the past. When a parent uses drugs, a baby can be left without food, warmth or care. We worry this could happen to Lily.",
      },
      {
        id: "lilyworry002",
        professional: "Concerns regarding home conditions and the suitability of the accommodation.",
        plain:
          "The flat was not safe for a baby. There were things on the floor that Lily could hurt herself on.",
      },
    ],
    complicatingFactors: [
      { id: "lilyharder01", text: "Jade's old friends still live near the flat. Some of them use drugs." },
    ],
    workingWell: [
      { id: "lilywell0001", text: "Carol looks after Lily every day. Lily is growing well." },
      { id: "lilywell0002", text: "Jade goes to every meeting at the drug service." },
    ],
    goals: [
      {
        id: "lilygoal0001",
        worryId: "lilyworry001",
        text: "Lily always has a sober adult looking after her, day and night.",
      },
      {
        id: "lilygoal0002",
        worryId: "lilyworry002",
        text: "Lily lives in a clean, safe home with space to play.",
      },
    ],
    actions: [
      {
        id: "lilyact00001",
        what: "Go to the drug service every week and take the tests.",
        whoMembershipId: mum,
        whoName: "",
        byWhen: isoDaysAhead(28),
        status: "IN_PROGRESS",
      },
      {
        id: "lilyact00002",
        what: "Be Lily's main carer and call Grace if you are worried.",
        whoMembershipId: nan,
        whoName: "",
        byWhen: null,
        status: "IN_PROGRESS",
      },
      {
        id: "lilyact00003",
        what: "Visit on Tuesdays and Saturdays, and help with shopping.",
        whoMembershipId: aunt,
        whoName: "",
        byWhen: null,
        status: "NOT_STARTED",
      },
      {
        id: "lilyact00004",
        what: "Help Jade find a new home away from the old flat.",
        whoMembershipId: worker,
        whoName: "",
        byWhen: isoDaysAhead(42),
        status: "NOT_STARTED",
      },
      {
        id: "lilyact00005",
        what: "Check Lily's weight and feeding every two weeks.",
        whoMembershipId: null,
        whoName: "Health visitor",
        byWhen: null,
        status: "IN_PROGRESS",
      },
    ],
    ifNotFollowed:
      "If a rule is broken, the safety network meets again to make the plan stronger. If Lily is not safe, the council may ask a court to decide where she lives.",
    scalingQuestion:
      "0 means Lily cannot live with her family. 10 means everyone is sure she is safe, and the plan can end. Where are things now?",
  };
  const v2: PlanContent = {
    ...v1,
    worries: [
      v1.worries[0],
      { ...v1.worries[1], plain: "The flat was not safe for a baby. Jade is now looking for a new home." },
    ],
    workingWell: [
      ...v1.workingWell,
      { id: "lilywell0003", text: "Jade has had clear drug tests for 8 weeks." },
    ],
    actions: v1.actions.map((action) =>
      action.id === "lilyact00003" ? { ...action, status: "IN_PROGRESS" as const } : action,
    ),
  };
  await db.planVersion.create({
    data: { familyId, number: 1, content: v1, publishedById: ids.socialWorker, publishedAt: daysAgo(60) },
  });
  await db.planVersion.create({
    data: { familyId, number: 2, content: v2, publishedById: ids.socialWorker, publishedAt: daysAgo(7) },
  });
  await db.planDraft.create({
    data: { familyId, content: v2, revision: 2, updatedById: ids.socialWorker, updatedAt: daysAgo(7) },
  });

  await db.itemView.createMany({
    data: [
      {
        familyId,
        itemId: "lilyworry001",
        personId: ids.mother,
        stance: "DISAGREE",
        words: "I have not used anything since before Lily was born.",
        shared: false,
        version: 1,
        createdAt: daysAgo(55),
      },
      {
        familyId,
        itemId: "lilyworry001",
        personId: ids.mother,
        stance: "NOT_SURE",
        words: "I know why people worry. My tests are clear now.",
        shared: true,
        version: 2,
        createdAt: daysAgo(5),
      },
      {
        familyId,
        itemId: "lilygoal0001",
        personId: ids.grandmother,
        stance: "AGREE",
        words: "I am with Lily all the time.",
        shared: true,
        version: 2,
        createdAt: daysAgo(4),
      },
    ],
  });
  const scores: [
    DemoPersonKey,
    "PARENT" | "KINSHIP_CARER" | "NETWORK_MEMBER" | "PRACTITIONER",
    number,
    number,
    string,
  ][] = [
    ["mother", "PARENT", 3, 58, "It is early days."],
    ["grandmother", "KINSHIP_CARER", 4, 57, ""],
    ["socialWorker", "PRACTITIONER", 2, 56, "Lily is safe with Carol. Jade is just starting treatment."],
    ["mother", "PARENT", 6, 6, "I go to every meeting and my tests are clear."],
    ["aunt", "NETWORK_MEMBER", 6, 5, ""],
    ["socialWorker", "PRACTITIONER", 5, 4, "Good progress. We still need a safe home."],
  ];
  for (const [key, role, score, days, note] of scores) {
    await db.scaleScore.create({
      data: { familyId, personId: ids[key], role, score, note, createdAt: daysAgo(days) },
    });
  }
  await db.correctionRequest.create({
    data: {
      familyId,
      itemId: "lilyact00003",
      version: 1,
      personId: ids.aunt,
      whatIsWrong: "I already visit three times a week.",
      shouldSay: "Amy visits on Tuesdays, Thursdays and Saturdays.",
      status: "NOT_AGREED",
      reason: "The plan asks for two visits. A third visit is welcome but not needed.",
      respondedById: ids.socialWorker,
      respondedAt: daysAgo(8),
      createdAt: daysAgo(20),
    },
  });
}

// Noah's plan: one version, written with his dad in mind.
async function seedNoahsPlan(familyId: string, ids: Record<DemoPersonKey, string>) {
  const dad = await membershipOf(familyId, ids.secondFather);
  const mum = await membershipOf(familyId, ids.secondMother);
  const content: PlanContent = {
    level: "CHILD_PROTECTION",
    category: "NEGLECT",
    initialConferenceDate: isoDaysAgo(40),
    nextReviewDate: isoDaysAhead(50),
    worries: [
      {
        id: "noahworry001",
        professional: "Maternal alcohol misuse impacting on the capacity to meet the baby's needs.",
        plain: "When Megan drinks, she cannot look after a baby safely. Noah could be hurt or left alone.",
      },
    ],
    complicatingFactors: [
      {
        id: "noahharder01",
        text: "Ella is 15 and helps a lot with Noah. She needs time for school and friends too.",
      },
    ],
    workingWell: [{ id: "noahwell0001", text: "Owen does not drink. He looks after Noah well." }],
    goals: [
      { id: "noahgoal0001", worryId: "noahworry001", text: "Noah is only looked after by sober adults." },
    ],
    actions: [
      {
        id: "noahact00001",
        what: "Go to the alcohol support group each week.",
        whoMembershipId: mum,
        whoName: "",
        byWhen: isoDaysAhead(21),
        status: "IN_PROGRESS",
      },
      {
        id: "noahact00002",
        what: "Be with Noah whenever Megan visits.",
        whoMembershipId: dad,
        whoName: "",
        byWhen: null,
        status: "IN_PROGRESS",
      },
      {
        id: "noahact00003",
        what: "Talk with Ella about support for young carers.",
        whoMembershipId: null,
        whoName: "Young carers service",
        byWhen: isoDaysAhead(14),
        status: "NOT_STARTED",
      },
    ],
    ifNotFollowed:
      "If Megan drinks before a visit, the visit stops. The network meets again to make the plan stronger.",
    scalingQuestion:
      "0 means Noah cannot stay with his family. 10 means the plan can end. Where are things now?",
  };
  await db.planVersion.create({
    data: { familyId, number: 1, content, publishedById: ids.secondSocialWorker, publishedAt: daysAgo(30) },
  });
}
