// The site menu's links to the family space pages, shown only to people who hold the right (the
// menu mirrors the matrix; each page's guard is what protects it).
import { canInOrganisation } from "~/modules/permissions/can";
import type { OrganisationRole } from "~/modules/permissions/matrix";

export type MenuLink = { to: string; labelKey: string };

export function familySpaceLinks(staffRoles: readonly OrganisationRole[]): MenuLink[] {
  return [
    ...(canInOrganisation(staffRoles, "families", "open")
      ? [{ to: "/families/new", labelKey: "staffMenu.openFamilySpace" }]
      : []),
    ...(canInOrganisation(staffRoles, "families", "list")
      ? [{ to: "/organisation/families", labelKey: "staffMenu.familySpaces" }]
      : []),
  ];
}
