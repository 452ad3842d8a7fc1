// Demo data for kinship care: Lily's nan (her kinship carer) keeps contact plans and a diary,
// and the adviser has shared resources with both demo families. Dates are relative to today.
import type { DemoPersonKey } from "~/modules/demo/demo-people";
import { db } from "~/utils/db.server";

import { daysAgo, isoDaysAgo } from "./time";

export async function seedKinship({
  lilyId,
  noahId,
  ids,
}: {
  lilyId: string;
  noahId: string;
  ids: Record<DemoPersonKey, string>;
}) {
  const nan = ids.grandmother;

  // Contact plans: Mum's changed once (the old version is kept); Dad's is supervised.
  const mum = await db.contactArrangement.create({
    data: { familyId: lilyId, createdById: nan, createdAt: daysAgo(40) },
  });
  const mumPlan = {
    who: "Jade (Mum)",
    place: "Northbridge Family Centre, Mill Lane",
    supervised: true,
    supervisor: "A family centre worker",
    ownSteps: "If Jade is more than 20 minutes late, I take Lily home and text Grace.",
  };
  await db.contactArrangementVersion.create({
    data: {
      arrangementId: mum.id,
      familyId: lilyId,
      version: 1,
      whenText: "Tuesdays, 10am to 12pm",
      ...mumPlan,
      authorId: nan,
      createdAt: daysAgo(40),
    },
  });
  await db.contactArrangementVersion.create({
    data: {
      arrangementId: mum.id,
      familyId: lilyId,
      version: 2,
      whenText: "Tuesdays and Thursdays, 10am to 12pm",
      ...mumPlan,
      authorId: nan,
      createdAt: daysAgo(12),
    },
  });
  const dad = await db.contactArrangement.create({
    data: { familyId: lilyId, createdById: nan, createdAt: daysAgo(30) },
  });
  await db.contactArrangementVersion.create({
    data: {
      arrangementId: dad.id,
      familyId: lilyId,
      version: 1,
      who: "Kyle (Dad)",
      whenText: "Saturdays, 2pm to 3pm",
      place: "Northbridge Family Centre, Mill Lane",
      supervised: true,
      supervisor: "A family centre worker",
      ownSteps:
        "If Kyle seems drunk or high, I say no to the visit, keep Lily with me and ring Grace. If he will not leave, I call 999.",
      authorId: nan,
      createdAt: daysAgo(30),
    },
  });

  // Nan's diary: one entry shared with Mum, one with Aunt Amy, one kept to herself.
  const entries: { days: number; text: string; readers: DemoPersonKey[] }[] = [
    {
      days: 20,
      text: "Lily slept for four hours in a row last night. She likes the sling and the low lamp.",
      readers: ["mother"],
    },
    { days: 9, text: "First real smile today, at the dog. Amy saw it too.", readers: ["aunt"] },
    {
      days: 3,
      text: "A hard day. Lily was sick twice and would not settle. I rang the health visitor.",
      readers: [],
    },
  ];
  for (const entry of entries) {
    const row = await db.diaryEntry.create({
      data: { familyId: lilyId, authorId: nan, createdAt: daysAgo(entry.days) },
    });
    await db.diaryEntryVersion.create({
      data: {
        entryId: row.id,
        familyId: lilyId,
        version: 1,
        day: isoDaysAgo(entry.days),
        text: entry.text,
        createdAt: daysAgo(entry.days),
      },
    });
    for (const reader of entry.readers) {
      await db.diaryReader.create({
        data: { entryId: row.id, familyId: lilyId, personId: ids[reader], addedAt: daysAgo(entry.days) },
      });
    }
  }

  // The adviser's shared resources.
  const shares = [
    {
      familyId: lilyId,
      kind: "ARTICLE",
      ref: "kinship-care-options",
      title: "",
      note: "Carol, read this before the meeting about a special guardianship order. Ask me anything.",
      days: 14,
    },
    {
      familyId: lilyId,
      kind: "LINK",
      ref: "https://frg.org.uk/",
      title: "Family Rights Group",
      note: "Free advice for parents and family carers.",
      days: 6,
    },
    {
      familyId: noahId,
      kind: "SERVICE",
      ref: "national-frg-advice-line",
      title: "",
      note: "Owen, this line can help before the review conference.",
      days: 4,
    },
  ];
  for (const { days, ...share } of shares) {
    await db.sharedResource.create({ data: { ...share, sharedById: ids.adviser, createdAt: daysAgo(days) } });
  }

  // Jade chose to show the adviser Lily's plan and meetings, not the family's rules.
  const adviser = await db.membership.findFirstOrThrow({
    where: { familyId: lilyId, personId: ids.adviser },
    select: { id: true },
  });
  const view = { plan: true, rules: false, meetings: true, network: false };
  await db.adviserView.create({
    data: {
      familyId: lilyId,
      membershipId: adviser.id,
      ...view,
      changedById: ids.mother,
      changedAt: daysAgo(50),
    },
  });
  await db.adviserViewChange.create({
    data: {
      familyId: lilyId,
      membershipId: adviser.id,
      ...view,
      changedById: ids.mother,
      createdAt: daysAgo(50),
    },
  });
}
