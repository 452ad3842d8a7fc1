// The site menu's links to staff pages, shown only to people who hold the right. The menu mirrors
// the organisation matrix from the staff roles the viewer read already brings (no statement of its
// own); each page's guard is what protects it.
import { canInOrganisation } from "~/modules/permissions/can";
import type { OrganisationRole } from "~/modules/permissions/matrix";

export type MenuLink = { to: string; labelKey: string };

export function staffMenuLinks(staffRoles: readonly OrganisationRole[]): MenuLink[] {
  const links: MenuLink[] = [];
  if (canInOrganisation(staffRoles, "caseload", "view")) {
    links.push({ to: "/caseload", labelKey: "staffMenu.caseload" });
  }
  if (canInOrganisation(staffRoles, "families", "open")) {
    links.push({ to: "/families/new", labelKey: "staffMenu.openFamilySpace" });
  }
  if (canInOrganisation(staffRoles, "families", "list")) {
    links.push({ to: "/organisation/families", labelKey: "staffMenu.familySpaces" });
  }
  if (canInOrganisation(staffRoles, "settings", "view")) {
    links.push({ to: "/organisation", labelKey: "staffMenu.organisation" });
  }
  return links;
}

/**
 * Where a staff member starts after sign-in, when they are in no family but as its practitioner: a
 * social worker or team manager at their caseload, an admin at their organisation. Null for
 * everyone else, who starts at their families.
 */
export function staffHome(
  staffRoles: readonly OrganisationRole[],
  familyRoles: readonly string[],
): string | null {
  if (!familyRoles.every((role) => role === "PRACTITIONER")) return null;
  if (canInOrganisation(staffRoles, "caseload", "view")) return "/caseload";
  if (familyRoles.length === 0 && canInOrganisation(staffRoles, "settings", "view")) return "/organisation";
  return null;
}
