import { db, retryOnRace } from "~/utils/db.server";

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one try against `key` in a fixed window. The state lives in the database, so every
 * app process shares it.
 */
export async function hitRateLimit(key: string, limit: number, windowMinutes: number): Promise<LimitResult> {
  const now = new Date();
  const windowStartCutoff = new Date(now.getTime() - windowMinutes * 60_000);

  // No read-then-write, so app processes cannot both slip under the limit: an expired window
  // restarts in one conditional statement (a second restart finds it fresh), then one upsert
  // adds this try and returns the new count (INSERT … ON CONFLICT DO UPDATE SET count = count + 1).
  // Two first tries at once can still clash on the key; the loser runs again (retryOnRace).
  const { count } = await retryOnRace(async () => {
    await db.rateLimit.updateMany({ where: { key, windowStart: { lte: windowStartCutoff } }, data: { count: 0, windowStart: now } });
    return db.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, windowStart: now },
      update: { count: { increment: 1 } },
      select: { count: true },
    });
  });

  if (count <= limit) return { allowed: true };
  const row = await db.rateLimit.findUnique({ where: { key }, select: { windowStart: true } });
  const endsAt = (row?.windowStart.getTime() ?? now.getTime()) + windowMinutes * 60_000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}
