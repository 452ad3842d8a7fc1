import { db } from "~/utils/db.server";

/** Memberships waiting for a practitioner, so the person knows why they cannot go in yet. */
export function countPendingMemberships(personId: string) {
  return db.membership.count({ where: { personId, status: "PENDING_APPROVAL" } });
}
