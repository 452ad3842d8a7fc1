// The member's own contact sharing page: what they share now, with whom, and their own history.
import { contactFields } from "~/modules/network/contact-fields";
import { hideableMembers, ownSharingHistory } from "~/modules/network/contacts.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { dateFormatter } from "~/utils/dates.server";

export async function contactSharingPage({ access, request }: { access: FamilyAccess; request: Request }) {
  const [history, members, formatDate] = await Promise.all([
    ownSharingHistory({ familyId: access.familyId, membershipId: access.membershipId }),
    hideableMembers({ familyId: access.familyId, membershipId: access.membershipId }),
    dateFormatter(request),
  ]);
  const current = history[0];
  return {
    familyId: access.familyId,
    members,
    values: current
      ? {
          phone: current.phone,
          email: current.email,
          address: current.address,
          phoneAudience: current.phoneAudience,
          emailAudience: current.emailAudience,
          addressAudience: current.addressAudience,
          hiddenFrom: current.hiddenFrom,
        }
      : {
          phone: "",
          email: "",
          address: "",
          phoneAudience: "NOBODY",
          emailAudience: "NOBODY",
          addressAudience: "NOBODY",
          hiddenFrom: [] as string[],
        },
    // Who changed what, when: only the member's own history, and only the fields that changed.
    history: history.map((row, index) => {
      const before = history[index + 1];
      const changed = before
        ? [
            ...contactFields.filter(
              (field) =>
                row[field] !== before[field] || row[`${field}Audience`] !== before[`${field}Audience`],
            ),
            ...(row.hiddenFrom.join() !== before.hiddenFrom.join() ? ["hiddenFrom" as const] : []),
          ]
        : (["first"] as const);
      return { at: formatDate(row.createdAt), changed: [...changed] };
    }),
  };
}
