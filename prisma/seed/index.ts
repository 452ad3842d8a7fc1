// Demo data for people trying Safety Circle: two made-up families, dates relative to today.
// It needs an empty database, and refuses to run in production. One file per area; every area
// after the families builds on them.
import { demoPeople } from "~/modules/demo/demo-people";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

import { seedDirectory } from "./directory";
import { seedFamilies } from "./families";
import { seedKinship } from "./kinship";
import { seedMeetings } from "./meetings";
import { seedNetwork } from "./network";
import { seedPlans } from "./plans";
import { seedRules } from "./rules";

// History rows (published versions, audit, views) cannot be deleted, by design (migration
// 0003), so the demo starts from an empty database rather than wiping one.
async function requireEmptyDatabase() {
  if ((await db.person.count()) > 0) {
    throw new Error(
      "The demo seed needs an empty database. npm run demo starts a fresh SQLite file; on PostgreSQL, create a new database and run npm run db:deploy.",
    );
  }
}

async function main() {
  if (getEnv().APP_ENV === "production") throw new Error("The demo seed never runs in production.");
  await requireEmptyDatabase();

  const { council, charity, lilyFamilyId, noahFamilyId, ids } = await seedFamilies();
  await seedDirectory({
    councilId: council.id,
    councilName: council.name,
    charityId: charity.id,
    editorId: ids.adviser,
  });
  await seedPlans({ lilyFamilyId, noahFamilyId, ids });
  await seedRules({ lilyFamilyId, noahFamilyId, ids });
  await seedKinship({ lilyId: lilyFamilyId, noahId: noahFamilyId, ids });
  await seedMeetings({ lilyFamilyId, noahFamilyId, ids });
  await seedNetwork({ lilyFamilyId, noahFamilyId, ids });

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
