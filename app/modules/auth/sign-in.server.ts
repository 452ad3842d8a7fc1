import { hitRateLimit, type LimitResult } from "~/modules/auth/rate-limit.server";
import { hashCode, hashToken, newCode, newToken, sameHash } from "~/modules/auth/tokens.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { isLanguage } from "~/i18n";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";

export const SIGN_IN_TTL_MINUTES = 10;
/** Wrong codes allowed for one sign-in before it is burned. */
export const MAX_CODE_ATTEMPTS = 5;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Rate-limit keys never hold the email itself. */
function emailKey(scope: string, email: string) {
  return `${scope}:email:${hashToken(email)}`;
}

export async function checkSignInLimits(email: string, ip: string): Promise<LimitResult> {
  const env = getEnv();
  const byEmail = await hitRateLimit(emailKey("sign-in", email), env.SIGN_IN_LIMIT_PER_EMAIL, env.RATE_LIMIT_WINDOW_MINUTES);
  if (!byEmail.allowed) return byEmail;
  return hitRateLimit(`sign-in:ip:${ip}`, env.SIGN_IN_LIMIT_PER_IP, env.RATE_LIMIT_WINDOW_MINUTES);
}

/**
 * Emails a link and a code when the address belongs to someone. The caller answers the same
 * way whether or not it does, so nobody can learn who uses Safety Circle.
 */
export async function sendSignInEmail(rawEmail: string): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const person = await db.person.findUnique({ where: { email }, select: { language: true } });
  if (!person) return;

  const now = new Date();
  // Only the newest link and code work.
  await db.signInToken.updateMany({ where: { email, usedAt: null }, data: { usedAt: now } });

  const link = newToken();
  const code = newCode();
  await db.signInToken.create({
    data: {
      email,
      linkHash: hashToken(link),
      codeHash: hashCode(email, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + SIGN_IN_TTL_MINUTES * 60_000),
    },
  });

  const t = await i18next.getFixedT(isLanguage(person.language) ? person.language : "en", "email");
  const url = new URL(`/sign-in/link/${link}`, getEnv().APP_URL).toString();
  await sendMail({
    to: email,
    subject: t("signIn.subject"),
    text: t("signIn.body", { code, url, minutes: SIGN_IN_TTL_MINUTES }),
  });
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

export type SignInResult = { ok: true; personId: string } | { ok: false; reason: LinkState | "wrong-code" };

/** Uses the link once. The conditional update makes a second use fail even when two race. */
export async function redeemSignInLink(link: string): Promise<SignInResult> {
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
  return personFor(token.email);
}

/** Checks a typed code against the newest live sign-in for the email. */
export async function redeemSignInCode(rawEmail: string, code: string): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const now = new Date();
  const token = await db.signInToken.findFirst({
    where: { email, usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, codeHash: true },
  });
  if (!token) return { ok: false, reason: "wrong-code" };

  // Claim one of the tries before checking, in one conditional statement, so tries sent at once
  // (to any app process) can never check more codes than the cap.
  const claimed = await db.signInToken.updateMany({
    where: { id: token.id, usedAt: null, attempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) return { ok: false, reason: "wrong-code" };

  if (!sameHash(token.codeHash, hashCode(email, code))) {
    await db.signInToken.updateMany({
      where: { id: token.id, usedAt: null, attempts: { gte: MAX_CODE_ATTEMPTS } },
      data: { usedAt: now },
    });
    return { ok: false, reason: "wrong-code" };
  }
  const used = await db.signInToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
  if (used.count !== 1) return { ok: false, reason: "used" };
  return personFor(email);
}

async function personFor(email: string): Promise<SignInResult> {
  const person = await db.person.findUnique({ where: { email }, select: { id: true } });
  return person ? { ok: true, personId: person.id } : { ok: false, reason: "unknown" };
}
