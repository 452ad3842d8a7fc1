// The family space routes, called as the browser would: who may open a space, list the
// organisation's families and hand one over, and what the old social worker sees afterwards.
import { describe, expect, it } from "vitest";

import { loader as rootLoader } from "~/root";
import { loader as homeLoader } from "~/routes/families.$familyId._index";
import { loader as inviteLoader } from "~/routes/families.$familyId.network.invite";
import { action as openAction, loader as openLoader } from "~/routes/families.new";
import { loader as listLoader } from "~/routes/organisation_.families._index";
import {
  action as handOverAction,
  loader as handOverLoader,
} from "~/routes/organisation_.families.$familyId";
import { db } from "~/utils/db.server";
import { addDays, ukParts } from "~/utils/uk-time";

import { cookieFor, createOrganisation, createPerson, makeRequest } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

type StaffRole = "ADMIN" | "TEAM_MANAGER" | "SOCIAL_WORKER" | "ADVISER";

async function staff(organisationId: string, role: StaffRole, name: string) {
  const person = await createPerson({ name });
  await db.staffMember.create({ data: { organisationId, personId: person.id, role } });
  return { ...person, cookie: await cookieFor(person.id) };
}

const today = () => ukParts(new Date()).date;
const spaceForm = (overrides: Record<string, string> = {}) => ({
  name: "Juniper family",
  "children[0].firstName": "Bee",
  "children[0].born": "expected",
  "children[0].dueDate": addDays(today(), 90),
  category: "NEGLECT",
  conferenceDate: addDays(today(), -3),
  ...overrides,
});

async function world() {
  const organisation = await createOrganisation("Route Council");
  const other = await createOrganisation("Other Council");
  return {
    organisation,
    admin: await staff(organisation.id, "ADMIN", "Ada Admin"),
    manager: await staff(organisation.id, "TEAM_MANAGER", "Tia Manager"),
    worker: await staff(organisation.id, "SOCIAL_WORKER", "Sam Worker"),
    next: await staff(organisation.id, "SOCIAL_WORKER", "Nia Next"),
    adviser: await staff(organisation.id, "ADVISER", "Ari Adviser"),
    otherManager: await staff(other.id, "TEAM_MANAGER", "Oti Manager"),
  };
}

async function open(cookie: string, form = spaceForm()) {
  return outcomeOf(() =>
    openAction({
      request: makeRequest("/families/new", { method: "POST", cookie, form }),
      params: {},
      context: {},
    }),
  );
}

describe("the site menu", () => {
  it("links to the family space pages only for people who hold the right", async () => {
    const w = await world();
    const links = async (cookie: string) =>
      (
        await rootLoader({ request: makeRequest("/families", { cookie }), params: {}, context: {} })
      ).staffLinks.map((link) => link.to);
    expect(await links(w.worker.cookie)).toEqual(["/caseload", "/families/new"]);
    expect(await links(w.manager.cookie)).toEqual([
      "/caseload",
      "/families/new",
      "/organisation/families",
      "/organisation",
    ]);
    expect(await links(w.admin.cookie)).toEqual(["/organisation/families", "/organisation"]);
    expect(await links(w.adviser.cookie)).toEqual([]);
    expect(await links(await cookieFor((await createPerson()).id))).toEqual([]);
    // A removed staff member loses the links at their next request.
    await db.staffMember.updateMany({ where: { personId: w.manager.id }, data: { removedAt: new Date() } });
    expect(await links(w.manager.cookie)).toEqual([]);
  });
});

