// The people who work in an organisation's service: list, add (with an invitation), remove.
import { isLanguage } from "~/i18n";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { db, inTransaction, retryOnRace } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";

import type { AddStaffInput } from "./organisation.schema.server";

/** The organisation's staff now, by name: what the staff page shows. */
export async function listStaff(organisationId: string) {
  const rows = await db.staffMember.findMany({
    where: { organisationId, removedAt: null },
    orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      createdAt: true,
      person: {
        select: { id: true, name: true, email: true, organisation: { select: { id: true, name: true } } },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    personId: row.person.id,
    name: row.person.name,
    email: row.person.email,
    role: row.role,
    since: row.createdAt,
    // An adviser's own organisation (their advice charity), when it is not this one.
    partner:
      row.role === "ADVISER" && row.person.organisation && row.person.organisation.id !== organisationId
        ? row.person.organisation.name
        : null,
  }));
}

/** One staff row of this organisation, still working there, or null. */
export async function findStaffMember(organisationId: string, staffId: string) {
  const row = await db.staffMember.findFirst({
    where: { id: staffId, organisationId, removedAt: null },
    select: {
      id: true,
      role: true,
      createdAt: true,
      person: { select: { id: true, name: true, email: true } },
    },
  });
  return row
    ? {
        id: row.id,
        role: row.role,
        since: row.createdAt,
        personId: row.person.id,
        name: row.person.name,
        email: row.person.email,
      }
    : null;
}

/** The advice charities whose advisers this organisation added. */
export function listPartners(organisationId: string) {
  return db.organisation.findMany({
    where: { partnerOfId: organisationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

export type AddStaffOutcome =
  | { ok: true; staffId: string; personId: string; partnerId: string | null }
  | { ok: false; error: "already-staff" | "unknown-partner" };

/**
 * Adds a person to the organisation's staff (or brings back someone removed), reusing the person
 * when their email is known. An adviser names their advice charity: one of this organisation's
 * partners, or a new one made here. The invitation email says only who added them and how to
 * sign in (`notify: false` for the demo seed).
 */
export async function addStaffMember({
  organisationId,
  actorId,
  input,
  request,
  notify = true,
}: {
  organisationId: string;
  actorId: string | null;
  input: AddStaffInput;
  request?: Request;
  notify?: boolean;
}): Promise<AddStaffOutcome> {
  const outcome = await retryOnRace(() =>
    inTransaction(async (): Promise<AddStaffOutcome> => {
      let partnerId: string | null = null;
      if (input.role === "ADVISER") {
        if (input.partnerId) {
          const partner = await db.organisation.findFirst({
            where: { id: input.partnerId, partnerOfId: organisationId },
            select: { id: true },
          });
          if (!partner) return { ok: false, error: "unknown-partner" };
          partnerId = partner.id;
        } else if (input.partnerName) {
          const same = await db.organisation.findFirst({
            where: { partnerOfId: organisationId, name: input.partnerName },
            select: { id: true },
          });
          partnerId =
            same?.id ??
            (
              await db.organisation.create({
                data: { name: input.partnerName, kind: "CHARITY", partnerOfId: organisationId },
                select: { id: true },
              })
            ).id;
        }
      }
      const email = input.email.trim().toLowerCase();
      const known = await db.person.findUnique({
        where: { email },
        select: { id: true, organisationId: true },
      });
      const person =
        known ??
        (await db.person.create({
          data: { email, name: input.name, organisationId: partnerId ?? organisationId },
          select: { id: true, organisationId: true },
        }));
      if (known && partnerId && known.organisationId !== partnerId)
        await db.person.update({ where: { id: known.id }, data: { organisationId: partnerId } });
      else if (known && !known.organisationId)
        await db.person.update({ where: { id: known.id }, data: { organisationId } });

      const row = await db.staffMember.findUnique({
        where: { organisationId_personId: { organisationId, personId: person.id } },
        select: { id: true, removedAt: true },
      });
      if (row && !row.removedAt) return { ok: false, error: "already-staff" };
      const staff = row
        ? await db.staffMember.update({
            where: { id: row.id },
            data: {
              role: input.role,
              addedById: actorId,
              removedAt: null,
              removedById: null,
              createdAt: new Date(),
            },
            select: { id: true },
          })
        : await db.staffMember.create({
            data: { organisationId, personId: person.id, role: input.role, addedById: actorId },
            select: { id: true },
          });
      return { ok: true, staffId: staff.id, personId: person.id, partnerId };
    }),
  );
  if (!outcome.ok) return outcome;
  if (request)
    await recordAudit({ request, action: "staff.add", actorId, entity: "staff", entityId: outcome.staffId });
  if (notify) await sendStaffInvitation(outcome.personId, organisationId);
  return outcome;
}

/** "<organisation> added you to Safety Circle", in the person's language: no case words. */
async function sendStaffInvitation(personId: string, organisationId: string) {
  const [person, organisation] = await Promise.all([
    db.person.findUniqueOrThrow({ where: { id: personId }, select: { email: true, language: true } }),
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } }),
  ]);
  const t = await i18next.getFixedT(isLanguage(person.language) ? person.language : "en", "organisation");
  await sendMail({
    to: person.email,
    subject: t("email.subject"),
    text: t("email.body", {
      organisation: organisation.name,
      url: new URL("/sign-in", getEnv().APP_URL).toString(),
      interpolation: { escapeValue: false },
    }),
  });
}

export type RemoveStaffOutcome = { ok: true } | { ok: false; error: "not-found" | "last-admin" };

/**
 * Ends a person's work for the organisation: the row stays, with who removed them and when. The
 * guard reads staff rows on every request, so their rights end with their next click. The last
 * admin stays, so the service always has someone to run it.
 */
export async function removeStaffMember({
  organisationId,
  actorId,
  staffId,
  request,
}: {
  organisationId: string;
  actorId: string;
  staffId: string;
  request: Request;
}): Promise<RemoveStaffOutcome> {
  const outcome = await inTransaction(async (): Promise<RemoveStaffOutcome> => {
    // Locks the organisation's row, so two admins removing each other cannot both succeed.
    await db.organisation.update({
      where: { id: organisationId },
      data: { settingsVersion: { increment: 0 } },
    });
    const row = await db.staffMember.findFirst({
      where: { id: staffId, organisationId, removedAt: null },
      select: { id: true, role: true },
    });
    if (!row) return { ok: false, error: "not-found" };
    if (row.role === "ADMIN") {
      const admins = await db.staffMember.count({
        where: { organisationId, role: "ADMIN", removedAt: null },
      });
      if (admins <= 1) return { ok: false, error: "last-admin" };
    }
    await db.staffMember.update({
      where: { id: row.id },
      data: { removedAt: new Date(), removedById: actorId },
    });
    return { ok: true };
  });
  if (outcome.ok)
    await recordAudit({ request, action: "staff.remove", actorId, entity: "staff", entityId: staffId });
  return outcome;
}
