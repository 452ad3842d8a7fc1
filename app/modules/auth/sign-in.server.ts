import { isLanguage } from "~/i18n";
import {
  addressKey,
  hitRateLimit,
  isUniqueViolation,
  type LimitResult,
} from "~/modules/auth/rate-limit.server";
import { emailKey, hashCode, hashToken, newCode, newToken, sameHash } from "~/modules/auth/tokens.server";
import { enqueueJob } from "~/modules/jobs/jobs.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";

export const SIGN_IN_TTL_MINUTES = 10;
/** Wrong tries one code allows before it is burned. */
export const MAX_CODE_ATTEMPTS = 5;
/** Codes that can be live for one email at once. More requests send nothing new until one ends. */
export const MAX_LIVE_CODES = 5;
/** Wrong codes one account allows, across all its codes, before codes are paused for it. */
export const ACCOUNT_WRONG_CODE_CAP = 10;
/** The first pause; each pause within a day of the last one is twice as long, up to a day. */
export const LOCK_BASE_MINUTES = 15;
const LOCK_MAX_MINUTES = 24 * 60;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Limits on asking for a code: per (email, address), so someone elsewhere cannot use up the
 * owner's tries, and per address (an IPv6 /64 counts as one), so one place cannot try many emails.
 */
export async function checkSignInLimits(email: string, ip: string): Promise<LimitResult> {
  const env = getEnv();
  const address = addressKey(ip);
  const pair = await hitRateLimit(
    `sign-in:pair:${emailKey(email)}:${address}`,
    env.SIGN_IN_LIMIT_PER_EMAIL,
    env.RATE_LIMIT_WINDOW_MINUTES,
  );
  if (!pair.allowed) return pair;
  return hitRateLimit(`sign-in:ip:${address}`, env.SIGN_IN_LIMIT_PER_IP, env.RATE_LIMIT_WINDOW_MINUTES);
}

/** Limit on typing codes from one address, across emails. */
export function checkCodeLimits(ip: string): Promise<LimitResult> {
  const env = getEnv();
  return hitRateLimit(
    `sign-in-code:ip:${addressKey(ip)}`,
    env.SIGN_IN_LIMIT_PER_IP,
    env.RATE_LIMIT_WINDOW_MINUTES,
  );
}

/**
 * Asks for a sign-in email. The request path only records a job: it does the same single insert
 * whether or not the email is known, and no mail I/O, so neither the answer nor its timing tells
 * who has an account, and a mail server that is down cannot change the answer.
 */
export async function requestSignInEmail(rawEmail: string): Promise<void> {
  await enqueueJob("sign-in-email", { email: normaliseEmail(rawEmail) });
}

/**
 * The job: makes a link and a code and mails them, when the address belongs to someone.
 * A new request never cancels a live code (that would let anyone cancel the owner's codes for
 * ever); instead at most MAX_LIVE_CODES are live at once, all of them in the owner's inbox.
 */
export async function deliverSignInEmail({ email }: { email: string }): Promise<void> {
  const person = await db.person.findUnique({ where: { email }, select: { language: true } });
  if (!person) return;

  const now = new Date();
  const live = await db.signInToken.count({ where: liveTokenWhere(email, now) });
  if (live >= MAX_LIVE_CODES) return;

  const link = newToken();
  const code = newCode();
  const token = await db.signInToken.create({
    data: {
      email,
      linkHash: hashToken(link),
      codeHash: hashCode(email, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + SIGN_IN_TTL_MINUTES * 60_000),
    },
    select: { id: true },
  });
  // Two runners could both have counted four; whoever finds more than the cap backs out, so
  // the cap holds without reading and then writing a counter.
  if ((await db.signInToken.count({ where: liveTokenWhere(email, now) })) > MAX_LIVE_CODES) {
    await db.signInToken.delete({ where: { id: token.id } });
    return;
  }

  const t = await i18next.getFixedT(isLanguage(person.language) ? person.language : "en", "email");
  const url = new URL(`/sign-in/link/${link}`, getEnv().APP_URL).toString();
  try {
    await sendMail({
      to: email,
      subject: t("signIn.subject"),
      text: t("signIn.body", { code, url, minutes: SIGN_IN_TTL_MINUTES }),
    });
  } catch (error) {
    // Nobody received this code, so it must not count as live; the retry makes a new one.
    await db.signInToken.delete({ where: { id: token.id } });
    throw error;
  }
}

/** The job: tells the person, in plain words and nothing about any case, that codes are paused. */
export async function deliverSignInLockNotice({
  email,
  minutes,
}: {
  email: string;
  minutes: number;
}): Promise<void> {
  const person = await db.person.findUnique({ where: { email }, select: { language: true } });
  if (!person) return;
  const t = await i18next.getFixedT(isLanguage(person.language) ? person.language : "en", "email");
  await sendMail({
    to: email,
    subject: t("signInLocked.subject"),
    text: t("signInLocked.body", { minutes }),
  });
}

function liveTokenWhere(email: string, now: Date) {
  return { email, usedAt: null, expiresAt: { gt: now }, attempts: { lt: MAX_CODE_ATTEMPTS } };
}

export type LinkState = "valid" | "expired" | "used" | "unknown";

