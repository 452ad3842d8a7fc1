// The network page: who is in the family's circle, with what each viewer may see of them, and
// its buttons (approve, remove, cancel an invitation). The route asks the guard for each
// intent's right first (intents.ts), so nothing here picks a right from the form.
import { redirect } from "@remix-run/node";
import { z } from "zod";

import { listCommitments } from "~/modules/commitments/commitments.server";
import { contactsVisibleTo } from "~/modules/network/contacts.server";
import { changeMembership, listMembers, listPendingInvitations } from "~/modules/network/network.server";
import { can, invitableRoles } from "~/modules/permissions/can";
import { allows, type FamilyAccess } from "~/modules/permissions/guard.server";
import type { IntentOf } from "~/modules/permissions/intents";
import { dateFormatter } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { idSchema } from "~/utils/http.server";

export async function networkPage({ access, request }: { access: FamilyAccess; request: Request }) {
  // Nobody invites into a space whose plan has ended (read-only).
  const canInvite = !access.readOnly && invitableRoles(access.role).length > 0;
  const seeCommitments = allows(access, "commitments", "view");
  const [members, invitations, formatDate, contacts, commitments] = await Promise.all([
    listMembers({
      familyId: access.familyId,
      withContacts: can(access.role, "network", "viewPrivateContactDetails"),
    }),
    canInvite ? listPendingInvitations({ familyId: access.familyId }) : Promise.resolve([]),
    dateFormatter(request),
    // Only what this viewer may see leaves the server (contacts.server decides).
    contactsVisibleTo({ familyId: access.familyId, viewer: access }),
    seeCommitments ? listCommitments({ familyId: access.familyId }) : Promise.resolve([]),
  ]);
  return {
    familyId: access.familyId,
    myMembershipId: access.membershipId,
    canShare: can(access, "network", "shareContactDetails"),
    seeCommitments,
    members: members.map((member) => ({
      ...member,
      contact: contacts.get(member.id) ?? {},
      commitments: commitments
        .filter((commitment) => commitment.membershipId === member.id && commitment.status !== "ENDED")
        .map(({ id, kind, words, slots, status }) => ({ id, kind, words, slots, status })),
    })),
    invitations: invitations.map((invitation) => ({
      ...invitation,
      expiresAt: formatDate(invitation.expiresAt),
    })),
    canInvite,
    canApprove: can(access, "network", "approve"),
    canRemove: can(access, "network", "remove"),
  };
}

export type NetworkPageData = Awaited<ReturnType<typeof networkPage>>;

const MemberChangeSchema = z.object({ id: idSchema("network.actionInvalid") });

/** Approves or removes a member, or cancels an invitation; the module refuses what this person may not do. */
export async function answerNetworkForm({
  access,
  intent,
  form,
  request,
}: {
  access: FamilyAccess;
  intent: IntentOf<"network">;
  form: URLSearchParams;
  request: Request;
}) {
  const submission = parseSubmission(form, MemberChangeSchema);
  if (submission.status !== "success") return refuse(submission);
  const outcome = await changeMembership({ access, intent, id: submission.value.id, request });
  if (!outcome.ok)
    return refuse(
      submission,
      { "": `network.${outcome.error}` },
      outcome.error === "not-permitted" ? 403 : 400,
    );
  return redirect(`/families/${access.familyId}/network?done=${intent}`);
}
