// The one place that deletes old records. Personal data that is no longer needed is not kept:
// ended sessions, spent sign-in tokens, old rate-limit windows, save-once form keys, outbox mail,
// audit rows older than the organisation keeps them, and the spaces of families whose plan ended
// (family-deletion.server.ts). The databases refuse to delete audit
// rows younger than 90 days (a trigger), so this job is the only deleter and never asks for less.
import { deleteEndedFamilies } from "~/modules/retention/family-deletion.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

const DAY_MS = 86_400_000;
const FAMILY_BATCH = 500;
// The databases refuse to delete younger audit rows (migration 0006): a shorter setting counts as this.
export const AUDIT_MIN_RETENTION_DAYS = 90;

export type RetentionReport = {
  sessions: number;
  signInTokens: number;
  rateLimits: number;
  outboxEmails: number;
  auditEvents: number;
  formSubmissions: number;
  /** Families whose plan ended, deleted after their read-only and retention days. */
  families: number;
};

/** How long a family's record of who looked is kept, in days (its organisation's setting). */
export async function auditRetentionDaysForFamily(familyId: string): Promise<number> {
  const family = await db.family.findUnique({
    where: { id: familyId },
    select: { organisation: { select: { auditRetentionDays: true } } },
  });
  return Math.max(
    family?.organisation.auditRetentionDays ?? getEnv().AUDIT_RETENTION_DAYS,
    AUDIT_MIN_RETENTION_DAYS,
  );
}

/** Deletes everything past its keeping time, as of `now`. Safe to run as often as you like. */
export async function runRetention(now = new Date()): Promise<RetentionReport> {
  const env = getEnv();
  // First, so the audit rows below are not counted twice: a deleted family's go with it.
  const families = (await deleteEndedFamilies(now)).length;
  const ago = (ms: number) => new Date(now.getTime() - ms);

  // A session is dead once it expired, went idle, or was revoked; keep a day for support questions.
  const sessions = await db.session.deleteMany({
    where: {
      OR: [
        { expiresAt: { lt: ago(DAY_MS) } },
        { revokedAt: { lt: ago(DAY_MS) } },
        { lastSeenAt: { lt: ago(env.SESSION_IDLE_MINUTES * 60_000 + DAY_MS) } },
      ],
    },
  });
  // Used or expired sign-in links and codes can never work again.
  const signInTokens = await db.signInToken.deleteMany({
    where: { OR: [{ usedAt: { lt: ago(DAY_MS) } }, { expiresAt: { lt: ago(DAY_MS) } }] },
  });
  // A window that ended no longer counts towards any limit.
  const rateLimits = await db.rateLimit.deleteMany({
    where: { windowStart: { lt: ago(env.RATE_LIMIT_WINDOW_MINUTES * 60_000) } },
  });
  // A form's one-time key only guards against a repeat within moments of the first post.
  const formSubmissions = await db.formSubmission.deleteMany({ where: { createdAt: { lt: ago(DAY_MS) } } });
  const outboxEmails = await db.outboxEmail.deleteMany({
    where: { createdAt: { lt: ago(env.OUTBOX_RETENTION_DAYS * DAY_MS) } },
  });

  // Audit rows of a family follow its organisation's setting; rows with no family (sign-in) the default.
  let auditEvents = (
    await db.auditEvent.deleteMany({
      where: { familyId: null, at: { lt: ago(env.AUDIT_RETENTION_DAYS * DAY_MS) } },
    })
  ).count;
  const organisations = await db.organisation.findMany({ select: { id: true, auditRetentionDays: true } });
  for (const organisation of organisations) {
    const cutoff = ago(Math.max(organisation.auditRetentionDays, AUDIT_MIN_RETENTION_DAYS) * DAY_MS);
    // Families in batches: a council can have tens of thousands, more than one IN list may hold.
    for (let cursor: string | undefined; ;) {
      const families = await db.family.findMany({
        where: { organisationId: organisation.id, ...(cursor ? { id: { gt: cursor } } : {}) },
        orderBy: { id: "asc" },
        take: FAMILY_BATCH,
        select: { id: true },
      });
      if (families.length === 0) break;
      const ids = families.map((family) => family.id);
      auditEvents += (
        await db.auditEvent.deleteMany({ where: { familyId: { in: ids }, at: { lt: cutoff } } })
      ).count;
      cursor = ids[ids.length - 1];
    }
  }
  return {
    sessions: sessions.count,
    signInTokens: signInTokens.count,
    rateLimits: rateLimits.count,
    outboxEmails: outboxEmails.count,
    auditEvents,
    formSubmissions: formSubmissions.count,
    families,
  };
}