/** Looks at a link without using it: email scanners open links, so only a POST signs in. */
export async function peekSignInLink(link: string): Promise<LinkState> {
  const token = await db.signInToken.findUnique({
    where: { linkHash: hashToken(link) },
    select: { usedAt: true, expiresAt: true },
  });
  if (!token) return "unknown";
  if (token.usedAt) return "used";
  if (token.expiresAt.getTime() <= Date.now()) return "expired";
  return "valid";
}

export type SignInResult =
  | { ok: true; personId: string }
  | { ok: false; reason: LinkState }
  | { ok: false; reason: "wrong-code"; pausedMinutes?: number }
  | { ok: false; reason: "paused"; retryAfterSeconds: number };

/**
 * Uses the link once. The conditional update makes a second use fail even when two race.
 * Links carry 256 random bits and cannot be guessed, so they still work while codes are paused:
 * that is how the owner gets in while someone is guessing.
 */
export async function redeemSignInLink(
  link: string,
): Promise<{ ok: true; personId: string } | { ok: false; reason: LinkState }> {
  const linkHash = hashToken(link);
  const now = new Date();
  const used = await db.signInToken.updateMany({
    where: { linkHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (used.count !== 1) {
    const state = await peekSignInLink(link);
    return { ok: false, reason: state === "valid" ? "used" : state };
  }
  const token = await db.signInToken.findUniqueOrThrow({ where: { linkHash }, select: { email: true } });
  await retireCodes(token.email, now);
  return personFor(token.email);
}

/**
 * Checks a typed code against the live codes for the email. Every try is first taken from the
 * account's allowance and from each code's allowance with one conditional UPDATE each, so
 * however many tries arrive at once, no more than the caps are ever checked.
 */
export async function redeemSignInCode(rawEmail: string, code: string): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const key = emailKey(email);
  const allowance = await takeAccountTry(key);
  if (!allowance.allowed)
    return { ok: false, reason: "paused", retryAfterSeconds: allowance.retryAfterSeconds };

  const now = new Date();
  const live = await db.signInToken.findMany({
    where: liveTokenWhere(email, now),
    select: { id: true, codeHash: true },
  });
  const typed = hashCode(email, code);
  let matched: string | undefined;
  for (const token of live) {
    const taken = await db.signInToken.updateMany({
      where: { id: token.id, usedAt: null, attempts: { lt: MAX_CODE_ATTEMPTS } },
      data: { attempts: { increment: 1 } },
    });
    if (taken.count === 1 && !matched && sameHash(token.codeHash, typed)) matched = token.id;
  }

  if (matched) {
    const used = await db.signInToken.updateMany({
      where: { id: matched, usedAt: null },
      data: { usedAt: now },
    });
    if (used.count === 1) {
      await db.accountThrottle.updateMany({ where: { key }, data: { failures: 0 } });
      await retireCodes(email, now);
      return personFor(email);
    }
  }
  const pausedMinutes = await pauseIfCapReached(key, email);
  return { ok: false, reason: "wrong-code", pausedMinutes };
}

/** Once someone is in, the other codes and links sent to them have done their job. */
async function retireCodes(email: string, now: Date) {
  await db.signInToken.updateMany({ where: { email, usedAt: null }, data: { usedAt: now } });
}

async function takeAccountTry(key: string): Promise<LimitResult> {
  try {
    await db.accountThrottle.create({ data: { key } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const now = new Date();
  const taken = await db.accountThrottle.updateMany({
    where: {
      key,
      failures: { lt: ACCOUNT_WRONG_CODE_CAP },
      OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
    },
    data: { failures: { increment: 1 } },
  });
  if (taken.count === 1) return { allowed: true };
  const row = await db.accountThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  const until =
    row?.lockedUntil && row.lockedUntil > now
      ? row.lockedUntil.getTime()
      : now.getTime() + LOCK_BASE_MINUTES * 60_000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

/** The wrong try that reaches the cap pauses codes for the account and tells the person. */
async function pauseIfCapReached(key: string, email: string): Promise<number | undefined> {
  const row = await db.accountThrottle.findUnique({
    where: { key },
    select: { failures: true, trips: true, lockedUntil: true },
  });
  if (!row || row.failures < ACCOUNT_WRONG_CODE_CAP) return undefined;
  const now = new Date();
  // Pauses close together grow; a quiet day starts again from the first.
  const recent = row.lockedUntil !== null && row.lockedUntil.getTime() > now.getTime() - 24 * 3_600_000;
  const trips = recent ? row.trips + 1 : 1;
  const minutes = Math.min(LOCK_BASE_MINUTES * 2 ** (trips - 1), LOCK_MAX_MINUTES);
  // Only the one request whose update matches starts the pause (and sends one notice).
  const paused = await db.accountThrottle.updateMany({
    where: { key, failures: { gte: ACCOUNT_WRONG_CODE_CAP } },
    data: { failures: 0, trips, lockedUntil: new Date(now.getTime() + minutes * 60_000) },
  });
  if (paused.count !== 1) return undefined;
  await enqueueJob("sign-in-lock-notice", { email, minutes });
  return minutes;
}

async function personFor(email: string) {
  const person = await db.person.findUnique({ where: { email }, select: { id: true } });
  return person ? ({ ok: true, personId: person.id } as const) : ({ ok: false, reason: "unknown" } as const);
}
