// The family decides, per adviser, which parts of its space they see; the one guard enforces it
// on the very next request, with the choice read in the same statement as the membership.
import { describe, expect, it } from "vitest";

import { can } from "~/modules/permissions/can";
import { loader as layoutLoader } from "~/routes/families.$familyId";
import { action as advisersAction, loader as advisersLoader } from "~/routes/families.$familyId.advisers";
import { loader as meetingsLoader } from "~/routes/families.$familyId.meetings._index";
import { loader as networkLoader } from "~/routes/families.$familyId.network._index";
import { loader as planLoader } from "~/routes/families.$familyId.plan._index";
import { loader as rulesLoader } from "~/routes/families.$familyId.rules._index";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, makeRequest } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

const members = [
  { role: "PARENT" as const, name: "Pat Parent" },
  { role: "KINSHIP_CARER" as const, name: "Kit Carer" },
  { role: "ADVISER" as const, name: "Ada Adviser" },
  { role: "ADVISER" as const, name: "Abe Adviser" },
  { role: "NETWORK_MEMBER" as const, name: "Nia Network" },
  { role: "PRACTITIONER" as const, name: "Sol Worker" },
];

type Family = Awaited<ReturnType<typeof createFamily>>;

/** The status of a loader or action: a thrown Response or data() counts. */
async function get(
  loader: (args: never) => Promise<unknown>,
  family: Family,
  personId: string,
  path: string,
) {
  const cookie = await cookieFor(personId);
  return loader({
    request: makeRequest(`/families/${family.id}${path}`, { cookie }),
    params: { familyId: family.id },
    context: {},
  } as never);
}

