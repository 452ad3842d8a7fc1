// The caseload page, called as the browser would: who may open it, whose families it lists, the
// menu link and where a social worker lands.
import { beforeAll, describe, expect, it } from "vitest";

import { loader as rootLoader } from "~/root";
import { loader as caseloadLoader } from "~/routes/caseload";
import { loader as familiesLoader } from "~/routes/families._index";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, createOrganisation, createPerson, makeRequest } from "../factories";
import { outcomeOf } from "../setup/matchers";

type Staff = "ADMIN" | "TEAM_MANAGER" | "SOCIAL_WORKER" | "ADVISER";

let organisationId: string;

async function staff(role: Staff, name: string) {
  const person = await createPerson({ name });
  await db.staffMember.create({ data: { organisationId, personId: person.id, role } });
  return person;
}

async function practitionerOf(familyId: string, personId: string) {
  await db.membership.create({ data: { familyId, personId, role: "PRACTITIONER" } });
}

const open = async (personId: string | null, path = "/caseload") => {
  const cookie = personId ? await cookieFor(personId) : undefined;
  return outcomeOf(() => caseloadLoader({ request: makeRequest(path, { cookie }), params: {}, context: {} }));
};

beforeAll(async () => {
  organisationId = (await createOrganisation("Caseload Council")).id;
});

describe("/caseload", () => {
  it("sends someone signed out to sign in", async () => {
    expect(await open(null)).toRedirectTo("/sign-in?redirectTo=%2Fcaseload");
  });

  it("is not there (404) for a family member with no staff role, and says so in the audit log", async () => {
    const family = await createFamily();
    const parent = family.people[0];
    expect(await open(parent.id)).toBeNotFound();
    expect(
      await db.auditEvent.count({
        where: { actorId: parent.id, action: "caseload.view", outcome: "not-found" },
      }),
    ).toBe(1);
  });

  it("refuses (403) an adviser and an admin, who hold no caseload", async () => {
    expect(await open((await staff("ADVISER", "Ada Adviser")).id)).toHaveStatus(403);
    expect(await open((await staff("ADMIN", "Alf Admin")).id)).toHaveStatus(403);
  });

  it("lists a social worker's own families, never another social worker's", async () => {
    const mine = await createFamily({ name: "Mine family" });
    const theirs = await createFamily({ name: "Theirs family" });
    const worker = await staff("SOCIAL_WORKER", "Sam Worker");
    const other = await staff("SOCIAL_WORKER", "Oli Worker");
    await practitionerOf(mine.id, worker.id);
    await practitionerOf(theirs.id, other.id);

    const answer = await open(worker.id);
    expect(answer).toHaveStatus(200);
    const { families } = answer.data as { families: { id: string; name: string; lines: unknown[] }[] };
    expect(families.map((family) => family.name)).toEqual(["Mine family"]);
    expect(JSON.stringify(answer.data)).not.toContain(theirs.id);
    expect(
      await db.auditEvent.count({ where: { actorId: worker.id, action: "caseload.view", outcome: "ok" } }),
    ).toBe(1);
  });

  it("opens for a team manager, with the families they are practitioner of (none here)", async () => {
    const answer = await open((await staff("TEAM_MANAGER", "Tia Manager")).id);
    expect(answer).toHaveStatus(200);
    expect(answer.data).toEqual({ families: [] });
  });

  it("is not there for a removed social worker", async () => {
    const worker = await staff("SOCIAL_WORKER", "Rae Removed");
    await db.staffMember.updateMany({ where: { personId: worker.id }, data: { removedAt: new Date() } });
    expect(await open(worker.id)).toBeNotFound();
  });
});

describe("the menu and the landing page", () => {
  const rootOf = async (personId: string) =>
    (await rootLoader({
      request: makeRequest("/families", { cookie: await cookieFor(personId) }),
      params: {},
      context: {},
    })) as { staffLinks: { to: string }[] };
  const caseloadLinkFor = async (personId: string) =>
    (await rootOf(personId)).staffLinks.some((link) => link.to === "/caseload");

  it("shows 'Your caseload' to people with the right, and to nobody else", async () => {
    const family = await createFamily();
    expect(await caseloadLinkFor(family.people[0].id)).toBe(false);
    expect(await caseloadLinkFor(family.people[1].id)).toBe(false);
    expect(await caseloadLinkFor((await staff("SOCIAL_WORKER", "Mel Worker")).id)).toBe(true);
    expect(await caseloadLinkFor((await staff("TEAM_MANAGER", "Mae Manager")).id)).toBe(true);
    expect(await caseloadLinkFor((await staff("ADVISER", "Ann Adviser")).id)).toBe(false);
  });

  it("takes a social worker from the family list to their caseload, but not a parent", async () => {
    const families = async (personId: string) =>
      outcomeOf(async () =>
        familiesLoader({
          request: makeRequest("/families", { cookie: await cookieFor(personId) }),
          params: {},
          context: {},
        }),
      );
    const a = await createFamily();
    const b = await createFamily();
    const worker = await staff("SOCIAL_WORKER", "Lee Worker");
    await practitionerOf(a.id, worker.id);
    await practitionerOf(b.id, worker.id);
    expect(await families(worker.id)).toRedirectTo("/caseload");

    // A social worker who is also a parent in a family of their own keeps the family list.
    const parentToo = await staff("SOCIAL_WORKER", "Pat Both");
    await practitionerOf(a.id, parentToo.id);
    await db.membership.create({ data: { familyId: b.id, personId: parentToo.id, role: "PARENT" } });
    expect(await families(parentToo.id)).toHaveStatus(200);

    // A practitioner with no staff role (no caseload right) goes on as before.
    expect(await families(a.people[1].id)).toRedirectTo(`/families/${a.id}`);
  });
});
