// Meeting reminders: an email two days before and on the morning, to each invited member who
// has not said "not coming". Each one is claimed by inserting a row with a unique key, in the
// same transaction as its email job, so two processes running at once send it only once.
// The slot only says which reminder it is; what the email says ("today", "tomorrow", "in two
// days") is worked out when it is sent, from the meeting's time then, in UK calendar days. A
// meeting booked for tomorrow still gets the two-day slot, and a queued job may run late.
import { isLanguage } from "~/i18n";
import { isUniqueViolation } from "~/modules/auth/rate-limit.server";
import { isFamilyActive, mailableMemberWhere } from "~/modules/family/active-family.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { allows } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";
import { addDays, calendarDaysBetween, exactUkInstant, ukParts } from "~/utils/uk-time";

export type ReminderSlot = "two-days" | "morning";

const atLondon = (date: string, time: string) => {
  const result = exactUkInstant(date, time);
  // 08:00 and 07:00 always exist; the fallback only keeps the type honest.
  return result.ok ? result.instant : new Date(`${date}T${time}:00Z`);
};

/** The reminder due for a meeting now, if any: from 08:00 two days before, and from 07:00 on the day. */
export function dueSlot(startsAt: Date, now: Date): ReminderSlot | null {
  if (now >= startsAt) return null;
  const day = ukParts(startsAt).date;
  if (now >= atLondon(day, "07:00")) return "morning";
  if (now >= atLondon(addDays(day, -2), "08:00") && now < atLondon(day, "00:00")) return "two-days";
  return null;
}

export type ReminderDay = "today" | "tomorrow" | "twoDays";

/** How far off the meeting is when the email goes: UK calendar days, not 24-hour periods. */
export function reminderDay(startsAt: Date, now: Date): ReminderDay | null {
  if (now >= startsAt) return null;
  const days = calendarDaysBetween(ukParts(now).date, ukParts(startsAt).date);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === 2) return "twoDays";
  return null;
}

/** Claims and queues the reminders due now. Returns how many this run claimed. */
export async function runMeetingReminders({ now = new Date() } = {}): Promise<number> {
  const meetings = await db.meeting.findMany({
    where: {
      status: "SCHEDULED",
      startsAt: { gt: now, lte: new Date(now.getTime() + 3 * 86_400_000) },
    },
    select: {
      id: true,
      familyId: true,
      startsAt: true,
      invites: { select: { personId: true } },
      replies: { select: { personId: true, answer: true }, orderBy: { at: "desc" } },
    },
  });
  let claimed = 0;
  for (const meeting of meetings) {
    const slot = dueSlot(meeting.startsAt, now);
    if (!slot) continue;
    const answers = new Map<string, string>();
    for (const reply of meeting.replies)
      if (!answers.has(reply.personId)) answers.set(reply.personId, reply.answer);
    const members = await db.membership.findMany({
      where: {
        familyId: meeting.familyId,
        // Members who may be mailed: none once the plan has ended, all again if it is restarted.
        ...mailableMemberWhere,
        personId: { in: meeting.invites.map((invite) => invite.personId) },
      },
      select: {
        personId: true,
        role: true,
        adviserView: { select: { plan: true, rules: true, meetings: true, network: true } },
      },
    });
    // The guard's answer, as on the meetings page: no reminder of a meeting the family hides from an adviser.
    const active = members.filter((member) =>
      allows(
        { familyId: meeting.familyId, role: member.role, adviserView: member.adviserView },
        "meetings",
        "view",
      ),
    );
    for (const { personId } of active) {
      if (answers.get(personId) === "NOT_COMING") continue;
      try {
        await db.$transaction([
          db.meetingReminder.create({
            data: { meetingId: meeting.id, personId, slot, startsAt: meeting.startsAt },
          }),
          // The payload holds ids only; the address is read when the email is sent.
          db.job.create({
            data: {
              kind: "meeting-reminder",
              payload: JSON.stringify({ meetingId: meeting.id, personId, slot }),
            },
          }),
        ]);
        claimed++;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }
  return claimed;
}

/** The job: the email says only that there is a meeting, and when, never what about. */
export async function deliverMeetingReminder(
  { meetingId, personId, slot }: { meetingId: string; personId: string; slot: ReminderSlot },
  { now = new Date() }: { now?: Date } = {},
) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: { familyId: true, status: true, startsAt: true },
  });
  if (!meeting || meeting.status !== "SCHEDULED") return;
  // Queued before the plan ended: the family is no longer sent reminders.
  if (!(await isFamilyActive(meeting.familyId))) return;
  const day = reminderDay(meeting.startsAt, now);
  // Begun, moved far off, or an early reminder that only runs on the day, when the morning
  // one says "today": nothing to send.
  if (!day || (slot === "two-days" && day === "today")) return;
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { email: true, language: true },
  });
  if (!person) return;
  const t = await i18next.getFixedT(isLanguage(person.language) ? person.language : "en", "meetings");
  const url = new URL(`/families/${meeting.familyId}/meetings/${meetingId}`, getEnv().APP_URL).toString();
  await sendMail({ to: person.email, subject: t("email.subject"), text: t(`email.${day}`, { url }) });
}

let timer: NodeJS.Timeout | undefined;

/** Started with the job runner: looks for due reminders every few minutes. */
export function startReminderTimer({
  everyMs = 5 * 60_000,
  onError,
}: {
  everyMs?: number;
  onError: (error: unknown) => void;
}) {
  if (timer) return;
  const tick = () => runMeetingReminders().catch(onError);
  timer = setInterval(tick, everyMs);
  timer.unref();
  setImmediate(tick);
}

export function stopReminderTimer() {
  if (timer) clearInterval(timer);
  timer = undefined;
}