async function choose(
  family: Family,
  personId: string,
  adviserMembershipId: string,
  areas: string[],
  revision?: number,
) {
  const current = await db.adviserView.findUnique({
    where: { membershipId: adviserMembershipId },
    select: { revision: true },
  });
  const form = new URLSearchParams({
    membershipId: adviserMembershipId,
    revision: String(revision ?? current?.revision ?? 0),
  });
  for (const area of areas) form.append("areas", area);
  const cookie = await cookieFor(personId);
  const request = new Request(`http://localhost/families/${family.id}/advisers`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
  return advisersAction({ request, params: { familyId: family.id }, context: {} });
}

describe("what each adviser sees, chosen by the family", () => {
  it("an adviser sees none of plan, rules, meetings or network until the family chooses", async () => {
    const family = await createFamily({ members });
    const adviser = family.people[2];
    for (const [loader, path] of [
      [planLoader, "/plan"],
      [rulesLoader, "/rules"],
      [meetingsLoader, "/meetings"],
      [networkLoader, "/network"],
    ] as const) {
      await expect(get(loader, family, adviser.id, path)).toBeNotFound();
    }
    // Refused like a missing page, and recorded.
    expect(
      await db.auditEvent.count({ where: { familyId: family.id, actorId: adviser.id, outcome: "denied" } }),
    ).toBe(4);
  });

  it("the parent shows her rules, then hides them: the adviser's very next request gets 404", async () => {
    const family = await createFamily({ members });
    const [parent, , adviser, otherAdviser] = family.people;
    await expect(choose(family, parent.id, adviser.membershipId, ["rules", "plan"])).toHaveStatus(302);
    await expect(get(rulesLoader, family, adviser.id, "/rules")).toHaveStatus(200);
    await expect(get(planLoader, family, adviser.id, "/plan")).toHaveStatus(200);
    // Per adviser: the other adviser still sees nothing.
    await expect(get(rulesLoader, family, otherAdviser.id, "/rules")).toBeNotFound();

    await expect(choose(family, parent.id, adviser.membershipId, ["plan"])).toHaveStatus(302);
    await expect(get(rulesLoader, family, adviser.id, "/rules")).toBeNotFound();
    await expect(get(planLoader, family, adviser.id, "/plan")).toHaveStatus(200);

    // Every choice is kept, newest last.
    const history = await db.adviserViewChange.findMany({
      where: { membershipId: adviser.membershipId },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((row) => [row.plan, row.rules, row.changedById])).toEqual([
      [true, true, parent.id],
      [true, false, parent.id],
    ]);
  });

  it("the family's navigation shows an adviser only the parts shown to them", async () => {
    const family = await createFamily({ members });
    const [parent, , adviser] = family.people;
    const sections = async () => {
      const cookie = await cookieFor(adviser.id);
      const result = (await layoutLoader({
        request: makeRequest(`/families/${family.id}`, { cookie }),
        params: { familyId: family.id },
        context: {},
      })) as { sections: { key: string }[] };
      return result.sections.map((section) => section.key);
    };
    expect(await sections()).not.toContain("rules");
    await choose(family, parent.id, adviser.membershipId, ["rules", "meetings"]);
    expect(await sections()).toEqual(expect.arrayContaining(["rules", "meetings"]));
    expect(await sections()).not.toContain("plan");
  });

  it("parents and the kinship carer decide; the adviser, network and social worker cannot", async () => {
    const family = await createFamily({ members });
    const [parent, carer, adviser, , network, worker] = family.people;
    await expect(choose(family, carer.id, adviser.membershipId, ["network"])).toHaveStatus(302);
    await expect(choose(family, parent.id, adviser.membershipId, ["network", "meetings"])).toHaveStatus(302);
    for (const person of [adviser, network, worker])
      await expect(choose(family, person.id, adviser.membershipId, ["plan", "rules"])).toHaveStatus(403);
    expect(
      await db.adviserView.findUniqueOrThrow({ where: { membershipId: adviser.membershipId } }),
    ).toMatchObject({ plan: false, rules: false, meetings: true, network: true, revision: 2 });
    // The social worker may look at what is shown, not change it; others may not look.
    await expect(get(advisersLoader, family, worker.id, "/advisers")).toHaveStatus(200);
    await expect(get(advisersLoader, family, network.id, "/advisers")).toHaveStatus(403);
    await expect(get(advisersLoader, family, adviser.id, "/advisers")).toHaveStatus(403);
  });

  it("two people choosing at once: the second is told, nothing is lost unseen", async () => {
    const family = await createFamily({ members });
    const [parent, carer, adviser] = family.people;
    await expect(choose(family, parent.id, adviser.membershipId, ["plan"], 0)).toHaveStatus(302);
    await expect(choose(family, carer.id, adviser.membershipId, ["rules"], 0)).toHaveStatus(409);
    await expect(choose(family, carer.id, adviser.membershipId, ["rules"], 1)).toHaveStatus(302);
    await expect(choose(family, parent.id, adviser.membershipId, ["meetings"], 1)).toHaveStatus(409);
    expect(await db.adviserViewChange.count({ where: { membershipId: adviser.membershipId } })).toBe(2);
  });

  it("a refused choice comes back with the boxes as they were ticked and says why", async () => {
    const family = await createFamily({ members });
    const [parent, carer, adviser] = family.people;
    await expect(choose(family, parent.id, adviser.membershipId, ["plan"], 0)).toHaveStatus(302);
    const late = await outcomeOf(choose(family, carer.id, adviser.membershipId, ["rules", "network"], 0));
    expect(late).toRefuseWith({ "": "kinship:errors.adviserConflict" }, 409);
    expect(typedValuesOf(late.data)).toMatchObject({
      membershipId: adviser.membershipId,
      areas: ["rules", "network"],
    });

    const odd = await outcomeOf(choose(family, parent.id, adviser.membershipId, ["money"]));
    expect(odd).toRefuseWith({ "": "kinship:errors.generic", "areas[0]": "generic.invalid" });
    expect(typedValuesOf(odd.data)).toMatchObject({ membershipId: adviser.membershipId, areas: "money" });
    expect(await db.adviserViewChange.count({ where: { membershipId: adviser.membershipId } })).toBe(1);
  });

  it("only an adviser of this family can be chosen for", async () => {
    const family = await createFamily({ members });
    const other = await createFamily({ members });
    const [parent, , , , network] = family.people;
    await expect(choose(family, parent.id, other.people[2].membershipId, ["plan"])).toBeNotFound();
    await expect(choose(family, parent.id, network.membershipId, ["plan"])).toBeNotFound();
    expect(
      await db.adviserView.count({
        where: { membershipId: { in: [other.people[2].membershipId, network.membershipId] } },
      }),
    ).toBe(0);
  });

  it("a bare role never includes what a family may show an adviser (fails closed)", () => {
    expect(can("ADVISER", "rules", "view")).toBe(false);
    expect(can({ role: "ADVISER", adviserView: null }, "rules", "view")).toBe(false);
    expect(
      can(
        { role: "ADVISER", adviserView: { plan: false, rules: true, meetings: false, network: false } },
        "rules",
        "view",
      ),
    ).toBe(true);
    // Showing a part never adds a right the role does not have.
    expect(
      can(
        { role: "ADVISER", adviserView: { plan: true, rules: true, meetings: true, network: true } },
        "plan",
        "write",
      ),
    ).toBe(false);
    expect(
      can(
        { role: "ADVISER", adviserView: { plan: true, rules: true, meetings: true, network: true } },
        "network",
        "viewPrivateContactDetails",
      ),
    ).toBe(false);
    // Other roles are not affected by an adviser's view.
    expect(can({ role: "PARENT", adviserView: null }, "rules", "view")).toBe(true);
  });

  it("the history of choices cannot be changed or deleted", async () => {
    const family = await createFamily({ members });
    const [parent, , adviser] = family.people;
    await choose(family, parent.id, adviser.membershipId, ["plan"]);
    const row = await db.adviserViewChange.findFirstOrThrow({
      where: { membershipId: adviser.membershipId },
    });
    await expect(
      db.$executeRawUnsafe(`UPDATE "AdviserViewChange" SET "rules" = true WHERE "id" = '${row.id}'`),
    ).rejects.toThrow(/cannot change/);
    await expect(
      db.$executeRawUnsafe(`DELETE FROM "AdviserViewChange" WHERE "id" = '${row.id}'`),
    ).rejects.toThrow(/cannot be deleted/);
  });
});
