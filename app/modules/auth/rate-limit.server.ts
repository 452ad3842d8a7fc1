import { db, retryOnRace } from "~/utils/db.server";

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one try against `key` in a fixed window. The state lives in the database, so every
 * app process shares it.
 */
export async function hitRateLimit(key: string, limit: number, windowMinutes: number): Promise<LimitResult> {
  const now = new Date();
  const windowStartCutoff = new Date(now.getTime() - windowMinutes * 60_000);

  // Every step is conditional, so two processes cannot both start a window: the row lock makes a
  // second reset find the window already fresh, and a second create clashes and starts again.
  const count = await retryOnRace(() =>
    db.$transaction(async (tx) => {
      const bumped = await tx.rateLimit.updateMany({
        where: { key, windowStart: { gt: windowStartCutoff } },
        data: { count: { increment: 1 } },
      });
      if (bumped.count === 0) {
        const restarted = await tx.rateLimit.updateMany({
          where: { key, windowStart: { lte: windowStartCutoff } },
          data: { count: 1, windowStart: now },
        });
        if (restarted.count === 0) await tx.rateLimit.create({ data: { key, count: 1, windowStart: now } });
        return 1;
      }
      const row = await tx.rateLimit.findUniqueOrThrow({ where: { key }, select: { count: true } });
      return row.count;
    }),
  );

  if (count <= limit) return { allowed: true };
  const row = await db.rateLimit.findUnique({ where: { key }, select: { windowStart: true } });
  const endsAt = (row?.windowStart.getTime() ?? now.getTime()) + windowMinutes * 60_000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}
