// Two managers hand the same family over at the same moment. The write on the family is
// conditional on the lead each saw, so one lands and the family never has two leads.
// Most telling on PostgreSQL (TEST_DATABASE_URL), where requests really run side by side.
import { describe, expect, it } from "vitest";

import { openFamilySpace } from "~/modules/family/family-space.server";
import { handOver } from "~/modules/family/hand-over.server";
import { db } from "~/utils/db.server";
import { addDays, ukParts } from "~/utils/uk-time";

import { createOrganisation, createPerson, makeRequest } from "../factories";

const ROUNDS = 12;
const request = () => makeRequest("/organisation/families/x", { method: "POST" });

async function staff(organisationId: string, role: "TEAM_MANAGER" | "SOCIAL_WORKER") {
  const person = await createPerson({ name: role });
  await db.staffMember.create({ data: { organisationId, personId: person.id, role } });
  return person;
}

describe("hand-overs at the same moment", () => {
  it("only one lands: one lead, one active practitioner, one change", async () => {
    const organisation = await createOrganisation();
    const [first, second, third] = [
      await staff(organisation.id, "SOCIAL_WORKER"),
      await staff(organisation.id, "SOCIAL_WORKER"),
      await staff(organisation.id, "SOCIAL_WORKER"),
    ];
    const [managerA, managerB] = [
      await staff(organisation.id, "TEAM_MANAGER"),
      await staff(organisation.id, "TEAM_MANAGER"),
    ];
    const today = ukParts(new Date()).date;
    for (let round = 0; round < ROUNDS; round += 1) {
      const { familyId } = await openFamilySpace({
        organisationId: organisation.id,
        socialWorkerId: first.id,
        input: {
          name: `Race ${round}`,
          children: [{ firstName: "Kit", dateOfBirth: addDays(today, -100), dueDate: null }],
          category: "NEGLECT",
          conferenceDate: today,
        },
        request: request(),
      });
      const base = { familyId, organisationId: organisation.id, fromPersonId: first.id, request: request() };
      const outcomes = await Promise.all([
        handOver({ ...base, toPersonId: second.id, byPersonId: managerA.id }),
        handOver({ ...base, toPersonId: third.id, byPersonId: managerB.id }),
      ]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([{ ok: false, error: "changed" }]);
      const family = await db.family.findUniqueOrThrow({
        where: { id: familyId },
        select: { socialWorkerId: true },
      });
      const active = await db.membership.findMany({
        where: { familyId, role: "PRACTITIONER", status: "ACTIVE" },
        select: { personId: true },
      });
      expect(active).toEqual([{ personId: family.socialWorkerId }]);
      expect(await db.practitionerChange.count({ where: { familyId, fromPersonId: { not: null } } })).toBe(1);
    }
  });
});
