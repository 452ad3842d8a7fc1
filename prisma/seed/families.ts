// The demo's council, charity, people and two families with their approved members.
import { demoPeople, type DemoPersonKey } from "~/modules/demo/demo-people";
import { openFamilySpace } from "~/modules/family/family-space.server";
import { setUpOrganisation } from "~/modules/organisation/setup.server";
import { addStaffMember } from "~/modules/organisation/staff.server";
import { db } from "~/utils/db.server";

import { daysAgo, isoDaysAgo } from "./time";

type MemberRole = "PARENT" | "NETWORK_MEMBER" | "KINSHIP_CARER" | "ADVISER" | "PRACTITIONER";

export async function seedFamilies() {
  // The council is set up as a real one is (npm run setup), and its staff added as its admin would.
  const admin = demoPeople.find((person) => person.key === "orgAdmin")!;
  const setUp = await setUpOrganisation({
    organisation: "Northbridge Council Children's Services",
    kind: "LOCAL_AUTHORITY",
    adminEmail: admin.email,
    adminName: admin.name,
  });
  if (!setUp.created) throw new Error("The demo seed needs an empty database.");
  const council = await db.organisation.findUniqueOrThrow({
    where: { id: setUp.organisationId },
    select: { id: true, name: true },
  });

  const ids = { orgAdmin: setUp.adminId } as Record<DemoPersonKey, string>;
  for (const person of demoPeople) {
    if (person.key === "orgAdmin") continue;
    const created = await db.person.create({ data: { email: person.email, name: person.name } });
    ids[person.key] = created.id;
  }
  // The adviser works for an advice charity, the council's partner; no invitation mail in the demo.
  const staff: [DemoPersonKey, "SOCIAL_WORKER" | "ADVISER"][] = [
    ["socialWorker", "SOCIAL_WORKER"],
    ["secondSocialWorker", "SOCIAL_WORKER"],
    ["adviser", "ADVISER"],
  ];
  let charityId: string | null = null;
  for (const [key, role] of staff) {
    const person = demoPeople.find((one) => one.key === key)!;
    const added = await addStaffMember({
      organisationId: council.id,
      actorId: ids.orgAdmin,
      input: {
        email: person.email,
        name: person.name,
        role,
        partnerId: undefined,
        partnerName: role === "ADVISER" ? "Kinfolk Advice" : undefined,
      },
      notify: false,
    });
    if (!added.ok) throw new Error(`Could not add ${person.name}: ${added.error}`);
    charityId = added.partnerId ?? charityId;
  }
  const charity = { id: charityId! };

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
