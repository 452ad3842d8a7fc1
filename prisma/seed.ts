// Demo data for people trying Safety Circle: two made-up families, dates relative to today.
// It replaces everything in the database, so it refuses to run in production.
import { demoPeople, type DemoPersonKey } from "../app/modules/demo/demo-people";
import { db } from "../app/utils/db.server";
import { getEnv } from "../app/utils/env.server";

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

async function wipe() {
  await db.auditEvent.deleteMany();
  await db.outboxEmail.deleteMany();
  await db.rateLimit.deleteMany();
  await db.session.deleteMany();
  await db.signInToken.deleteMany();
  await db.invitation.deleteMany();
  await db.membership.deleteMany();
  await db.child.deleteMany();
  await db.family.deleteMany();
  await db.organisationAdmin.deleteMany();
  await db.person.deleteMany();
  await db.organisation.deleteMany();
}

async function main() {
  if (getEnv().APP_ENV === "production") throw new Error("The demo seed never runs in production.");
  await wipe();

  const council = await db.organisation.create({
    data: { name: "Northbridge Council Children's Services", kind: "LOCAL_AUTHORITY", reportLeadWorkingDays: 3 },
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
  await db.organisationAdmin.create({ data: { organisationId: council.id, personId: ids.orgAdmin } });

  // Family 1: a baby on a plan (neglect) made before birth; her nan is now her main carer.
  const lily = await db.family.create({ data: { name: "Lily's family", organisationId: council.id } });
  await db.child.create({ data: { familyId: lily.id, firstName: "Lily", dateOfBirth: daysAgo(70) } });
  const lilyMembers: [DemoPersonKey, "PARENT" | "NETWORK_MEMBER" | "KINSHIP_CARER" | "ADVISER" | "PRACTITIONER", string][] = [
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
      data: { familyId: lily.id, personId: ids[key], role, relationship, approvedById: ids.socialWorker, approvedAt: daysAgo(60) },
    });
  }

  // Family 2: a baby on a plan (neglect) because of his mum's drinking; he lives with his dad.
  const noah = await db.family.create({ data: { name: "Noah's family", organisationId: council.id } });
  await db.child.create({ data: { familyId: noah.id, firstName: "Noah", dateOfBirth: daysAgo(45) } });
  await db.child.create({ data: { familyId: noah.id, firstName: "Ella", dateOfBirth: daysAgo(15 * 365 + 40) } });
  const noahMembers: typeof lilyMembers = [
    ["secondSocialWorker", "PRACTITIONER", "Social worker"],
    ["secondFather", "PARENT", "Dad"],
    ["secondMother", "PARENT", "Mum"],
    ["adviser", "ADVISER", "Adviser, Kinfolk Advice"],
  ];
  for (const [key, role, relationship] of noahMembers) {
    await db.membership.create({
      data: { familyId: noah.id, personId: ids[key], role, relationship, approvedById: ids.secondSocialWorker, approvedAt: daysAgo(30) },
    });
  }

  console.log("Demo families ready. Sign in as any of these people (demo mode lists them on /sign-in):");
  for (const person of demoPeople) console.log(`  ${person.name.padEnd(15)} ${person.email}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
