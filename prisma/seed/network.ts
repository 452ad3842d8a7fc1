// Demo data for the safety network: who shares what, commitments with check-ins. Called with
// one line from the seed's index once the demo families and their members exist. Dates are
// relative to now, so there is always a recent week of check-ins, with one missed.
import type { CommitmentKind } from "~/modules/commitments/commitments.server";
import { missedOccurrences, type Slot } from "~/modules/commitments/schedule";
import type { DemoPersonKey } from "~/modules/demo/demo-people";
import { db } from "~/utils/db.server";
import { addDays, ukParts } from "~/utils/uk-time";

import { DAY } from "./time";

type Member = { membershipId: string; personId: string };

async function membersOf(familyId: string, ids: Record<DemoPersonKey, string>) {
  const rows = await db.membership.findMany({ where: { familyId }, select: { id: true, personId: true } });
  const byPerson = new Map(rows.map((row) => [row.personId, row.id]));
  return (key: DemoPersonKey): Member => ({ membershipId: byPerson.get(ids[key])!, personId: ids[key] });
}

type DemoCommitment = {
  familyId: string;
  keeper: Member;
  kind: CommitmentKind;
  words: string;
  slots: Slot[];
  startedDaysAgo: number;
  // Who agreed, for the family and as the social worker; none for an offer still waiting.
  familyAgreed: Member | null;
  workerAgreed: Member | null;
  activeDaysAgo: number | null;
  // Which past times have a check-in: every one but those listed here (newest first = 0).
  skip?: number[];
  couldNot?: { index: number; note: string };
};

async function seedCommitment(spec: DemoCommitment, now: Date) {
  const today = ukParts(now).date;
  const startDate = addDays(today, -spec.startedDaysAgo);
  const activeSince = spec.activeDaysAgo === null ? null : new Date(now.getTime() - spec.activeDaysAgo * DAY);
  const agreedAt = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const status = spec.familyAgreed && spec.workerAgreed ? "ACTIVE" : "OFFERED";
  // A parent who offers agrees for the family by offering; anyone else's yes is a version of its own.
  const familyVersion = spec.familyAgreed !== null && spec.familyAgreed.personId !== spec.keeper.personId;
  const versions: { change: string; by: Member; status: "OFFERED" | "ACTIVE" }[] = [
    { change: "offered", by: spec.keeper, status: "OFFERED" },
  ];
  if (familyVersion) versions.push({ change: "accepted", by: spec.familyAgreed!, status: "OFFERED" });
  if (spec.workerAgreed) versions.push({ change: "accepted", by: spec.workerAgreed, status });
  const revision = versions.length;
  const base = {
    kind: spec.kind,
    words: spec.words,
    slots: JSON.stringify(spec.slots),
    startDate,
    endDate: null,
  };
  const commitment = await db.commitment.create({
    data: {
      familyId: spec.familyId,
      membershipId: spec.keeper.membershipId,
      ...base,
      status,
      familyAcceptedById: spec.familyAgreed?.personId ?? null,
      familyAcceptedAt: spec.familyAgreed ? agreedAt(spec.activeDaysAgo ?? 1) : null,
      practitionerAcceptedById: spec.workerAgreed?.personId ?? null,
      practitionerAcceptedAt: spec.workerAgreed ? agreedAt(spec.activeDaysAgo ?? 1) : null,
      activeSince,
      revision,
      updatedById: (spec.workerAgreed ?? spec.keeper).personId,
      updatedAt: activeSince ?? agreedAt(spec.startedDaysAgo),
      createdAt: agreedAt(spec.startedDaysAgo),
    },
    select: { id: true },
  });
  await db.commitmentVersion.createMany({
    data: versions.map((version, index) => ({
      commitmentId: commitment.id,
      familyId: spec.familyId,
      revision: index + 1,
      change: version.change,
      ...base,
      status: version.status,
      changedById: version.by.personId,
      createdAt: agreedAt(index === 0 ? spec.startedDaysAgo : (spec.activeDaysAgo ?? 1)),
    })),
  });
  if (status !== "ACTIVE") return;

  // Every time that has passed since it was agreed, newest first; all logged but the skipped.
  const past = missedOccurrences({ ...base, slots: spec.slots, status, activeSince }, new Set(), now);
  const checkIns = past
    .reverse()
    .map((occurrence, index) => ({ occurrence, index }))
    .filter(({ index }) => !(spec.skip ?? []).includes(index))
    .map(({ occurrence, index }) => ({
      familyId: spec.familyId,
      commitmentId: commitment.id,
      occurrence: occurrence.key,
      outcome: spec.couldNot?.index === index ? ("COULD_NOT" as const) : ("DONE" as const),
      note: spec.couldNot?.index === index ? spec.couldNot.note : "",
      personId: spec.keeper.personId,
      createdAt: occurrence.endsAt,
    }));
  if (checkIns.length > 0) await db.commitmentCheckIn.createMany({ data: checkIns });
}

