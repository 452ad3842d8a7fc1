// Run by `npm run db:deploy` after the migrations: puts the national support services that ship
// with the app (app/modules/directory/national-services.ts) into the database.
import { ensureNationalDirectory } from "../app/modules/directory/directory.server";
import { db } from "../app/utils/db.server";

ensureNationalDirectory()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
