// The one reader of a family's people (family/people.server.ts), on both databases: who is in
// it and with which status, the names it gives, the fields it returns, and the lists the pages
// build from it (who can be invited, chosen as a reader, hidden from, named in a rule).
import { beforeAll, describe, expect, it } from "vitest";

import { familyPeople } from "~/modules/family/people.server";
import { listPossibleReaders } from "~/modules/kinship/diary.server";
import { invitableMembers } from "~/modules/meetings/meetings.server";
import { hideableMembers } from "~/modules/network/contacts.server";
import { memberNames } from "~/modules/plan/plan.server";
import { nameablePeople } from "~/modules/rules/rules.server";
import { listAdviserViews } from "~/modules/sharing/adviser-view.server";
import { db } from "~/utils/db.server";

import { countStatements, installCountingClient } from "../budget/sql-counter";
import { createFamily } from "../factories";
import { isPostgresUrl } from "../setup/postgres";

const onPostgres = isPostgresUrl(process.env.DATABASE_URL ?? "");

let family: Awaited<ReturnType<typeof createFamily>>;
let other: Awaited<ReturnType<typeof createFamily>>;
let parent: (typeof family.people)[number];
let nan: (typeof family.people)[number];
let friend: (typeof family.people)[number];
let adviser: (typeof family.people)[number];
let socialWorker: (typeof family.people)[number];
let waiting: (typeof family.people)[number];
let removed: (typeof family.people)[number];

beforeAll(async () => {
  family = await createFamily({
    members: [
      { role: "PARENT", name: "Jade Walsh" },
      { role: "KINSHIP_CARER", name: "Carol Walsh", relationship: "Nan" },
      { role: "NETWORK_MEMBER", name: "Priya Shah" },
      { role: "ADVISER", name: "Tom Hughes" },
      { role: "PRACTITIONER", name: "Grace Adebayo" },
      { role: "NETWORK_MEMBER", name: "Amy Walsh" },
      { role: "PARENT", name: "Kyle Benson" },
    ],
  });
  [parent, nan, friend, adviser, socialWorker, waiting, removed] = family.people;
  // Oldest membership first, whatever order the rows were written in.
  for (const [index, member] of family.people.entries()) {
    await db.membership.update({
      where: { id: member.membershipId },
      data: { createdAt: new Date(Date.UTC(2026, 0, 1 + index)) },
    });
  }
  await db.membership.update({ where: { id: waiting.membershipId }, data: { status: "PENDING_APPROVAL" } });
  await db.membership.update({
    where: { id: removed.membershipId },
    data: { status: "REMOVED", removedAt: new Date(), removedById: socialWorker.id },
  });
  other = await createFamily({ members: [{ role: "PARENT", name: "Owen Price" }] });
});

describe("familyPeople", () => {
  it("gives everyone who is or was in the family, oldest first, with their status", async () => {
    const people = await familyPeople({ familyId: family.id });
    expect(people.everyone.map((person) => [person.name, person.status])).toEqual([
      ["Jade Walsh", "ACTIVE"],
      ["Carol Walsh", "ACTIVE"],
      ["Priya Shah", "ACTIVE"],
      ["Tom Hughes", "ACTIVE"],
      ["Grace Adebayo", "ACTIVE"],
      ["Amy Walsh", "PENDING_APPROVAL"],
      ["Kyle Benson", "REMOVED"],
    ]);
    expect(people.active.map((person) => person.name)).toEqual([
      "Jade Walsh",
      "Carol Walsh",
      "Priya Shah",
      "Tom Hughes",
      "Grace Adebayo",
    ]);
  });

  it("returns only the membership, the person's name, role, status and relationship: never an email", async () => {
    const people = await familyPeople({ familyId: family.id });
    expect(people.everyone).toHaveLength(family.people.length);
    for (const person of people.everyone)
      expect(Object.keys(person).sort()).toEqual(
        ["membershipId", "name", "personId", "relationship", "role", "status"].sort(),
      );
    expect(people.everyone[1]).toEqual({
      membershipId: nan.membershipId,
      personId: nan.id,
      name: "Carol Walsh",
      role: "KINSHIP_CARER",
      status: "ACTIVE",
      relationship: "Nan",
    });
    expect(people.everyone[0].relationship).toBeNull();
    expect(JSON.stringify(people.everyone)).not.toContain("@test.example");
  });

  it("names people by person id and by membership id, past and waiting members too", async () => {
    const people = await familyPeople({ familyId: family.id });
    expect(people.nameOfPerson(parent.id)).toBe("Jade Walsh");
    expect(people.nameOfPerson(removed.id)).toBe("Kyle Benson");
    expect(people.nameOfPerson(waiting.id)).toBe("Amy Walsh");
    expect(people.nameOfMember(friend.membershipId)).toBe("Priya Shah");
    expect(people.nameOfMember(removed.membershipId)).toBe("Kyle Benson");
  });

  it("gives no name for no one, an unknown id, or someone from another family", async () => {
    const people = await familyPeople({ familyId: family.id });
    expect(people.nameOfPerson(null)).toBe("");
    expect(people.nameOfPerson(undefined)).toBe("");
    expect(people.nameOfPerson("nosuchperson")).toBe("");
    expect(people.nameOfPerson(other.people[0].id)).toBe("");
    expect(people.nameOfMember(other.people[0].membershipId)).toBe("");
    expect(people.everyone.some((person) => person.personId === other.people[0].id)).toBe(false);
  });

  it("picks the current members in given roles", async () => {
    const people = await familyPeople({ familyId: family.id });
    expect(people.activeIn(["NETWORK_MEMBER", "PARENT"]).map((person) => person.name)).toEqual([
      "Jade Walsh",
      "Priya Shah",
    ]);
    expect(people.activeIn([])).toEqual([]);
  });
});

