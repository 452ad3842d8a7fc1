import { deliverSignInEmail, deliverSignInLockNotice } from "~/modules/auth/sign-in.server";
import { setJobWake, type JobKind, type JobPayloads } from "~/modules/jobs/jobs.server";
import {
  deliverMeetingReminder,
  startReminderTimer,
  stopReminderTimer,
} from "~/modules/meetings/reminders.server";
import { deliverMyCopyReady } from "~/modules/my-data/my-copy-mail.server";
import { deliverNoticeDigest, startNoticeTimer, stopNoticeTimer } from "~/modules/notices/digest.server";
import { deliverNewMessageNotice } from "~/modules/rules/reports.server";
import { db, outsideTransaction } from "~/utils/db.server";
import { logEvent } from "~/utils/log.server";

type Handlers = { [K in JobKind]: (payload: JobPayloads[K]) => Promise<void> };

const handlers: Handlers = {
  "sign-in-email": deliverSignInEmail,
  "sign-in-lock-notice": deliverSignInLockNotice,
  "new-message-notice": deliverNewMessageNotice,
  "meeting-reminder": deliverMeetingReminder,
  "my-copy-ready": deliverMyCopyReady,
  "notice-digest": deliverNoticeDigest,
};

/** Tries before a job is given up. With the back-off below that is about an hour of retrying. */
export const MAX_JOB_ATTEMPTS = 6;
const CLAIM_MINUTES = 5;

/** 30 s, 1 min, 2 min, 4 min, 8 min: quick for a blip, patient with a mail server that is down. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 60 * 60_000);
}

/**
 * Runs the jobs that are due. Each job is claimed with one conditional UPDATE, so two app
 * processes never run the same job. A job that fails goes back in the queue for later.
 */
export async function runDueJobs({ take = 20 } = {}): Promise<number> {
  const now = new Date();
  const dueWhere = {
    OR: [
      { status: "pending", runAfter: { lte: now } },
      // A process that died while running a job leaves it claimed; take it back after a while.
      { status: "running", lockedUntil: { lt: now } },
    ],
  };
  const due = await db.job.findMany({
    where: dueWhere,
    orderBy: { runAfter: "asc" },
    take,
    select: { id: true },
  });
  let done = 0;
  for (const { id } of due) {
    const claimed = await db.job.updateMany({
      where: { id, ...dueWhere },
      data: {
        status: "running",
        lockedUntil: new Date(Date.now() + CLAIM_MINUTES * 60_000),
        attempts: { increment: 1 },
      },
    });
    if (claimed.count !== 1) continue;
    const job = await db.job.findUniqueOrThrow({
      where: { id },
      select: { kind: true, payload: true, attempts: true },
    });
    try {
      const handler = handlers[job.kind as JobKind] as (payload: unknown) => Promise<void>;
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(JSON.parse(job.payload));
      // The payload holds an email: keep nothing once the work is done.
      await db.job.delete({ where: { id } });
      done++;
    } catch (error) {
      // A class or code like ECONNREFUSED; never the message, which may hold an address.
      const code = (error as { code?: unknown }).code;
      const lastError =
        typeof code === "string" && /^[\w-]{1,40}$/.test(code)
          ? code
          : error instanceof Error
            ? error.name
            : "Error";
      if (job.attempts >= MAX_JOB_ATTEMPTS) {
        await db.job.update({
          where: { id },
          data: { status: "failed", payload: "{}", lastError, lockedUntil: null },
        });
        logEvent("error", "job.failed", {
          job: id,
          kind: job.kind,
          attempts: job.attempts,
          error: lastError,
        });
      } else {
        const runAfter = new Date(Date.now() + retryDelayMs(job.attempts));
        await db.job.update({
          where: { id },
          data: { status: "pending", runAfter, lastError, lockedUntil: null },
        });
        logEvent("warn", "job.retry", { job: id, kind: job.kind, attempts: job.attempts, error: lastError });
      }
    }
  }
  return done;
}

let timer: NodeJS.Timeout | undefined;
let busy = false;
let again = false;

async function tick() {
  if (busy) {
    again = true;
    return;
  }
  busy = true;
  try {
    do {
      again = false;
      await runDueJobs();
    } while (again);
  } catch (error) {
    logEvent("error", "job.runner", { error: error instanceof Error ? error.name : "Error" });
  } finally {
    busy = false;
  }
}

// Dev reloads evaluate this module again; only one runner per process.
const runnerState = globalThis as unknown as { __jobRunnerStarted?: boolean };

/** Started once by server.js: checks for due jobs every second, and at once when one is added. */
export function startJobRunner({ everyMs = 1000 } = {}) {
  if (timer || runnerState.__jobRunnerStarted) return;
  runnerState.__jobRunnerStarted = true;
  timer = setInterval(tick, everyMs);
  timer.unref();
  // A job is often added inside a save's transaction: the runner must not inherit it.
  setJobWake(() => outsideTransaction(() => setImmediate(tick)));
  setImmediate(tick);
  startReminderTimer({
    onError: (error) =>
      logEvent("error", "reminders.runner", { error: error instanceof Error ? error.name : "Error" }),
  });
  startNoticeTimer({
    onError: (error) =>
      logEvent("error", "notices.runner", { error: error instanceof Error ? error.name : "Error" }),
  });
}

export function stopJobRunner() {
  if (timer) clearInterval(timer);
  timer = undefined;
  runnerState.__jobRunnerStarted = false;
  setJobWake(undefined);
  stopReminderTimer();
  stopNoticeTimer();
}
