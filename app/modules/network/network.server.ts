import { isLanguage } from "~/i18n";
import { recordAudit } from "~/modules/audit/audit.server";
import { getSignedInPerson } from "~/modules/auth/session.server";
import { normaliseEmail, SIGN_IN_TTL_MINUTES } from "~/modules/auth/sign-in.server";
import { hashToken, newToken } from "~/modules/auth/tokens.server";
import { sendMail } from "~/modules/mail/mailer.server";
import type { InviteInput } from "~/modules/network/network.schema.server";
import { can, invitableRoles, joinsWithoutApproval } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db, retryOnRace } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";

export const INVITATION_TTL_DAYS = 14;

/**
 * Members of one family. Sign-in email addresses only for the social worker, who needs them to
 * do their job; the details members share themselves come from contacts.server.
 */
export async function listMembers({ familyId, withContacts }: { familyId: string; withContacts: boolean }) {
  const rows = await db.membership.findMany({
    // A practitioner added for a time is no longer listed once their end date has come.
    where: {
      familyId,
      status: { in: ["ACTIVE", "PENDING_APPROVAL"] },
      OR: [{ endsAt: null }, { endsAt: { gt: new Date() } }],
    },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      role: true,
      status: true,
      relationship: true,
      person: { select: { id: true, name: true, email: withContacts } },
    },
  });
  return rows.map(({ person, ...membership }) => ({
    ...membership,
    personId: person.id,
    name: person.name,
    email: withContacts ? person.email : null,
  }));
}

export function listPendingInvitations({ familyId }: { familyId: string }) {
  return db.invitation.findMany({
    where: { familyId, status: "PENDING", expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, role: true, relationship: true, needsApproval: true, expiresAt: true },
  });
}

export type InviteOutcome = { ok: true } | { ok: false; error: "role-not-allowed" | "already-member" };

export async function invite({
  access,
  input,
  request,
}: {
  access: FamilyAccess;
  input: InviteInput;
  request: Request;
}): Promise<InviteOutcome> {
  if (!invitableRoles(access.role).includes(input.role)) return { ok: false, error: "role-not-allowed" };

  const email = normaliseEmail(input.email);
  const existing = await db.membership.findFirst({
    where: { familyId: access.familyId, person: { email } },
    select: { status: true },
  });
  if (existing && existing.status !== "REMOVED") return { ok: false, error: "already-member" };
  // Someone a practitioner removed comes back only with a practitioner's approval.
  const wasRemoved = existing?.status === "REMOVED";

  const token = newToken();
  const invitation = await db.invitation.create({
    data: {
      familyId: access.familyId,
      email,
      name: input.name,
      role: input.role,
      relationship: input.relationship || null,
      tokenHash: hashToken(token),
      needsApproval:
        !joinsWithoutApproval(access.role, input.role) || (wasRemoved && !can(access, "network", "approve")),
      invitedById: access.person.id,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
    },
    select: { id: true },
  });

  // Nothing about the family or the case goes in the email.
  const invitee = await db.person.findUnique({ where: { email }, select: { language: true } });
  const language =
    invitee && isLanguage(invitee.language)
      ? invitee.language
      : isLanguage(access.person.language)
        ? access.person.language
        : "en";
  const t = await i18next.getFixedT(language, "email");
  await sendMail({
    to: email,
    subject: t("invitation.subject"),
    text: t("invitation.body", {
      url: new URL(`/invitations/${token}`, getEnv().APP_URL).toString(),
      days: INVITATION_TTL_DAYS,
    }),
  });
  await recordAudit({
    request,
    action: "invitation.create",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "invitation",
    entityId: invitation.id,
  });
  return { ok: true };
}

export type InvitationState = "valid" | "sign-in-first" | "expired" | "used" | "unknown";
export type InvitationView =
  | { state: "valid"; role: InviteInput["role"]; needsApproval: boolean; name: string }
  | { state: Exclude<InvitationState, "valid"> };

// For a person who already has an account the link is also a sign-in link, so after the
// sign-in link's short lifetime it no longer signs anyone in: they sign in first, then accept.
const ACCOUNT_LINK_TTL_MS = SIGN_IN_TTL_MINUTES * 60_000;

type Db = Pick<typeof db, "invitation" | "membership" | "person">;

const invitationFields = {
  id: true,
  familyId: true,
  email: true,
  name: true,
  role: true,
  relationship: true,
  needsApproval: true,
  invitedById: true,
  status: true,
  createdAt: true,
  expiresAt: true,
} as const;

