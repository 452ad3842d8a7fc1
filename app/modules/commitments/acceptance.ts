// Who says yes to a commitment offer: the family's side (a parent or kinship carer) and the
// social worker's. Kept apart from commitments.server.ts so a reader of "does this offer wait
// for me?" (the notices) need not load the commitments pages' module.
import { can } from "~/modules/permissions/can";
import type { FamilyRole } from "~/modules/permissions/matrix";

export const familySide = (role: string) => role === "PARENT" || role === "KINSHIP_CARER";

/** Which acceptance this viewer can give: the family's (a parent or kinship carer) or the social worker's. */
export function acceptanceSide(access: { role: FamilyRole }): "family" | "practitioner" | null {
  if (!can(access, "commitments", "accept")) return null;
  return access.role === "PRACTITIONER" ? "practitioner" : "family";
}

/** Whether this offer waits for this viewer's side to say yes (see acceptanceSide). */
export function waitsForYesFrom(
  access: { role: FamilyRole },
  commitment: { status: string; familyAcceptedById: string | null; practitionerAcceptedById: string | null },
) {
  if (commitment.status !== "OFFERED") return false;
  const side = acceptanceSide(access);
  return side === "family"
    ? commitment.familyAcceptedById === null
    : side === "practitioner"
      ? commitment.practitionerAcceptedById === null
      : false;
}
