import { isIP } from "node:net";

import { db } from "~/utils/db.server";

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one try against `key` in a fixed window. The state lives in the database, so every
 * app process shares it. Each step is one conditional statement (never read, then write), so
 * parallel requests cannot pass the limit on either database.
 */
export async function hitRateLimit(key: string, limit: number, windowMinutes: number): Promise<LimitResult> {
  const now = new Date();
  const windowStartCutoff = new Date(now.getTime() - windowMinutes * 60_000);

  // 1. A live window with room left: take one.
  const bumped = await db.rateLimit.updateMany({
    where: { key, windowStart: { gt: windowStartCutoff }, count: { lt: limit } },
    data: { count: { increment: 1 } },
  });
  if (bumped.count === 1) return { allowed: true };

  // 2. A window that has ended: start a new one (only one racer wins it).
  const restarted = await db.rateLimit.updateMany({
    where: { key, windowStart: { lte: windowStartCutoff } },
    data: { count: 1, windowStart: now },
  });
  if (restarted.count === 1) return { allowed: true };

  // 3. No row yet: the first to insert it wins; a loser tries the live window again.
  if (await createOnce(key, now)) return { allowed: true };
  const retried = await db.rateLimit.updateMany({
    where: { key, windowStart: { gt: windowStartCutoff }, count: { lt: limit } },
    data: { count: { increment: 1 } },
  });
  if (retried.count === 1) return { allowed: true };

  const row = await db.rateLimit.findUnique({ where: { key }, select: { windowStart: true } });
  const endsAt = (row?.windowStart.getTime() ?? now.getTime()) + windowMinutes * 60_000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

async function createOnce(key: string, now: Date): Promise<boolean> {
  try {
    await db.rateLimit.create({ data: { key, count: 1, windowStart: now } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * The part of an address that one person controls. IPv4 as it is; IPv6 by its /64 network,
 * since one home or phone is given a whole /64 and can pick any address inside it.
 */
export function addressKey(ip: string): string {
  const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) return mapped[1];
  if (isIP(ip) !== 6) return ip;
  return `${expandIPv6(ip).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(ip: string): string[] {
  const withoutZone = ip.split("%")[0];
  const [head, tail] = withoutZone.includes("::") ? withoutZone.split("::") : [withoutZone, null];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4 forms) takes two groups.
  const last = right.length ? right : left;
  if (last.length && last[last.length - 1].includes(".")) {
    const [a, b, c, d] = last.pop()!.split(".").map(Number);
    last.push(((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
  }
  const missing = tail === null ? 0 : 8 - left.length - right.length;
  return [...left, ...Array(missing).fill("0"), ...right].map((group) =>
    parseInt(group || "0", 16).toString(16),
  );
}
