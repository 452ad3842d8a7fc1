// The notices email: "You have something new in Safety Circle" and a link to sign in, nothing
// about the case. Notices are gathered: a person gets at most one email an hour (when an area
// is "email now"), or one a day (the default, "daily digest"), none in their quiet hours, none
// with "no emails at all", and none for a thing they may no longer see or a family whose plan
// has ended. Each digest is claimed by one conditional update of the person's lastEmailAt, in
// the same transaction as its job, so processes running at once send it once; the job runner
// sends it, and retries with back-off if the mail server fails.
import type { Prisma } from "~/generated/sqlite/client";
import { isLanguage } from "~/i18n";
import { isUniqueViolation } from "~/modules/auth/rate-limit.server";
import { mailableMemberWhere } from "~/modules/family/active-family.server";
import { enqueueJob } from "~/modules/jobs/jobs.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { db, inTransaction, outsideTransaction } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";
import { minutesOf, ukParts } from "~/utils/uk-time";

import { areaOfKind, noticeAreas, type NoticeArea, type NoticeMode } from "./notice-events";
import { digestSettingsOf, noticeSettingsOf, type NoticeChoices } from "./notice-settings.server";
import { memberSelect, readerOf, setNoticeWake, stillVisible } from "./notices.server";

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

/** Whether `now` (UK time) is inside the quiet hours from–to; they may run past midnight. */
export function inQuietHours(choices: Pick<NoticeChoices, "quietFrom" | "quietTo">, now: Date): boolean {
  const from = choices.quietFrom ? minutesOf(choices.quietFrom) : null;
  const to = choices.quietTo ? minutesOf(choices.quietTo) : null;
  if (from === null || to === null || from === to) return false;
  const minute = minutesOf(ukParts(now).time) ?? 0;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

const modeFor = (choices: NoticeChoices, kind: string): NoticeMode => {
  const area: NoticeArea | null = areaOfKind(kind);
  return area ? choices[area] : "APP";
};

/**
 * Notices the person's settings let an email take: no settings row (the default, a daily digest
 * for every area), or an area not "only in the app" without "no emails at all". The scan reads
 * only these, so notices that will never be emailed (and so keep emailedAt empty) cannot fill it
 * and hide newer ones. Settings changed later bring their notices back into the scan.
 */
const emailableWhere: Prisma.NoticeWhereInput = {
  OR: [
    { kind: { in: noticeAreas.map((area) => area.toUpperCase()) }, person: { noticeSettings: { is: null } } },
    ...noticeAreas.map((area): Prisma.NoticeWhereInput => ({
      kind: area.toUpperCase(),
      person: { noticeSettings: { is: { noEmail: false, [area]: { not: "APP" } } } },
    })),
  ],
};

type Pending = {
  id: string;
  personId: string;
  familyId: string;
  kind: string;
  event: string;
  subjectId: string;
};

/**
 * Of a person's notices, the ones they may still see, in families whose plans run and where
 * they are still an active member: the same rule as What's new, plus the active-family check.
 */
async function mailable<N extends Omit<Pending, "personId">>(personId: string, notices: N[]) {
  const families = [...new Set(notices.map((notice) => notice.familyId))];
  const members = await db.membership.findMany({
    where: { personId, familyId: { in: families }, ...mailableMemberWhere },
    select: memberSelect,
  });
  const visible: N[] = [];
  for (const member of members) {
    const own = notices.filter((notice) => notice.familyId === member.familyId);
    visible.push(...(await stillVisible(readerOf(member), own)));
  }
  return visible;
}

/**
 * Claims and queues the digests due now. Returns how many this run claimed. Safe to run in
 * several processes at once: each claim is a conditional update, and only one wins.
 */
export async function runNoticeDigests({ now = new Date(), take = 500 } = {}): Promise<number> {
  const pending: Pending[] = await db.notice.findMany({
    where: { emailedAt: null, readAt: null, createdAt: { lte: now }, ...emailableWhere },
    orderBy: { createdAt: "asc" },
    take,
    select: { id: true, personId: true, familyId: true, kind: true, event: true, subjectId: true },
  });
  const byPerson = new Map<string, Pending[]>();
  for (const notice of pending)
    byPerson.set(notice.personId, [...(byPerson.get(notice.personId) ?? []), notice]);
  let claimed = 0;
  for (const [personId, notices] of byPerson) {
    const choices = await digestSettingsOf(personId);
    if (choices.noEmail || inQuietHours(choices, now)) continue;
    const wanted = notices.filter((notice) => modeFor(choices, notice.kind) !== "APP");
    if (wanted.length === 0) continue;
    // Too soon for any digest: skip before the per-family visibility queries. The claim checks
    // the gap again, for the notices that turn out visible.
    const soonest = wanted.some((notice) => modeFor(choices, notice.kind) === "NOW") ? HOUR_MS : DAY_MS;
    if (choices.lastEmailAt && choices.lastEmailAt.getTime() > now.getTime() - soonest) continue;
    const visible = await mailable(personId, wanted);
    if (visible.length === 0) continue;
    const gap = visible.some((notice) => modeFor(choices, notice.kind) === "NOW") ? HOUR_MS : DAY_MS;
    if (await claimDigest({ personId, noticeIds: visible.map((notice) => notice.id), gap, now })) claimed++;
  }
  return claimed;
}

async function claimDigest({
  personId,
  noticeIds,
  gap,
  now,
}: {
  personId: string;
  noticeIds: string[];
  gap: number;
  now: Date;
}): Promise<boolean> {
  // The row the claim updates; another process may make it at the same moment.
  try {
    await db.noticeSettings.upsert({ where: { personId }, create: { personId }, update: {} });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // inTransaction, so the job enqueueJob records commits or rolls back with the claim.
  return inTransaction(async () => {
    const won = await db.noticeSettings.updateMany({
      where: {
        personId,
        OR: [{ lastEmailAt: null }, { lastEmailAt: { lte: new Date(now.getTime() - gap) } }],
      },
      data: { lastEmailAt: now },
    });
    if (won.count !== 1) return false;
    const taken = await db.notice.updateMany({
      where: { id: { in: noticeIds }, personId, emailedAt: null },
      data: { emailedAt: now },
    });
    // Another process emailed these already (in an earlier hour): nothing new to say.
    if (taken.count === 0) throw new NothingNew();
    // Ids only: the address and the language are read when the email is sent.
    await enqueueJob("notice-digest", { personId, noticeIds });
    return true;
  }).catch((error: unknown) => {
    if (error instanceof NothingNew) return false;
    throw error;
  });
}

class NothingNew extends Error {}

/**
 * The job: sends the digest if, now, the person still wants email and may still see at least
 * one of its notices in a family whose plan runs. The email names nothing of the case.
 */
export async function deliverNoticeDigest({
  personId,
  noticeIds,
}: {
  personId: string;
  noticeIds: string[];
}): Promise<void> {
  const notices = await db.notice.findMany({
    where: { id: { in: noticeIds }, personId, readAt: null },
    select: { id: true, familyId: true, kind: true, event: true, subjectId: true },
  });
  if (notices.length === 0) return;
  const choices = await noticeSettingsOf(personId);
  if (choices.noEmail) return;
  if ((await mailable(personId, notices)).length === 0) return;
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { email: true, language: true },
  });
  if (!person) return;
  const t = await i18next.getFixedT(isLanguage(person.language) ? person.language : "en", "notices");
  await sendMail({
    to: person.email,
    subject: t("email.subject"),
    text: t("email.body", { url: new URL("/sign-in", getEnv().APP_URL).toString() }),
  });
}

let timer: NodeJS.Timeout | undefined;

/** Started with the job runner: looks for due digests every minute, and soon after a new notice. */
export function startNoticeTimer({
  everyMs = 60_000,
  onError,
}: {
  everyMs?: number;
  onError: (error: unknown) => void;
}) {
  if (timer) return;
  let busy = false;
  let again = false;
  const tick = () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    runNoticeDigests()
      .catch(onError)
      .finally(() => {
        busy = false;
        if (again) {
          again = false;
          setImmediate(tick);
        }
      });
  };
  timer = setInterval(tick, everyMs);
  timer.unref();
  // A notice is often made just after a save: look a moment later, outside any request work.
  setNoticeWake(() => outsideTransaction(() => setTimeout(tick, 200).unref()));
  setImmediate(tick);
}

export function stopNoticeTimer() {
  if (timer) clearInterval(timer);
  timer = undefined;
  setNoticeWake(undefined);
}
