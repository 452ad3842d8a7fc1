import {
  adviserAreas,
  allowedWhileReadOnly,
  organisationMatrix,
  permissionMatrix,
  type Action,
  type AdviserArea,
  type AdviserView,
  type Entity,
  type FamilyRole,
  type OrganisationAction,
  type OrganisationEntity,
  type OrganisationRole,
} from "./matrix";

/**
 * A member as the checks see them: their role, for an adviser what the family shows them, and
 * whether the family's plan has ended (read-only: only reading is left).
 */
export type Grantee = { role: FamilyRole; adviserView?: AdviserView | null; readOnly?: boolean };

const isAdviserArea = (entity: Entity): entity is AdviserArea =>
  (adviserAreas as readonly string[]).includes(entity);

/** True when the role has the right but the family hides this part of its space from this adviser. */
export function hiddenByFamily(who: FamilyRole | Grantee, entity: Entity): boolean {
  const { role, adviserView } = typeof who === "string" ? { role: who, adviserView: null } : who;
  if (role !== "ADVISER" || !isAdviserArea(entity)) return false;
  return !adviserView?.[entity];
}

/**
 * Pure check against the matrix and, for an adviser, the family's choice. Given only a role,
 * an adviser's family-chosen rights count as hidden (fails closed); pass the guard's access to
 * include them. Safe to call in components, but only the server guard protects data.
 */
export function can<E extends Entity>(who: FamilyRole | Grantee, entity: E, action: Action<E>): boolean {
  const role = typeof who === "string" ? who : who.role;
  const allowed: readonly string[] = permissionMatrix[role][entity];
  if (typeof who !== "string" && who.readOnly && !allowedWhileReadOnly(entity, action)) return false;
  return allowed.includes(action) && !hiddenByFamily(who, entity);
}

/** The roles a member may invite into the family. */
export function invitableRoles(role: FamilyRole): FamilyRole[] {
  if (can(role, "network", "inviteAnyRole")) {
    return ["PARENT", "KINSHIP_CARER", "NETWORK_MEMBER", "ADVISER", "PRACTITIONER"];
  }
  const roles: FamilyRole[] = [];
  if (can(role, "network", "inviteNetworkMember")) roles.push("NETWORK_MEMBER");
  if (can(role, "network", "inviteAdviser")) roles.push("ADVISER");
  return roles;
}

/**
 * The network is agreed with the social worker: people a family member invites join once
 * a practitioner approves, except advisers, who only see what the family shares.
 */
export function joinsWithoutApproval(inviterRole: FamilyRole, inviteeRole: FamilyRole): boolean {
  return can(inviterRole, "network", "approve") || inviteeRole === "ADVISER";
}

/** Pure check of an organisation-level right (the support directory). */
export function canInOrganisation<E extends OrganisationEntity>(
  roles: readonly OrganisationRole[],
  entity: E,
  action: OrganisationAction<E>,
): boolean {
  return roles.some((role) => (organisationMatrix[role][entity] as readonly string[]).includes(action));
}