type InvitationRow = {
  id: string;
  familyId: string;
  email: string;
  name: string;
  role: InviteInput["role"];
  relationship: string | null;
  needsApproval: boolean;
  invitedById: string;
  status: "PENDING" | "ACCEPTED" | "CANCELLED";
  createdAt: Date;
  expiresAt: Date;
};

type Judgement =
  | { state: Exclude<InvitationState, "valid">; cancel?: boolean }
  | {
      state: "valid";
      personId: string | null;
      needsApproval: boolean;
      approverId: string | null;
      inviterRole: InviteInput["role"];
    };

/**
 * Every rule an invitation must still pass when it is opened and when it is accepted: still
 * pending and in date; the inviter still an active member allowed to invite that role; a
 * person with an account proves it by being signed in once the short link lifetime is over;
 * someone a practitioner removed comes back only with a practitioner's approval.
 */
async function judgeInvitation(
  tx: Db,
  invitation: InvitationRow,
  signedInPersonId: string | null,
  now: Date,
): Promise<Judgement> {
  if (invitation.status === "CANCELLED") return { state: "unknown" };
  if (invitation.status === "ACCEPTED") return { state: "used" };
  if (invitation.expiresAt.getTime() <= now.getTime()) return { state: "expired" };

  const inviter = await tx.membership.findFirst({
    where: { familyId: invitation.familyId, personId: invitation.invitedById, status: "ACTIVE" },
    select: { role: true },
  });
  if (!inviter || !invitableRoles(inviter.role).includes(invitation.role))
    return { state: "unknown", cancel: true };

  const person = await tx.person.findUnique({ where: { email: invitation.email }, select: { id: true } });
  if (
    person &&
    person.id !== signedInPersonId &&
    invitation.createdAt.getTime() + ACCOUNT_LINK_TTL_MS <= now.getTime()
  ) {
    return { state: "sign-in-first" };
  }

  const previous = person
    ? await tx.membership.findUnique({
        where: { familyId_personId: { familyId: invitation.familyId, personId: person.id } },
        select: { status: true },
      })
    : null;
  const practitionerInvited = can(inviter.role, "network", "approve");
  const needsApproval = invitation.needsApproval || (previous?.status === "REMOVED" && !practitionerInvited);
  return {
    state: "valid",
    personId: person?.id ?? null,
    needsApproval,
    approverId: needsApproval ? null : invitation.invitedById,
    inviterRole: inviter.role,
  };
}

async function cancelInvitation(tx: Db, id: string) {
  await tx.invitation.updateMany({ where: { id, status: "PENDING" }, data: { status: "CANCELLED" } });
}

/** Reads an invitation without using it (a GET must never accept). */
export async function viewInvitation(token: string, request: Request): Promise<InvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: invitationFields,
  });
  if (!invitation) return { state: "unknown" };
  const signedIn = await getSignedInPerson(request);
  const judged = await judgeInvitation(db, invitation, signedIn?.id ?? null, new Date());
  if (judged.state !== "valid") {
    if ("cancel" in judged && judged.cancel) await cancelInvitation(db, invitation.id);
    return { state: judged.state };
  }
  return {
    state: "valid",
    role: invitation.role,
    needsApproval: judged.needsApproval,
    name: invitation.name,
  };
}

export type AcceptOutcome =
  | { ok: true; personId: string; familyId: string; active: boolean }
  | { ok: false; state: Exclude<InvitationState, "valid"> };

/**
 * Accepts once. The emailed link proves the person owns the address, so it also signs them
 * in; a person new to Safety Circle is created with the name they were invited by.
 * The rules are checked and the invitation claimed in one transaction, with a conditional
 * update on the pending status, so two accepts at once cannot both win.
 */
