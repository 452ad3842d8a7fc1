import { describe, expect, it } from "vitest";

import { visibleContact, type ContactSharing } from "~/modules/network/contacts.server";
import { loader as networkLoader } from "~/routes/families.$familyId.network._index";
import {
  action as contactAction,
  loader as contactLoader,
} from "~/routes/families.$familyId.network.contact";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, makeRequest } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

const sharing = (over: Partial<ContactSharing> = {}): ContactSharing => ({
  membershipId: "aunt",
  phone: "07700 900111",
  email: "aunt@example.com",
  address: "1 Lane",
  phoneAudience: "FAMILY",
  emailAudience: "PRACTITIONER",
  addressAudience: "NOBODY",
  hiddenFrom: [],
  ...over,
});

describe("visibleContact: the one rule for who sees what", () => {
  it("shows a member all their own details, whatever they chose", () => {
    expect(
      visibleContact({ membershipId: "aunt", role: "NETWORK_MEMBER" }, sharing({ hiddenFrom: ["aunt"] })),
    ).toEqual({
      phone: "07700 900111",
      email: "aunt@example.com",
      address: "1 Lane",
    });
  });

  it("gives each detail to its audience only", () => {
    expect(visibleContact({ membershipId: "mum", role: "PARENT" }, sharing())).toEqual({
      phone: "07700 900111",
    });
    // An adviser sees what members share with everyone only when the family shows them its network.
    const shown = { plan: false, rules: false, meetings: false, network: true };
    expect(
      visibleContact({ membershipId: "helper", role: "ADVISER", adviserView: shown }, sharing()),
    ).toEqual({ phone: "07700 900111" });
    expect(visibleContact({ membershipId: "helper", role: "ADVISER" }, sharing())).toEqual({});
    expect(visibleContact({ membershipId: "worker", role: "PRACTITIONER" }, sharing())).toEqual({
      phone: "07700 900111",
      email: "aunt@example.com",
    });
  });

  it("hides everything from a named member, and nothing from anyone else", () => {
    const hidden = sharing({ hiddenFrom: ["dad"] });
    expect(visibleContact({ membershipId: "dad", role: "PARENT" }, hidden)).toEqual({});
    expect(visibleContact({ membershipId: "mum", role: "PARENT" }, hidden)).toEqual({
      phone: "07700 900111",
    });
  });

  it("shows nothing when nothing was shared, or when a detail is empty", () => {
    expect(visibleContact({ membershipId: "mum", role: "PARENT" }, undefined)).toEqual({});
    expect(
      visibleContact({ membershipId: "worker", role: "PRACTITIONER" }, sharing({ phone: "", email: "" })),
    ).toEqual({});
  });
});

async function family() {
  return createFamily({
    members: [
      { role: "NETWORK_MEMBER", name: "Aunt Ada" },
      { role: "PARENT", name: "Dad Dev" },
      { role: "PARENT", name: "Mum Mo" },
      { role: "PRACTITIONER", name: "Worker Wyn" },
    ],
  });
}

async function share(familyId: string, personId: string, form: URLSearchParams) {
  return outcomeOf(
    contactAction({
      request: makeRequest(`/families/${familyId}/network/contact`, {
        method: "POST",
        cookie: await cookieFor(personId),
        form: Object.fromEntries(form),
      }),
      params: { familyId },
      context: {},
    }),
  );
}

function form(entries: [string, string][]) {
  return entries;
}

