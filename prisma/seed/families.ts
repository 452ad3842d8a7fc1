// The demo's council, charity, people and two families with their approved members.
import { demoPeople, type DemoPersonKey } from "~/modules/demo/demo-people";
import { db } from "~/utils/db.server";

import { daysAgo } from "./time";

type MemberRole = "PARENT" | "NETWORK_MEMBER" | "KINSHIP_CARER" | "ADVISER" | "PRACTITIONER";

export async function seedFamilies() {
  const council = await db.organisation.create({
    data: {
      name: "Northbridge Council Children's Services",
      kind: "LOCAL_AUTHORITY",
      reportLeadWorkingDays: 3,
    },
  });
  const charity = await db.organisation.create({ data: { name: "Kinfolk Advice", kind: "CHARITY" } });

  const orgOf: Partial<Record<DemoPersonKey, string>> = {
    socialWorker: council.id,
    secondSocialWorker: council.id,
    orgAdmin: council.id,
    adviser: charity.id,
  };
  const ids = {} as Record<DemoPersonKey, string>;
  for (const person of demoPeople) {
    const created = await db.person.create({
      data: { email: person.email, name: person.name, organisationId: orgOf[person.key] ?? null },
    });
    ids[person.key] = created.id;
  }
  await db.staffMember.create({
    data: { organisationId: council.id, personId: ids.orgAdmin, role: "ADMIN" },
  });
  // The demo social workers are the council's staff, so each has a caseload. An upsert, so the
  // row is made once whichever part of the seed names them first.
  for (const key of ["socialWorker", "secondSocialWorker"] as const)
    await db.staffMember.upsert({
      where: { organisationId_personId: { organisationId: council.id, personId: ids[key] } },
      create: { organisationId: council.id, personId: ids[key], role: "SOCIAL_WORKER" },
      update: {},
    });

  // Family 1: a baby on a plan (neglect) made before birth; her nan is now her main carer.
  const lily = await db.family.create({ data: { name: "Lily's family", organisationId: council.id } });
  await db.child.create({ data: { familyId: lily.id, firstName: "Lily", dateOfBirth: daysAgo(70) } });
  const lilyMembers: [DemoPersonKey, MemberRole, string][] = [
    ["socialWorker", "PRACTITIONER", "Social worker"],
    ["mother", "PARENT", "Mum"],
    ["father", "PARENT", "Dad"],
    ["grandmother", "KINSHIP_CARER", "Nan"],
    ["aunt", "NETWORK_MEMBER", "Aunt"],
    ["friend", "NETWORK_MEMBER", "Family friend"],
    ["adviser", "ADVISER", "Adviser, Kinfolk Advice"],
  ];
  for (const [key, role, relationship] of lilyMembers) {
    await db.membership.create({
      data: {
        familyId: lily.id,
        personId: ids[key],
        role,
        relationship,
        approvedById: ids.socialWorker,
        approvedAt: daysAgo(60),
      },
    });
  }

  // Family 2: a baby on a plan (neglect) because of his mum's drinking; he lives with his dad.
  const noah = await db.family.create({ data: { name: "Noah's family", organisationId: council.id } });
  await db.child.create({ data: { familyId: noah.id, firstName: "Noah", dateOfBirth: daysAgo(45) } });
  await db.child.create({
    data: { familyId: noah.id, firstName: "Ella", dateOfBirth: daysAgo(15 * 365 + 40) },
  });
  const noahMembers: typeof lilyMembers = [
    ["secondSocialWorker", "PRACTITIONER", "Social worker"],
    ["secondFather", "PARENT", "Dad"],
    ["secondMother", "PARENT", "Mum"],
    ["adviser", "ADVISER", "Adviser, Kinfolk Advice"],
  ];
  for (const [key, role, relationship] of noahMembers) {
    await db.membership.create({
      data: {
        familyId: noah.id,
        personId: ids[key],
        role,
        relationship,
        approvedById: ids.secondSocialWorker,
        approvedAt: daysAgo(30),
      },
    });
  }

  return { council, charity, lilyFamilyId: lily.id, noahFamilyId: noah.id, ids };
}
