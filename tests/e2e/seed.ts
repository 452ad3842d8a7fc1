// Creates the browser tests' own data in a fresh database (not the demo seed).
import { db } from "~/utils/db.server";

import { e2eFamily, e2eOtherFamily, e2ePeople, e2ePlanFamily } from "./people";

async function main() {
  const organisation = await db.organisation.create({ data: { name: "Test Council", kind: "LOCAL_AUTHORITY" } });
  const people = Object.fromEntries(
    await Promise.all(
      Object.entries(e2ePeople).map(async ([key, person]) => [key, await db.person.create({ data: { email: person.email, name: person.name } })] as const),
    ),
  );
  const maple = await db.family.create({ data: { name: e2eFamily.name, organisationId: organisation.id } });
  const birch = await db.family.create({ data: { name: e2eOtherFamily.name, organisationId: organisation.id } });
  await db.child.create({ data: { familyId: maple.id, firstName: e2eFamily.child, dateOfBirth: new Date(Date.now() - 60 * 86_400_000) } });
  await db.child.create({ data: { familyId: birch.id, firstName: e2eOtherFamily.child, dueDate: new Date(Date.now() + 40 * 86_400_000) } });

  for (const key of ["parent", "networkMember", "kinshipCarer", "adviser", "practitioner", "inBoth"] as const) {
    await db.membership.create({ data: { familyId: maple.id, personId: people[key].id, role: e2ePeople[key].role } });
  }
  await db.membership.create({ data: { familyId: birch.id, personId: people.otherParent.id, role: "PARENT" } });
  await db.membership.create({ data: { familyId: birch.id, personId: people.inBoth.id, role: "NETWORK_MEMBER" } });

  const oak = await db.family.create({ data: { name: e2ePlanFamily.name, organisationId: organisation.id } });
  await db.child.create({ data: { familyId: oak.id, firstName: e2ePlanFamily.child, dateOfBirth: new Date(Date.now() - 20 * 86_400_000) } });
  for (const key of ["planWorker", "planParent", "planAunt"] as const) {
    await db.membership.create({ data: { familyId: oak.id, personId: people[key].id, role: e2ePeople[key].role } });
  }
}

main().then(() => db.$disconnect());
