// A plan ends: the social worker ends it with a reason, the family's space turns read-only for
// the organisation's read-only days (the guard refuses every write), then nobody can open it,
// and once the organisation's retention days have passed too, the retention job deletes it.
// Within the read-only days the social worker can restart the plan, reopening the same space.
import type { PlanEndReason } from "~/generated/sqlite/client";
import { recordAudit } from "~/modules/audit/audit.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";

const DAY_MS = 86_400_000;

export const planEndReasons = ["CHILD_IN_NEED", "NOT_NEEDED", "MOVED_COUNCIL", "CARE_PROCEEDINGS"] as const;

export type PlanEndState = {
  endedAt: Date;
  reason: PlanEndReason;
  accessEndsAt: Date;
} | null;

/** Whether and how the family's plan ended. */
export async function readPlanEnd(familyId: string): Promise<PlanEndState> {
  const family = await db.family.findUnique({
    where: { id: familyId },
    select: { planEndedAt: true, planEndReason: true, accessEndsAt: true },
  });
  if (!family?.planEndedAt || !family.planEndReason || !family.accessEndsAt) return null;
  return { endedAt: family.planEndedAt, reason: family.planEndReason, accessEndsAt: family.accessEndsAt };
}

export type EndOutcome = { ok: true; accessEndsAt: Date } | { ok: false; error: "already-ended" };

/**
 * Ends the plan as of `now`. The read-only days are the organisation's setting at this moment,
 * kept on the family, so the family is told one date that later setting changes do not move.
 */
export async function endPlan({
  access,
  reason,
  request,
  now = new Date(),
}: {
  access: FamilyAccess;
  reason: PlanEndReason;
  request: Request;
  now?: Date;
}): Promise<EndOutcome> {
  const family = await db.family.findUniqueOrThrow({
    where: { id: access.familyId },
    select: { organisation: { select: { planEndReadOnlyDays: true } } },
  });
  const accessEndsAt = new Date(now.getTime() + family.organisation.planEndReadOnlyDays * DAY_MS);
  // One conditional update: two social workers ending at once end it once.
  const updated = await db.family.updateMany({
    where: { id: access.familyId, planEndedAt: null },
    data: { planEndedAt: now, planEndReason: reason, planEndedById: access.person.id, accessEndsAt },
  });
  if (updated.count !== 1) return { ok: false, error: "already-ended" };
  await recordAudit({
    request,
    action: "plan.end",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "plan",
    entityId: reason,
  });
  return { ok: true, accessEndsAt };
}

export type RestartOutcome = { ok: true } | { ok: false; error: "not-ended" | "too-late" };

/** Restarts an ended plan within its read-only days: the same space, and the family writes again. */
export async function restartPlan({
  access,
  request,
  now = new Date(),
}: {
  access: FamilyAccess;
  request: Request;
  now?: Date;
}): Promise<RestartOutcome> {
  const updated = await db.family.updateMany({
    where: { id: access.familyId, planEndedAt: { not: null }, accessEndsAt: { gt: now } },
    data: { planEndedAt: null, planEndReason: null, planEndedById: null, accessEndsAt: null },
  });
  if (updated.count !== 1) {
    const state = await readPlanEnd(access.familyId);
    return { ok: false, error: state ? "too-late" : "not-ended" };
  }
  await recordAudit({
    request,
    action: "plan.restart",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "plan",
  });
  return { ok: true };
}
