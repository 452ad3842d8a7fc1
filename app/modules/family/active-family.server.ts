// One answer to "may this family be sent automatic mail now?": only while its plan is running.
// Every choice of whom to remind or mail on a schedule reads this, so an ended plan (read-only
// days included) sends nothing, and a restarted plan sends again with no other change.
import { db } from "~/utils/db.server";

/** The Prisma condition on Family for a family whose plan is running. */
export const activeFamilyWhere = { planEndedAt: null } as const;

/** The Prisma condition on Membership for someone who may be sent automatic mail about the family. */
export const mailableMemberWhere = { status: "ACTIVE", family: activeFamilyWhere } as const;

/**
 * Whether a space may still be opened to read: running, or ended but within its read-only days.
 * After accessEndsAt nobody reads it (the guard answers 404).
 */
export function isFamilyOpen(family: { accessEndsAt: Date | null }, now: Date): boolean {
  return !family.accessEndsAt || family.accessEndsAt > now;
}

/** Whether the family exists and its plan is running, read when a queued email is sent. */
export async function isFamilyActive(familyId: string): Promise<boolean> {
  const family = await db.family.findFirst({
    where: { id: familyId, ...activeFamilyWhere },
    select: { id: true },
  });
  return family !== null;
}
