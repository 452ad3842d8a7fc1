import { db } from "~/utils/db.server";

/** Memberships waiting for a practitioner, so the person knows why they cannot go in yet. */
export function countPendingMemberships(personId: string) {
  return db.membership.count({ where: { personId, status: "PENDING_APPROVAL" } });
}

/** The family's children, for its home page (the family and organisation names come with the membership). */
export function listChildren({ familyId }: { familyId: string }) {
  return db.child.findMany({
    where: { familyId },
    orderBy: { createdAt: "asc" },
    select: { id: true, firstName: true, dateOfBirth: true, dueDate: true },
  });
}
