// The reminder job: `npm run reminders`. Claims the meeting reminders due now, then sends the
// queued email jobs. Safe to run beside the server, which runs the same job on a timer.
import { runDueJobs } from "~/modules/jobs/runner.server";
import { runMeetingReminders } from "~/modules/meetings/reminders.server";
import { db } from "~/utils/db.server";

const claimed = await runMeetingReminders();
let sent = 0;
for (let done = await runDueJobs(); done > 0; done = await runDueJobs()) sent += done;
console.log(`Reminders queued: ${claimed}. Jobs done: ${sent}.`);
await db.$disconnect();
