// The one reader of "the people in this family". Pages name authors, keepers, checkers and
// invitees from it, and choose who can be picked from its current members, so no module keeps
// its own membership read with names.
import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { familyRoles, type FamilyRole } from "~/modules/permissions/matrix";
import { readRows } from "~/utils/db.server";
import { column } from "~/utils/rows.server";

export type MembershipStatus = "ACTIVE" | "PENDING_APPROVAL" | "REMOVED";

/**
 * One membership and the name of its person. Only what pages show: never an email address or
 * other contact detail (those are read, with their hiding rules, by network/contacts.server).
 */
const FamilyPerson = z.object({
  membershipId: column.text,
  personId: column.text,
  name: column.text,
  role: z.enum(familyRoles),
  status: z.enum(["ACTIVE", "PENDING_APPROVAL", "REMOVED"]),
  /** How they know the child, in the family's words ("Nan"); null when not given. */
  relationship: column.text.nullable(),
});
export type FamilyPerson = z.output<typeof FamilyPerson>;

/**
 * Everyone who is or was in the family, oldest membership first, in one statement (on SQLite on
 * the fast read-only connection: the plan and rule pages read it on every view). Membership rows
 * are never deleted, so someone who has since left, or is still waiting for approval, keeps a
 * name on what they wrote; only the current members can be chosen for anything new.
 */
export async function familyPeople({ familyId }: { familyId: string }) {
  const everyone = await readRows(
    FamilyPerson,
    Prisma.sql`
    SELECT m."id" AS "membershipId", m."personId", p."name", m."role", m."status", m."relationship"
    FROM "Membership" m JOIN "Person" p ON p."id" = m."personId"
    WHERE m."familyId" = ${familyId}
    ORDER BY m."createdAt", m."id"`,
  );
  const byMembership = new Map(everyone.map((person) => [person.membershipId, person]));
  // One membership per person and family (a unique key), so a person id finds one row.
  const byPerson = new Map(everyone.map((person) => [person.personId, person]));
  const active = everyone.filter((person) => person.status === "ACTIVE");
  return {
    everyone,
    /** The current members: the only ones who can be chosen, invited or named in something new. */
    active,
    /** Current members in one of these roles, oldest membership first. */
    activeIn: (roles: readonly FamilyRole[]) => active.filter((person) => roles.includes(person.role)),
    /** The name on anything a person did in this family; "" for no one or someone never in it. */
    nameOfPerson: (personId: string | null | undefined) =>
      personId ? (byPerson.get(personId)?.name ?? "") : "",
    /** The name of a membership (a keeper, a person named in a rule); "" when not of this family. */
    nameOfMember: (membershipId: string) => byMembership.get(membershipId)?.name ?? "",
  };
}

export type FamilyPeople = Awaited<ReturnType<typeof familyPeople>>;
