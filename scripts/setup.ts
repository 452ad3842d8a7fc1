// First run for a new service: `npm run setup -- --organisation "Northbridge Council" --kind
// council --admin someone@council.example --admin-name "Sam Jones"`. In a container, the same
// from SETUP_ORGANISATION, SETUP_KIND, SETUP_ADMIN_EMAIL and SETUP_ADMIN_NAME. Runs once: a
// second run changes nothing and says so.
import { parseArgs } from "node:util";

import { SetUpSchema } from "~/modules/organisation/organisation.schema.server";
import { setUpOrganisation } from "~/modules/organisation/setup.server";
import { db } from "~/utils/db.server";
import { i18next } from "~/utils/i18next.server";

const usage =
  'Usage: npm run setup -- --organisation "Name" --kind council|charity --admin email --admin-name "Name"';

async function main(): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      options: {
        organisation: { type: "string" },
        kind: { type: "string" },
        admin: { type: "string" },
        "admin-name": { type: "string" },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const env = process.env;
  const parsed = SetUpSchema.safeParse({
    organisation: values.organisation ?? env.SETUP_ORGANISATION,
    kind: values.kind ?? env.SETUP_KIND,
    adminEmail: values.admin ?? env.SETUP_ADMIN_EMAIL,
    adminName: values["admin-name"] ?? env.SETUP_ADMIN_NAME,
  });
  if (!parsed.success) {
    const t = await i18next.getFixedT("en", "organisation");
    const flags: Record<string, string> = {
      organisation: "--organisation",
      kind: "--kind",
      adminEmail: "--admin",
      adminName: "--admin-name",
    };
    for (const issue of parsed.error.issues)
      console.error(`${flags[String(issue.path[0])] ?? issue.path.join(".")}: ${t(issue.message)}`);
    console.error(usage);
    return 2;
  }
  const outcome = await setUpOrganisation(parsed.data);
  if (!outcome.created) {
    console.log(`Already set up for ${outcome.organisationName}. Nothing changed.`);
    return 0;
  }
  console.log(
    `Set up ${parsed.data.organisation}. Its admin ${parsed.data.adminEmail} can sign in now with an email code.`,
  );
  return 0;
}

const code = await main();
await db.$disconnect();
process.exit(code);
