import { db } from "~/utils/db.server";

/** The families a person belongs to right now, for the switcher. Names only. */
export function listFamiliesForPerson(personId: string) {
  return db.membership.findMany({
    where: { personId, status: "ACTIVE" },
    orderBy: { family: { name: "asc" } },
    select: { role: true, family: { select: { id: true, name: true } } },
  });
}

/** Memberships waiting for a practitioner, so the person knows why they cannot go in yet. */
export function countPendingMemberships(personId: string) {
  return db.membership.count({ where: { personId, status: "PENDING_APPROVAL" } });
}

/** What the family's home page shows. */
export async function getFamilyHome({ familyId }: { familyId: string }) {
  const family = await db.family.findUniqueOrThrow({
    where: { id: familyId },
    select: {
      name: true,
      organisation: { select: { name: true } },
      children: {
        orderBy: { createdAt: "asc" },
        select: { id: true, firstName: true, dateOfBirth: true, dueDate: true },
      },
    },
  });
  return family;
}

export function getFamilyName({ familyId }: { familyId: string }) {
  return db.family.findUniqueOrThrow({ where: { id: familyId }, select: { id: true, name: true } });
}
