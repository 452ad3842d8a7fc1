import { describe, expect, it } from "vitest";

import { coveragePage } from "~/modules/commitments/commitment-pages.server";
import { activeCommitmentsWithCheckIns, missedFor } from "~/modules/commitments/commitments.server";
import type { DemoPersonKey } from "~/modules/demo/demo-people";
import { contactsVisibleTo } from "~/modules/network/contacts.server";

import { seedNetwork } from "../../prisma/seed/network";
import { createFamily } from "../factories";

describe("the network demo data", () => {
  it("gives Lily's family the aunt's and the friend's commitments with check-ins, one missed, and Noah's family a gap", async () => {
    const lily = await createFamily({
      members: [
        { role: "PRACTITIONER", name: "Grace" },
        { role: "PARENT", name: "Jade" },
        { role: "PARENT", name: "Kyle" },
        { role: "KINSHIP_CARER", name: "Carol" },
        { role: "NETWORK_MEMBER", name: "Amy" },
        { role: "NETWORK_MEMBER", name: "Priya" },
      ],
    });
    const noah = await createFamily({
      members: [
        { role: "PRACTITIONER", name: "Sam" },
        { role: "PARENT", name: "Owen" },
        { role: "PARENT", name: "Megan" },
      ],
    });
    const [socialWorker, mother, father, grandmother, aunt, friend] = lily.people;
    const [secondSocialWorker, secondFather, secondMother] = noah.people;
    const ids = Object.fromEntries(
      Object.entries({
        socialWorker,
        mother,
        father,
        grandmother,
        aunt,
        friend,
        secondSocialWorker,
        secondFather,
        secondMother,
      }).map(([key, person]) => [key, person.id]),
    ) as Record<DemoPersonKey, string>;
    const now = new Date();
    await seedNetwork({ lilyFamilyId: lily.id, noahFamilyId: noah.id, ids, now });

    const active = await activeCommitmentsWithCheckIns({ familyId: lily.id, now });
    expect(active.map((commitment) => [commitment.keeperName, commitment.kind]).sort()).toEqual([
      ["Amy", "VISITS"],
      ["Priya", "TRANSPORT"],
    ]);
    expect(active.every((commitment) => commitment.checkedIn.size > 0)).toBe(true);
    const missed = missedFor({ role: "PRACTITIONER", membershipId: socialWorker.membershipId }, active, now);
    expect(missed).toHaveLength(1);
    expect(missed[0].membershipId).toBe(aunt.membershipId);

    // Amy's phone is hidden from Kyle; Jade sees it.
    const forFather = await contactsVisibleTo({
      familyId: lily.id,
      viewer: { membershipId: father.membershipId, role: "PARENT" },
    });
    expect(forFather.get(aunt.membershipId)).toEqual({});
    const forMother = await contactsVisibleTo({
      familyId: lily.id,
      viewer: { membershipId: mother.membershipId, role: "PARENT" },
    });
    expect(forMother.get(aunt.membershipId)?.phone).toBeTruthy();

    const coverage = await coveragePage({ familyId: noah.id, now });
    expect(coverage.anyone).toBe(true);
    // Nobody is there at the weekend in the evening (5pm on).
    expect(coverage.gaps.filter((gap) => gap.end > 17 * 60).flatMap((gap) => gap.days)).toEqual(
      expect.arrayContaining([6, 7]),
    );
  });
});
