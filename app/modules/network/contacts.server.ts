import { z } from "zod";

import { recordAudit } from "~/modules/audit/audit.server";
import { familyPeople } from "~/modules/family/people.server";
import {
  contactAudiences,
  contactFields,
  type ContactAudience,
  type ContactField,
} from "~/modules/network/contact-fields";
import { can, type Grantee } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { idSchema } from "~/utils/http.server";
import { userText } from "~/utils/text.server";

export { contactAudiences, contactFields };

export type ContactSharing = {
  membershipId: string;
  phone: string;
  email: string;
  address: string;
  phoneAudience: ContactAudience;
  emailAudience: ContactAudience;
  addressAudience: ContactAudience;
  hiddenFrom: string[];
};

/** Who is looking: their membership, role and, for an adviser, what the family shows them. */
export type Viewer = Grantee & { membershipId: string };
export type VisibleContact = Partial<Record<ContactField, string>>;

/**
 * THE rule for who sees a member's contact details; every page asks it, on the server, so a
 * detail a viewer may not see never leaves the server. A member always sees their own. Someone
 * they hid their details from sees none of them, whatever the audience. Otherwise each detail
 * goes to its audience: everyone in the family's space, or the social worker only.
 */
export function visibleContact(viewer: Viewer, sharing: ContactSharing | undefined): VisibleContact {
  if (!sharing) return {};
  const own = viewer.membershipId === sharing.membershipId;
  if (!own && sharing.hiddenFrom.includes(viewer.membershipId)) return {};
  const visible: VisibleContact = {};
  for (const field of contactFields) {
    const value = sharing[field];
    if (!value) continue;
    const audience = sharing[`${field}Audience`];
    const allowed =
      own ||
      (audience === "FAMILY" && can(viewer, "network", "viewContactDetails")) ||
      (audience !== "NOBODY" && can(viewer, "network", "viewPrivateContactDetails"));
    if (allowed) visible[field] = value;
  }
  return visible;
}

const sharingSelect = {
  id: true,
  membershipId: true,
  phone: true,
  email: true,
  address: true,
  phoneAudience: true,
  emailAudience: true,
  addressAudience: true,
  changedById: true,
  createdAt: true,
  hiddenFrom: { select: { membershipId: true } },
} as const;

type SharingRow = Omit<ContactSharing, "hiddenFrom"> & {
  id: string;
  changedById: string;
  createdAt: Date;
  hiddenFrom: { membershipId: string }[];
};

const toSharing = (row: SharingRow) => ({
  ...row,
  hiddenFrom: row.hiddenFrom.map((hidden) => hidden.membershipId),
});

/** The current sharing of every member of the family: the newest row per member. */
export async function currentSharings({
  familyId,
}: {
  familyId: string;
}): Promise<Map<string, ContactSharing>> {
  const rows = await db.contactSharing.findMany({
    where: { familyId },
    orderBy: { createdAt: "desc" },
    select: sharingSelect,
  });
  const current = new Map<string, ContactSharing>();
  for (const row of rows) if (!current.has(row.membershipId)) current.set(row.membershipId, toSharing(row));
  return current;
}

/** Each member's details as this viewer may see them, by membership id. Nothing else is returned. */
export async function contactsVisibleTo({ familyId, viewer }: { familyId: string; viewer: Viewer }) {
  const sharings = await currentSharings({ familyId });
  const visible = new Map<string, VisibleContact>();
  for (const [membershipId, sharing] of sharings) visible.set(membershipId, visibleContact(viewer, sharing));
  return visible;
}

/** A member's own sharing and its history (newest first): only ever read for the member themself. */
export async function ownSharingHistory({
  familyId,
  membershipId,
}: {
  familyId: string;
  membershipId: string;
}) {
  const rows = await db.contactSharing.findMany({
    where: { familyId, membershipId },
    orderBy: { createdAt: "desc" },
    select: sharingSelect,
  });
  return rows.map(toSharing);
}

const audience = z.enum(contactAudiences, "network:contact.errors.audience");

/** The contact form, read with parseSubmission: an empty box arrives missing and means "none". */
export const ContactSharingSchema = z.object({
  phone: userText({ max: 30, tooLong: "network:contact.errors.phoneTooLong" })
    .refine((value) => value === "" || /^[+\d][\d\s()-]{5,}$/.test(value), "network:contact.errors.phone")
    .optional()
    .default(""),
  email: userText({ max: 254, tooLong: "network:contact.errors.emailTooLong" })
    .refine((value) => value === "" || z.email().safeParse(value).success, "network:contact.errors.email")
    .optional()
    .default(""),
  address: userText({ max: 300, tooLong: "network:contact.errors.addressTooLong" }).optional().default(""),
  phoneAudience: audience,
  emailAudience: audience,
  addressAudience: audience,
  // One ticked box arrives as a text, none as nothing.
  hiddenFrom: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(idSchema("network:contact.errors.hiddenFrom")).max(50),
  ),
});

export type ContactSharingInput = z.infer<typeof ContactSharingSchema>;

/** The members one may hide one's details from: anyone active in the family but oneself and the social workers. */
export async function hideableMembers({
  familyId,
  membershipId,
}: {
  familyId: string;
  membershipId: string;
}) {
  const people = await familyPeople({ familyId });
  return people.active
    .filter((member) => member.membershipId !== membershipId && member.role !== "PRACTITIONER")
    .map((member) => ({ membershipId: member.membershipId, name: member.name }));
}

export type SaveContactOutcome = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Saves a new version of the member's own sharing (the old ones stay, as history). Only
 * members of this family can be hidden from: an id from anywhere else is refused.
 */
export async function saveContactSharing({
  access,
  input,
  request,
}: {
  access: FamilyAccess;
  input: ContactSharingInput;
  request: Request;
}): Promise<SaveContactOutcome> {
  const allowed = new Set(
    (await hideableMembers({ familyId: access.familyId, membershipId: access.membershipId })).map(
      (member) => member.membershipId,
    ),
  );
  const hiddenFrom = [...new Set(input.hiddenFrom)];
  if (hiddenFrom.some((id) => !allowed.has(id)))
    return { ok: false, errors: { hiddenFrom: "network:contact.errors.hiddenFrom" } };
  const sharing = await db.$transaction(async (tx) => {
    const row = await tx.contactSharing.create({
      data: {
        familyId: access.familyId,
        membershipId: access.membershipId,
        phone: input.phone,
        email: input.email,
        address: input.address,
        phoneAudience: input.phoneAudience,
        emailAudience: input.emailAudience,
        addressAudience: input.addressAudience,
        changedById: access.person.id,
      },
      select: { id: true },
    });
    if (hiddenFrom.length > 0)
      await tx.contactHiddenFrom.createMany({
        data: hiddenFrom.map((membershipId) => ({ sharingId: row.id, membershipId })),
      });
    return row;
  });
  await recordAudit({
    request,
    action: "network.shareContactDetails",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "contactSharing",
    entityId: sharing.id,
  });
  return { ok: true };
}