describe("/families/new", () => {
  it("is for social workers and team managers: an admin gets 403, someone of no organisation 404", async () => {
    const w = await world();
    const get = (cookie: string) => () =>
      openLoader({ request: makeRequest("/families/new", { cookie }), params: {}, context: {} });
    await expect(get(w.admin.cookie)).toHaveStatus(403);
    await expect(get(w.adviser.cookie)).toHaveStatus(403);
    await expect(get(await cookieFor((await createPerson()).id))).toBeNotFound();
    await expect(get(w.worker.cookie)).toHaveStatus(200);
    await expect(get(w.manager.cookie)).toHaveStatus(200);
    expect((await open(w.admin.cookie)).status).toBe(403);
    expect(await db.family.count({ where: { organisationId: w.organisation.id } })).toBe(0);
  });

  it("opens the space and lands on inviting the first parent, with the role chosen", async () => {
    const w = await world();
    const outcome = await open(w.worker.cookie);
    expect(outcome.status).toBe(302);
    const match = /^\/families\/([^/]+)\/network\/invite\?role=PARENT&opened=1$/.exec(outcome.location ?? "");
    expect(match).not.toBeNull();
    const familyId = match![1];
    const invite = await inviteLoader({
      request: makeRequest(outcome.location!, { cookie: w.worker.cookie }),
      params: { familyId },
      context: {},
    });
    expect(invite).toMatchObject({ chosenRole: "PARENT", opened: true });
    const home = await homeLoader({
      request: makeRequest(`/families/${familyId}`, { cookie: w.worker.cookie }),
      params: { familyId },
      context: {},
    });
    expect(home.children).toMatchObject([{ firstName: "Bee", born: null }]);
    expect(home.children[0].due).toEqual(expect.any(String));
    expect(home.newSocialWorker).toBeNull();
  });

  it("keeps what was typed when it refuses, and adds a child without saving", async () => {
    const w = await world();
    const refused = await open(w.worker.cookie, spaceForm({ "children[0].dueDate": "2001-01-01", name: "" }));
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({
      error: {
        name: ["family-space:errors.name.required"],
        "children[0].dueDate": ["family-space:errors.dueDate.past"],
      },
    });
    expect(typedValuesOf(refused.data)).toMatchObject({
      children: [{ firstName: "Bee", dueDate: "2001-01-01" }],
    });

    const added = await open(
      w.worker.cookie,
      spaceForm({ __intent__: JSON.stringify({ type: "insert", payload: { name: "children" } }) }),
    );
    expect(added.status).toBe(200);
    expect((typedValuesOf(added.data).children as unknown[]).length).toBe(2);
    const unknown = await open(
      w.worker.cookie,
      spaceForm({ __intent__: JSON.stringify({ type: "update", payload: { name: "category" } }) }),
    );
    expect(unknown.status).toBe(400);
    expect(await db.family.count({ where: { organisationId: w.organisation.id } })).toBe(0);
  });
});

