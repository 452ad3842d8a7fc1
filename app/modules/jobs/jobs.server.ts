import { db } from "~/utils/db.server";

/** The kinds of work done off the request path; the runner has one handler per kind. */
export type JobPayloads = {
  "sign-in-email": { email: string };
  "sign-in-lock-notice": { email: string; minutes: number };
  // "You have a new message in Safety Circle": nothing about the case, only whom to tell.
  // Rule reports now make notices (notice-digest); kept so jobs queued before still run.
  "new-message-notice": { personId: string };
  // "You have something new in Safety Circle": whom to tell, and which notices it gathers (ids).
  "notice-digest": { personId: string; noticeIds: string[] };
  // "Your copy is ready": no case words, only whom to tell (my-copy-mail.server.ts).
  "my-copy-ready": { personId: string };
  "meeting-reminder": { meetingId: string; personId: string; slot: "two-days" | "morning" };
};
export type JobKind = keyof JobPayloads;

let wake: (() => void) | undefined;

/**
 * Records a job in the database; the runner does it soon after, off the request path. A request
 * that enqueues does one insert whatever the job will find, so its timing tells nothing.
 */
export async function enqueueJob<K extends JobKind>(kind: K, payload: JobPayloads[K]): Promise<void> {
  await db.job.create({ data: { kind, payload: JSON.stringify(payload) } });
  wake?.();
}

/** The runner registers here so new jobs start at once instead of at the next tick. */
export function setJobWake(callback: (() => void) | undefined) {
  wake = callback;
}
