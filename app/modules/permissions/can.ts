import {
  organisationMatrix,
  permissionMatrix,
  type Action,
  type Entity,
  type FamilyRole,
  type OrganisationAction,
  type OrganisationEntity,
  type OrganisationRole,
} from "./matrix";

/** Pure check against the matrix. Safe to call in components, but only the server guard protects data. */
export function can<E extends Entity>(role: FamilyRole, entity: E, action: Action<E>): boolean {
  const allowed: readonly string[] = permissionMatrix[role][entity];
  return allowed.includes(action);
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
export function canInOrganisation<E extends OrganisationEntity>(roles: readonly OrganisationRole[], entity: E, action: OrganisationAction<E>): boolean {
  return roles.some((role) => (organisationMatrix[role][entity] as readonly string[]).includes(action));
}