async function post(familyId: string, personId: string, entries: [string, string][]) {
  const body = new URLSearchParams(entries).toString();
  const request = new Request(`http://localhost/families/${familyId}/network/contact`, {
    method: "POST",
    headers: { Cookie: await cookieFor(personId), "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  return outcomeOf(contactAction({ request, params: { familyId }, context: {} }));
}

async function networkPageFor(familyId: string, personId: string) {
  const page = await networkLoader({
    request: makeRequest(`/families/${familyId}/network`, { cookie: await cookieFor(personId) }),
    params: { familyId },
    context: {},
  });
  return JSON.stringify(page);
}

describe("sharing contact details through the network pages", () => {
  it("a phone hidden from the father never reaches his network page; the mother and the social worker get it", async () => {
    const { id, people } = await family();
    const [aunt, dad, mum, worker] = people;
    const saved = await post(
      id,
      aunt.id,
      form([
        ["phone", "07700 900555"],
        ["phoneAudience", "FAMILY"],
        ["email", "ada.private@example.com"],
        ["emailAudience", "PRACTITIONER"],
        ["address", ""],
        ["addressAudience", "NOBODY"],
        ["hiddenFrom", dad.membershipId],
      ]),
    );
    expect(saved).toRedirectTo(`/families/${id}/network?done=contact`);

    const dadPage = await networkPageFor(id, dad.id);
    expect(dadPage).toContain("Aunt Ada");
    expect(dadPage).not.toContain("07700 900555");
    expect(dadPage).not.toContain("ada.private@example.com");
    const mumPage = await networkPageFor(id, mum.id);
    expect(mumPage).toContain("07700 900555");
    expect(mumPage).not.toContain("ada.private@example.com");
    const workerPage = await networkPageFor(id, worker.id);
    expect(workerPage).toContain("07700 900555");
    expect(workerPage).toContain("ada.private@example.com");
  });

  it("keeps every version, with who changed it, and the database refuses to change or delete one", async () => {
    const { id, people } = await family();
    const [aunt] = people;
    const base: [string, string][] = [
      ["email", ""],
      ["emailAudience", "NOBODY"],
      ["address", ""],
      ["addressAudience", "NOBODY"],
    ];
    const done = `/families/${id}/network?done=contact`;
    expect(
      await post(id, aunt.id, [["phone", "07700 900001"], ["phoneAudience", "FAMILY"], ...base]),
    ).toRedirectTo(done);
    expect(
      await post(id, aunt.id, [["phone", "07700 900002"], ["phoneAudience", "PRACTITIONER"], ...base]),
    ).toRedirectTo(done);
    const rows = await db.contactSharing.findMany({
      where: { familyId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, phone: true, changedById: true },
    });
    expect(rows.map((row) => row.phone)).toEqual(["07700 900001", "07700 900002"]);
    expect(rows.every((row) => row.changedById === aunt.id)).toBe(true);
    await expect(
      db.contactSharing.update({ where: { id: rows[0].id }, data: { phone: "0" } }),
    ).rejects.toThrow();
    await expect(db.contactSharing.delete({ where: { id: rows[0].id } })).rejects.toThrow();

    const page = (await contactLoader({
      request: makeRequest(`/families/${id}/network/contact`, { cookie: await cookieFor(aunt.id) }),
      params: { familyId: id },
      context: {},
    })) as {
      values: { phone: string };
      history: { changed: string[] }[];
    };
    expect(page.values.phone).toBe("07700 900002");
    expect(page.history.map((entry) => entry.changed)).toEqual([["phone"], ["first"]]);
  });

  it("refuses hiding from someone of another family, and keeps what was typed", async () => {
    const { id, people } = await family();
    const other = await family();
    const outcome = await post(id, people[0].id, [
      ["phone", "07700 900777"],
      ["phoneAudience", "FAMILY"],
      ["email", ""],
      ["emailAudience", "NOBODY"],
      ["address", ""],
      ["addressAudience", "NOBODY"],
      ["hiddenFrom", other.people[1].membershipId],
    ]);
    expect(outcome).toRefuseWith({ hiddenFrom: "network:contact.errors.hiddenFrom" });
    expect(typedValuesOf(outcome.data)).toMatchObject({
      phone: "07700 900777",
      hiddenFrom: other.people[1].membershipId,
    });
    expect(await db.contactSharing.count({ where: { familyId: id } })).toBe(0);
  });

  it("refuses a bad phone number plainly", async () => {
    const { id, people } = await family();
    const outcome = await share(
      id,
      people[0].id,
      new URLSearchParams({
        phone: "call me",
        phoneAudience: "FAMILY",
        email: "",
        emailAudience: "NOBODY",
        address: "",
        addressAudience: "BOGUS",
      }),
    );
    expect(outcome).toRefuseWith({
      phone: "network:contact.errors.phone",
      addressAudience: "network:contact.errors.audience",
    });
  });
});