describe("/organisation/families", () => {
  it("lists the organisation's spaces with their social worker, for admins and team managers only", async () => {
    const w = await world();
    await open(w.worker.cookie);
    const list = (cookie: string) => () =>
      listLoader({ request: makeRequest("/organisation/families", { cookie }), params: {}, context: {} });
    const seen = (await outcomeOf<{ families: unknown[] }>(list(w.admin.cookie))).data;
    expect(seen.families).toEqual([
      {
        id: expect.any(String),
        name: "Juniper family",
        socialWorker: "Sam Worker",
        openedAt: expect.any(String),
        planEnd: null,
      },
    ]);
    // An ended plan says when it ended and until when the family can read, in words.
    await db.family.updateMany({
      where: { organisationId: w.organisation.id },
      data: {
        planEndedAt: new Date("2026-12-01T10:00:00Z"),
        planEndReason: "NOT_NEEDED",
        accessEndsAt: new Date("2027-03-01T10:00:00Z"),
      },
    });
    const ended = (await outcomeOf<{ families: { planEnd: unknown }[] }>(list(w.admin.cookie))).data;
    expect(ended.families[0].planEnd).toEqual({ endedOn: "1 December 2026", readableUntil: "1 March 2027" });
    await expect(list(w.worker.cookie)).toHaveStatus(403);
    expect((await outcomeOf<{ families: unknown[] }>(list(w.otherManager.cookie))).data.families).toEqual([]);
  });

  it("hands over through the page: another organisation gets 404, a social worker 403, and the old worker is refused next", async () => {
    const w = await world();
    const opened = await open(w.worker.cookie);
    const familyId = opened.location!.split("/")[2];
    const page =
      (cookie: string, id = familyId) =>
      () =>
        handOverLoader({
          request: makeRequest(`/organisation/families/${id}`, { cookie }),
          params: { familyId: id },
          context: {},
        });
    await expect(page(w.otherManager.cookie)).toBeNotFound();
    await expect(page(w.manager.cookie, "nosuchfamily0000")).toBeNotFound();
    await expect(page(w.worker.cookie)).toHaveStatus(403);
    const view = (await outcomeOf<{ leads: { name: string }[] }>(page(w.admin.cookie))).data;
    expect(view.leads.map((person) => person.name)).toEqual(["Nia Next", "Tia Manager"]);

    const post = (cookie: string, form: Record<string, string>) =>
      outcomeOf(() =>
        handOverAction({
          request: makeRequest(`/organisation/families/${familyId}`, { method: "POST", cookie, form }),
          params: { familyId },
          context: {},
        }),
      );
    const handOverForm = { intent: "handOver", from: w.worker.id, to: w.next.id };
    expect((await post(w.worker.cookie, handOverForm)).status).toBe(403);
    expect((await post(w.otherManager.cookie, handOverForm)).status).toBe(404);
    await expect(post(w.manager.cookie, { intent: "handOver", from: w.worker.id })).toRefuseWith({
      to: "family-space:errors.to.required",
    });
    await expect(post(w.manager.cookie, handOverForm)).toRedirectTo(
      `/organisation/families/${familyId}?done=handedOver`,
    );
    // The same form again (a second tab): the lead has changed, so nothing moves.
    await expect(post(w.manager.cookie, { ...handOverForm, to: w.manager.id })).toRefuseWith(
      { to: "family-space:errors.handOver.changed" },
      409,
    );

    const home = (cookie: string) => () =>
      homeLoader({
        request: makeRequest(`/families/${familyId}`, { cookie }),
        params: { familyId },
        context: {},
      });
    await expect(home(w.worker.cookie)).toBeNotFound();
    const theirs = (await outcomeOf<{ newSocialWorker: { name: string } | null }>(home(w.next.cookie))).data;
    expect(theirs.newSocialWorker).toMatchObject({ name: "Nia Next" });
    // An admin is not a member: no family content.
    await expect(home(w.admin.cookie)).toBeNotFound();
  });

  it("adds a second worker until a date and ends them early", async () => {
    const w = await world();
    const familyId = (await open(w.worker.cookie)).location!.split("/")[2];
    const post = (form: Record<string, string>) =>
      outcomeOf(() =>
        handOverAction({
          request: makeRequest(`/organisation/families/${familyId}`, {
            method: "POST",
            cookie: w.manager.cookie,
            form,
          }),
          params: { familyId },
          context: {},
        }),
      );
    await expect(post({ intent: "addSecond", personId: w.next.id, endsOn: "2026-02-31" })).toRefuseWith({
      endsOn: "family-space:errors.endsOn.invalid",
    });
    await expect(
      post({ intent: "addSecond", personId: w.next.id, endsOn: addDays(today(), 10) }),
    ).toRedirectTo(`/organisation/families/${familyId}?done=added`);
    const home = () =>
      homeLoader({
        request: makeRequest(`/families/${familyId}`, { cookie: w.next.cookie }),
        params: { familyId },
        context: {},
      });
    await expect(home).toHaveStatus(200);
    const membership = await db.membership.findFirstOrThrow({ where: { familyId, personId: w.next.id } });
    await expect(post({ intent: "endSecond", membershipId: membership.id })).toRedirectTo(
      `/organisation/families/${familyId}?done=ended`,
    );
    await expect(home).toBeNotFound();
    await expect(post({ intent: "somethingElse" })).toHaveStatus(400);
  });
});
