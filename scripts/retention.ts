// The retention job: `npm run retention`, once a day (cron or a scheduled task). Prints counts only.
import { runRetention } from "~/modules/retention/retention.server";
import { db } from "~/utils/db.server";

const report = await runRetention();
console.log(
  `Deleted: ${Object.entries(report)
    .map(([what, count]) => `${count} ${what}`)
    .join(", ")}`,
);
await db.$disconnect();
