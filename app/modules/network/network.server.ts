import { recordAudit } from "~/modules/audit/audit.server";
import { normaliseEmail } from "~/modules/auth/sign-in.server";
import { hashToken, newToken } from "~/modules/auth/tokens.server";
import { sendMail } from "~/modules/mail/mailer.server";
import type { InviteInput } from "~/modules/network/network.schema.server";
import { can, invitableRoles, joinsWithoutApproval } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { isLanguage } from "~/i18n";
import { db, retryOnRace } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";

export const INVITATION_TTL_DAYS = 14;

/** Members of one family. Email addresses only for roles that need them to do their job. */
export async function listMembers({ familyId, withContacts }: { familyId: string; withContacts: boolean }) {
  const rows = await db.membership.findMany({
    where: { familyId, status: { in: ["ACTIVE", "PENDING_APPROVAL"] } },
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
    where: { familyId: access.familyId, person: { email }, status: { in: ["ACTIVE", "PENDING_APPROVAL"] } },
    select: { id: true },
  });
  if (existing) return { ok: false, error: "already-member" };

  const token = newToken();
  const invitation = await db.invitation.create({
    data: {
      familyId: access.familyId,
      email,
      name: input.name,
      role: input.role,
      relationship: input.relationship || null,
      tokenHash: hashToken(token),
      needsApproval: !joinsWithoutApproval(access.role, input.role),
      invitedById: access.person.id,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
    },
    select: { id: true },
  });

  // Nothing about the family or the case goes in the email.
  const invitee = await db.person.findUnique({ where: { email }, select: { language: true } });
  const language = invitee && isLanguage(invitee.language) ? invitee.language : isLanguage(access.person.language) ? access.person.language : "en";
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

export type InvitationView =
  | { state: "valid"; role: InviteInput["role"]; needsApproval: boolean; name: string }
  | { state: "expired" | "used" | "unknown" };

/** Reads an invitation without using it (a GET must never accept). */
export async function viewInvitation(token: string): Promise<InvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { status: true, expiresAt: true, role: true, needsApproval: true, name: true },
  });
  if (!invitation || invitation.status === "CANCELLED") return { state: "unknown" };
  if (invitation.status === "ACCEPTED") return { state: "used" };
  if (invitation.expiresAt.getTime() <= Date.now()) return { state: "expired" };
  return { state: "valid", role: invitation.role, needsApproval: invitation.needsApproval, name: invitation.name };
}

export type AcceptOutcome =
  | { ok: true; personId: string; familyId: string; active: boolean }
  | { ok: false; state: "expired" | "used" | "unknown" };

/**
 * Accepts once. The emailed link proves the person owns the address, so it also signs them
 * in; a person new to Safety Circle is created with the name they were invited by.
 */
export async function acceptInvitation({ token, request }: { token: string; request: Request }): Promise<AcceptOutcome> {
  const tokenHash = hashToken(token);
  const now = new Date();
  // One transaction: claiming the invitation and joining happen together or not at all. Two
  // invitations to one new person accepted at once may both try to create that person; the
  // loser starts again (retryOnRace) and finds them.
  const outcome = await retryOnRace(() => db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash, status: "PENDING", expiresAt: { gt: now } },
      data: { status: "ACCEPTED", acceptedAt: now },
    });
    if (claimed.count !== 1) return null;
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, familyId: true, email: true, name: true, role: true, relationship: true, needsApproval: true, invitedById: true },
    });
    const person = await tx.person.upsert({
      where: { email: invitation.email },
      create: { email: invitation.email, name: invitation.name },
      update: {},
      select: { id: true },
    });
    const status = invitation.needsApproval ? "PENDING_APPROVAL" : "ACTIVE";
    const membership = {
      role: invitation.role,
      relationship: invitation.relationship,
      status,
      approvedById: invitation.needsApproval ? null : invitation.invitedById,
      approvedAt: invitation.needsApproval ? null : now,
      removedAt: null,
      removedById: null,
    } as const;
    const saved = await tx.membership.upsert({
      where: { familyId_personId: { familyId: invitation.familyId, personId: person.id } },
      create: { familyId: invitation.familyId, personId: person.id, ...membership },
      update: membership,
      select: { id: true, role: true },
    });
    return { personId: person.id, familyId: invitation.familyId, active: status === "ACTIVE", membership: saved, invitationId: invitation.id };
  }));

  if (!outcome) {
    const view = await viewInvitation(token);
    return { ok: false, state: view.state === "valid" ? "used" : view.state };
  }
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
      where: { id, familyId, status: "PENDING", ...(can(access.role, "network", "inviteAnyRole") ? {} : { invitedById: access.person.id }) },
      data: { status: "CANCELLED" },
    });
    changed = result.count;
  } else if (intent === "approve") {
    if (!can(access.role, "network", "approve")) return { ok: false, error: "not-permitted" };
    const result = await db.membership.updateMany({
      where: { id, familyId, status: "PENDING_APPROVAL" },
      data: { status: "ACTIVE", approvedById: access.person.id, approvedAt: now },
    });
    changed = result.count;
  } else {
    if (!can(access.role, "network", "remove")) return { ok: false, error: "not-permitted" };
    if (id === access.membershipId) return { ok: false, error: "self" };
    const result = await db.membership.updateMany({
      where: { id, familyId, status: { in: ["ACTIVE", "PENDING_APPROVAL"] } },
      data: { status: "REMOVED", removedById: access.person.id, removedAt: now },
    });
    changed = result.count;
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
