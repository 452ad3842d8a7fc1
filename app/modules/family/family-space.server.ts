// Opening a family space: the social worker starts it, and is its first practitioner.
import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { recordAudit } from "~/modules/audit/audit.server";
import type { OpenFamilySpaceInput } from "~/modules/family/family-space.schema.server";
import { db, inTransaction, readRows } from "~/utils/db.server";
import { column } from "~/utils/rows.server";
import { ukInstant, type IsoDate } from "~/utils/uk-time";

// Noon, UK time: the date reads the same whatever the clock change.
const dayOf = (date: IsoDate | null) => (date ? ukInstant(date, "12:00") : null);

/**
 * Opens a family space in one transaction: the family, its children, the social worker's
 * membership as its practitioner, the first entry of its social worker history, and an audit row
 * (no content). The caller checked the right (families.open) in this organisation.
 */
export async function openFamilySpace({
  organisationId,
  socialWorkerId,
  input,
  request,
  now = new Date(),
}: {
  organisationId: string;
  socialWorkerId: string;
  input: OpenFamilySpaceInput;
  request: Request;
  now?: Date;
}): Promise<{ familyId: string }> {
  return inTransaction(async () => {
    const family = await db.family.create({
      data: {
        name: input.name,
        organisationId,
        category: input.category,
        conferenceDate: input.conferenceDate,
        socialWorkerId,
        openedById: socialWorkerId,
        createdAt: now,
      },
      select: { id: true },
    });
    for (const [index, child] of input.children.entries()) {
      await db.child.create({
        data: {
          familyId: family.id,
          firstName: child.firstName,
          dateOfBirth: dayOf(child.dateOfBirth),
          dueDate: dayOf(child.dueDate),
          // In the order typed: the home page lists them oldest row first.
          createdAt: new Date(now.getTime() + index),
        },
      });
    }
    await db.membership.create({
      data: {
        familyId: family.id,
        personId: socialWorkerId,
        role: "PRACTITIONER",
        relationship: null,
        approvedById: socialWorkerId,
        approvedAt: now,
        createdAt: now,
      },
    });
    await db.practitionerChange.create({
      data: {
        familyId: family.id,
        fromPersonId: null,
        toPersonId: socialWorkerId,
        changedById: socialWorkerId,
        createdAt: now,
      },
    });
    await recordAudit({
      request,
      action: "family.open",
      actorId: socialWorkerId,
      role: "PRACTITIONER",
      familyId: family.id,
      entity: "family",
      entityId: family.id,
    });
    return { familyId: family.id };
  });
}

/** How long the family home says who their new social worker is. */
export const HAND_OVER_NOTICE_DAYS = 30;

const HomeRow = z.object({
  childId: column.text.nullable(),
  firstName: column.text.nullable(),
  dateOfBirth: column.date.nullable(),
  dueDate: column.date.nullable(),
  handOverAt: column.date.nullable(),
  handOverTo: column.text.nullable(),
});

/**
 * The family home's children and, when the family's social worker changed in the last
 * HAND_OVER_NOTICE_DAYS, who it is now and since when: one statement (the home page's budget).
 * The first social worker, who opened the space, is no change. Dates are compared here, not in
 * SQL, as the two databases store them differently.
 */
export async function familyHomeFacts({ familyId, now = new Date() }: { familyId: string; now?: Date }) {
  const rows = await readRows(
    HomeRow,
    Prisma.sql`
    SELECT c."id" AS "childId", c."firstName", c."dateOfBirth", c."dueDate", h."createdAt" AS "handOverAt", p."name" AS "handOverTo"
    FROM "Family" f
    LEFT JOIN "Child" c ON c."familyId" = f."id"
    LEFT JOIN (
      SELECT pc."toPersonId", pc."createdAt" FROM "PractitionerChange" pc
      WHERE pc."familyId" = ${familyId} AND pc."fromPersonId" IS NOT NULL
      ORDER BY pc."createdAt" DESC, pc."id" DESC LIMIT 1
    ) h ON 1 = 1
    LEFT JOIN "Person" p ON p."id" = h."toPersonId"
    WHERE f."id" = ${familyId}
    ORDER BY c."createdAt", c."id"`,
  );
  const children = rows.flatMap((row) =>
    row.childId
      ? [
          {
            id: row.childId,
            firstName: row.firstName ?? "",
            dateOfBirth: row.dateOfBirth,
            dueDate: row.dueDate,
          },
        ]
      : [],
  );
  const last = rows[0];
  const recent =
    last?.handOverAt &&
    last.handOverTo &&
    now.getTime() - last.handOverAt.getTime() < HAND_OVER_NOTICE_DAYS * 86_400_000
      ? { name: last.handOverTo, at: last.handOverAt }
      : null;
  return { children, newSocialWorker: recent };
}