export async function seedNetwork({
  lilyFamilyId,
  noahFamilyId,
  ids,
  now = new Date(),
}: {
  lilyFamilyId: string;
  noahFamilyId: string;
  ids: Record<DemoPersonKey, string>;
  now?: Date;
}) {
  const lily = await membersOf(lilyFamilyId, ids);
  const noah = await membersOf(noahFamilyId, ids);

  // Who shares what. Amy hides her details from Kyle, who left after breaking the no-drugs rule.
  const shares = [
    {
      familyId: lilyFamilyId,
      who: lily("aunt"),
      phone: "07700 900461",
      phoneAudience: "FAMILY",
      email: "",
      emailAudience: "NOBODY",
      address: "",
      addressAudience: "NOBODY",
      hiddenFrom: [lily("father")],
    },
    {
      familyId: lilyFamilyId,
      who: lily("grandmother"),
      phone: "07700 900462",
      phoneAudience: "FAMILY",
      email: "",
      emailAudience: "NOBODY",
      address: "14 Mill Road, Northbridge",
      addressAudience: "PRACTITIONER",
      hiddenFrom: [],
    },
    {
      familyId: lilyFamilyId,
      who: lily("friend"),
      phone: "07700 900463",
      phoneAudience: "PRACTITIONER",
      email: "priya.shah@demo.safetycircle.example",
      emailAudience: "FAMILY",
      address: "",
      addressAudience: "NOBODY",
      hiddenFrom: [],
    },
    {
      familyId: noahFamilyId,
      who: noah("secondFather"),
      phone: "07700 900471",
      phoneAudience: "FAMILY",
      email: "",
      emailAudience: "NOBODY",
      address: "",
      addressAudience: "NOBODY",
      hiddenFrom: [],
    },
  ] as const;
  for (const share of shares) {
    const row = await db.contactSharing.create({
      data: {
        familyId: share.familyId,
        membershipId: share.who.membershipId,
        phone: share.phone,
        email: share.email,
        address: share.address,
        phoneAudience: share.phoneAudience,
        emailAudience: share.emailAudience,
        addressAudience: share.addressAudience,
        changedById: share.who.personId,
        createdAt: new Date(now.getTime() - 20 * DAY),
      },
    });
    if (share.hiddenFrom.length > 0)
      await db.contactHiddenFrom.createMany({
        data: share.hiddenFrom.map((member) => ({ sharingId: row.id, membershipId: member.membershipId })),
      });
  }

  // Lily's family: Amy visits on Tuesday and Thursday evenings (one visit not logged, one she
  // could not make); Priya gives lifts to the drug service and helps on Saturday mornings.
  await seedCommitment(
    {
      familyId: lilyFamilyId,
      keeper: lily("aunt"),
      kind: "VISITS",
      words: "I come for tea and help Nan with Lily's bath.",
      slots: [
        { day: 2, start: "17:30", end: "19:30" },
        { day: 4, start: "17:30", end: "19:30" },
      ],
      startedDaysAgo: 30,
      familyAgreed: lily("grandmother"),
      workerAgreed: lily("socialWorker"),
      activeDaysAgo: 21,
      skip: [0],
      couldNot: { index: 2, note: "I had a bad cold. I phoned Carol instead." },
    },
    now,
  );
  await seedCommitment(
    {
      familyId: lilyFamilyId,
      keeper: lily("friend"),
      kind: "TRANSPORT",
      words: "I drive Jade to the drug service.",
      slots: [{ day: 3, start: "09:30", end: "11:30" }],
      startedDaysAgo: 25,
      familyAgreed: lily("mother"),
      workerAgreed: lily("socialWorker"),
      activeDaysAgo: 20,
    },
    now,
  );
  await seedCommitment(
    {
      familyId: lilyFamilyId,
      keeper: lily("friend"),
      kind: "PRACTICAL_HELP",
      words: "Shopping and a walk with Lily.",
      slots: [{ day: 6, start: "10:00", end: "13:00" }],
      startedDaysAgo: 5,
      familyAgreed: lily("mother"),
      workerAgreed: null,
      activeDaysAgo: null,
    },
    now,
  );

  // Noah's family: Owen takes Megan to her group; Megan's visits with Owen there. No one is
  // around in the evenings at the weekend, which the coverage week names.
  await seedCommitment(
    {
      familyId: noahFamilyId,
      keeper: noah("secondFather"),
      kind: "TRANSPORT",
      words: "I take Megan to her group, and Ella looks after Noah with her nan.",
      slots: [{ day: 1, start: "18:00", end: "20:00" }],
      startedDaysAgo: 20,
      familyAgreed: noah("secondFather"),
      workerAgreed: noah("secondSocialWorker"),
      activeDaysAgo: 15,
    },
    now,
  );
  await seedCommitment(
    {
      familyId: noahFamilyId,
      keeper: noah("secondMother"),
      kind: "VISITS",
      words: "I visit Noah with Owen there, sober.",
      slots: [
        { day: 3, start: "15:00", end: "17:00" },
        { day: 6, start: "13:00", end: "15:00" },
      ],
      startedDaysAgo: 20,
      familyAgreed: noah("secondMother"),
      workerAgreed: noah("secondSocialWorker"),
      activeDaysAgo: 15,
    },
    now,
  );
}