export async function acceptInvitation({
  token,
  request,
}: {
  token: string;
  request: Request;
}): Promise<AcceptOutcome> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const signedIn = await getSignedInPerson(request);
  type Accepted = {
    personId: string;
    familyId: string;
    active: boolean;
    membership: { id: string; role: InviteInput["role"] };
  };
  // One transaction: claiming the invitation and joining happen together or not at all. Two
  // invitations to one new person accepted at once may both try to create that person; the
  // loser starts again (retryOnRace) and finds them.
  const outcome = await retryOnRace(() =>
    db.$transaction(async (tx): Promise<Accepted | { refused: Exclude<InvitationState, "valid"> }> => {
      const invitation = await tx.invitation.findUnique({ where: { tokenHash }, select: invitationFields });
      if (!invitation) return { refused: "unknown" as const };
      const judged = await judgeInvitation(tx, invitation, signedIn?.id ?? null, now);
      if (judged.state !== "valid") {
        if ("cancel" in judged && judged.cancel) await cancelInvitation(tx, invitation.id);
        return { refused: judged.state };
      }
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, status: "PENDING" },
        data: { status: "ACCEPTED", acceptedAt: now },
      });
      if (claimed.count !== 1) return { refused: "used" as const };

      const personId =
        judged.personId ??
        (
          await tx.person.create({
            data: { email: invitation.email, name: invitation.name },
            select: { id: true },
          })
        ).id;
      const status = judged.needsApproval ? "PENDING_APPROVAL" : "ACTIVE";
      // A past removal stays on the row (and in the audit trail): accepting never erases it.
      const membership = {
        role: invitation.role,
        relationship: invitation.relationship,
        status,
        approvedById: judged.approverId,
        approvedAt: judged.approverId ? now : null,
      } as const;
      const saved = await tx.membership.upsert({
        where: { familyId_personId: { familyId: invitation.familyId, personId } },
        create: { familyId: invitation.familyId, personId, ...membership },
        update: membership,
        select: { id: true, role: true },
      });
      return { personId, familyId: invitation.familyId, active: status === "ACTIVE", membership: saved };
    }),
  );

  if ("refused" in outcome) return { ok: false, state: outcome.refused };
  await recordAudit({
    request,
    action: outcome.active ? "membership.join" : "membership.request",
    actorId: outcome.personId,
    role: outcome.membership.role,
    familyId: outcome.familyId,
    entity: "membership",
    entityId: outcome.membership.id,
  });
  return { ok: true, personId: outcome.personId, familyId: outcome.familyId, active: outcome.active };
}

type ChangeOutcome = { ok: true } | { ok: false; error: "not-found" | "self" | "not-permitted" };

/** Approves, removes or cancels within the caller's own family only. */
export async function changeMembership({
  access,
  intent,
  id,
  request,
}: {
  access: FamilyAccess;
  intent: "approve" | "remove" | "cancel-invitation";
  id: string;
  request: Request;
}): Promise<ChangeOutcome> {
  const { familyId } = access;
  const now = new Date();
  let changed = 0;

  if (intent === "cancel-invitation") {
    if (invitableRoles(access.role).length === 0) return { ok: false, error: "not-permitted" };
    const result = await db.invitation.updateMany({
      where: {
        id,
        familyId,
        status: "PENDING",
        ...(can(access, "network", "inviteAnyRole") ? {} : { invitedById: access.person.id }),
      },
      data: { status: "CANCELLED" },
    });
    changed = result.count;
  } else if (intent === "approve") {
    if (!can(access, "network", "approve")) return { ok: false, error: "not-permitted" };
    const result = await db.membership.updateMany({
      where: { id, familyId, status: "PENDING_APPROVAL" },
      data: { status: "ACTIVE", approvedById: access.person.id, approvedAt: now },
    });
    changed = result.count;
  } else {
    if (!can(access, "network", "remove")) return { ok: false, error: "not-permitted" };
    if (id === access.membershipId) return { ok: false, error: "self" };
    changed = await db.$transaction(async (tx) => {
      const result = await tx.membership.updateMany({
        where: { id, familyId, status: { in: ["ACTIVE", "PENDING_APPROVAL"] } },
        data: { status: "REMOVED", removedById: access.person.id, removedAt: now },
      });
      if (result.count !== 1) return 0;
      // Their invitations go with them: both those they sent and any that would bring them back.
      const removed = await tx.membership.findUniqueOrThrow({
        where: { id },
        select: { personId: true, person: { select: { email: true } } },
      });
      await tx.invitation.updateMany({
        where: {
          familyId,
          status: "PENDING",
          OR: [{ invitedById: removed.personId }, { email: removed.person.email }],
        },
        data: { status: "CANCELLED" },
      });
      return 1;
    });
  }

  if (changed !== 1) return { ok: false, error: "not-found" };
  await recordAudit({
    request,
    action: intent === "cancel-invitation" ? "invitation.cancel" : `membership.${intent}`,
    actorId: access.person.id,
    role: access.role,
    familyId,
    entity: intent === "cancel-invitation" ? "invitation" : "membership",
    entityId: id,
  });
  return { ok: true };
}
