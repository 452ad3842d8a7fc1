// The demo's council, charity, people and two families with their approved members.
import { demoPeople, type DemoPersonKey } from "~/modules/demo/demo-people";
import { openFamilySpace } from "~/modules/family/family-space.server";
import { db } from "~/utils/db.server";

import { daysAgo, isoDaysAgo } from "./time";

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

  // The demo's social workers work for the council (staff rows; org-admin's addStaffMember may replace these).
  for (const key of ["socialWorker", "secondSocialWorker"] as const)
    await db.staffMember.create({
      data: { organisationId: council.id, personId: ids[key], role: "SOCIAL_WORKER" },
    });

  // Families are opened as a social worker opens them in the app; the rest of each circle joins after.
  const request = new Request("http://seed.invalid/families/new", { method: "POST" });

  // Family 1: a baby on a plan (neglect) made before birth; her nan is now her main carer.
  const { familyId: lilyId } = await openFamilySpace({
    organisationId: council.id,
    socialWorkerId: ids.socialWorker,
    input: {
      name: "Lily's family",
      children: [{ firstName: "Lily", dateOfBirth: isoDaysAgo(70), dueDate: null }],
      category: "NEGLECT",
      conferenceDate: isoDaysAgo(75),
    },
    request,
    now: daysAgo(80),
  });
  const lily = { id: lilyId };
  const lilyMembers: [DemoPersonKey, MemberRole, string][] = [
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
  const { familyId: noahId } = await openFamilySpace({
    organisationId: council.id,
    socialWorkerId: ids.secondSocialWorker,
    input: {
      name: "Noah's family",
      children: [
        { firstName: "Noah", dateOfBirth: isoDaysAgo(45), dueDate: null },
        { firstName: "Ella", dateOfBirth: isoDaysAgo(15 * 365 + 40), dueDate: null },
      ],
      category: "NEGLECT",
      conferenceDate: isoDaysAgo(40),
    },
    request,
    now: daysAgo(42),
  });
  const noah = { id: noahId };
  const noahMembers: typeof lilyMembers = [
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