describe("the lists pages build from it", () => {
  it("invites to a meeting only current members in a role that sees meetings: no adviser", async () => {
    expect(await invitableMembers({ familyId: family.id })).toEqual([
      { personId: parent.id, role: "PARENT", name: "Jade Walsh" },
      { personId: nan.id, role: "KINSHIP_CARER", name: "Carol Walsh" },
      { personId: friend.id, role: "NETWORK_MEMBER", name: "Priya Shah" },
      { personId: socialWorker.id, role: "PRACTITIONER", name: "Grace Adebayo" },
    ]);
  });

  it("lets a diary author choose any other current member, with how they know the child", async () => {
    expect(await listPossibleReaders({ familyId: family.id, personId: nan.id })).toEqual([
      { personId: parent.id, role: "PARENT", relationship: null, name: "Jade Walsh" },
      { personId: friend.id, role: "NETWORK_MEMBER", relationship: null, name: "Priya Shah" },
      { personId: adviser.id, role: "ADVISER", relationship: null, name: "Tom Hughes" },
      { personId: socialWorker.id, role: "PRACTITIONER", relationship: null, name: "Grace Adebayo" },
    ]);
  });

  it("lets a member hide their details from current members but themselves and the social workers", async () => {
    expect(await hideableMembers({ familyId: family.id, membershipId: parent.membershipId })).toEqual([
      { membershipId: nan.membershipId, name: "Carol Walsh" },
      { membershipId: friend.membershipId, name: "Priya Shah" },
      { membershipId: adviser.membershipId, name: "Tom Hughes" },
    ]);
  });

  it("names in a rule only current parents, kinship carers and network members", async () => {
    const people = await familyPeople({ familyId: family.id });
    expect(nameablePeople(people)).toEqual([
      { membershipId: parent.membershipId, name: "Jade Walsh", role: "PARENT" },
      { membershipId: nan.membershipId, name: "Carol Walsh", role: "KINSHIP_CARER" },
      { membershipId: friend.membershipId, name: "Priya Shah", role: "NETWORK_MEMBER" },
    ]);
  });

  it("offers every current member for a plan action, without status or relationship", async () => {
    const members = await memberNames({ familyId: family.id });
    expect(members.map((member) => member.name)).toEqual([
      "Jade Walsh",
      "Carol Walsh",
      "Priya Shah",
      "Tom Hughes",
      "Grace Adebayo",
    ]);
    expect(Object.keys(members[0]).sort()).toEqual(["membershipId", "name", "personId", "role"]);
  });

  it("lists current advisers with what the family shows them and who chose it", async () => {
    await db.adviserView.create({
      data: {
        familyId: family.id,
        membershipId: adviser.membershipId,
        plan: true,
        changedById: parent.id,
      },
    });
    await db.adviserViewChange.create({
      data: {
        familyId: family.id,
        membershipId: adviser.membershipId,
        plan: true,
        rules: false,
        meetings: false,
        network: false,
        changedById: parent.id,
      },
    });
    const advisers = await listAdviserViews({ familyId: family.id });
    expect(advisers).toEqual([
      {
        membershipId: adviser.membershipId,
        name: "Tom Hughes",
        revision: 1,
        view: { plan: true, rules: false, meetings: false, network: false },
        history: [{ id: expect.any(String), at: expect.any(Date), byName: "Jade Walsh", shown: ["plan"] }],
      },
    ]);
  });
});

// Last in the file: the counting client replaces the app's client from here on.
describe.skipIf(onPostgres)("statements (counted on SQLite)", () => {
  it("reads the family's people in one statement", async () => {
    installCountingClient();
    let people: Awaited<ReturnType<typeof familyPeople>> | undefined;
    const measured = await countStatements(async () => {
      people = await familyPeople({ familyId: family.id });
    });
    expect(measured.count, measured.statements.join("\n")).toBe(1);
    expect(people?.everyone).toHaveLength(family.people.length);
  });
});
