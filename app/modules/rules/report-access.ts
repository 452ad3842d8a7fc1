// Who may read a rule report, as one where-clause: the rule reports' pages and the notices ask
// it. Kept apart from reports.server.ts so the notices need not load the rules pages' module.
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";

/**
 * Who may read a report: the practitioner (every report of the family), or someone stored as
 * its reader when it was made. The adults in these families are not always safe with each
 * other, so a report is not shown to everyone in the family, and no later edit of the rule
 * changes who reads it.
 */
export function reportWhere(access: Pick<FamilyAccess, "familyId" | "role"> & { person: { id: string } }) {
  if (can(access.role, "rules", "recordOutcome")) return { familyId: access.familyId };
  return { familyId: access.familyId, readers: { some: { personId: access.person.id } } };
}
