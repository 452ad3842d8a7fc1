// The directory's routes, called as the browser would: who may read, edit, import and export.
import { describe, expect, it } from "vitest";

import { ensureNationalDirectory, saveNew } from "~/modules/directory/directory.server";
import { termsFor, weeklySchedule } from "~/modules/directory/national-services";
import { ServiceSchema } from "~/modules/directory/oruk";
import { loader as rootLoader } from "~/root";
import { loader as listLoader } from "~/routes/directory._index";
import { loader as entryLoader } from "~/routes/directory.$entryId._index";
import { action as editAction, loader as editLoader } from "~/routes/directory.$entryId.edit";
import { loader as exportLoader } from "~/routes/directory.export";
import { action as fileAction, loader as fileLoader } from "~/routes/directory.file";
import { action as newAction } from "~/routes/directory.new";
import { db } from "~/utils/db.server";

import { cookieFor, createOrganisation, createPerson, makeRequest, uniqueEmail } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

/** The status of a loader or action: a thrown Response, or a thrown `data(…, { status })` like the guards' 403. */
const service = (id: string, name: string) =>
  ServiceSchema.parse({
    id,
    name,
    description: "A service for the route tests.",
    status: "active",
    assured_date: "2026-11-20",
    organization: { id: "provider", name: "Provider" },
    phones: [{ id: "phone-main", number: "01632 960 111", type: "voice" }],
    languages: [{ id: "lang-en", code: "en", name: "English" }],
    schedules: weeklySchedule(["MO"], "09:00", "17:00"),
    holiday_schedules: [],
    service_areas: [{ id: "area-1", name: "Northbridge", extent_type: "local_authority" }],
    attributes: termsFor(["housing"], ["parents"]),
  });

/** An organisation with an admin, an adviser (of the organisation, advising a family), a family member and an outsider. */
async function world() {
  const organisation = await createOrganisation("Route Council");
  const admin = await createPerson({ name: "Org Admin" });
  await db.staffMember.create({
    data: { organisationId: organisation.id, personId: admin.id, role: "ADMIN" },
  });
  const adviser = await db.person.create({
    data: { name: "Org Adviser", email: uniqueEmail("adviser"), organisationId: organisation.id },
    select: { id: true },
  });
  const family = await db.family.create({
    data: { name: "Route family", organisationId: organisation.id },
    select: { id: true },
  });
  await db.membership.create({ data: { familyId: family.id, personId: adviser.id, role: "ADVISER" } });
  const carer = await createPerson({ name: "Kin Carer" });
  await db.membership.create({ data: { familyId: family.id, personId: carer.id, role: "KINSHIP_CARER" } });
  // A practitioner of the council is not a directory editor: only admins and advisers are.
  const worker = await db.person.create({
    data: { name: "Council Worker", email: uniqueEmail("worker"), organisationId: organisation.id },
    select: { id: true },
  });
  await db.membership.create({ data: { familyId: family.id, personId: worker.id, role: "PRACTITIONER" } });
  const outsider = await createPerson({ name: "Outsider" });
  const entry = await saveNew({
    organisationId: organisation.id,
    service: service("route-entry", "Route Council Housing"),
    personId: admin.id,
  });
  if (!entry.ok) throw new Error("setup");
  return { organisation, admin, adviser, carer, worker, outsider, entryId: entry.id };
}

const editForm = (revision: number, name: string) => ({
  revision: String(revision),
  name,
  description: "Changed in a test.",
  provider: "Provider",
  phone: "01632 960 111",
  "opens-MO": "09:00",
  "closes-MO": "17:00",
  languages: "en",
  audiences: "parents",
  categories: "housing",
  areaType: "local_authority",
  areaName: "Northbridge",
});

describe("directory routes", () => {
  it("a family member reads their council's entries; an outsider does not", async () => {
    const w = await world();
    const list = await listLoader({
      request: makeRequest("/directory?q=route+council", { cookie: await cookieFor(w.carer.id) }),
      params: {},
      context: {},
    });
    expect(list.services.map((s) => s.name)).toEqual(["Route Council Housing"]);
    expect(list.canEdit).toBe(false);
    const theirs = await listLoader({
      request: makeRequest("/directory?q=route+council", { cookie: await cookieFor(w.outsider.id) }),
      params: {},
      context: {},
    });
    expect(theirs.services).toEqual([]);
    await expect(async () =>
      entryLoader({
        request: makeRequest(`/directory/${w.entryId}`, { cookie: await cookieFor(w.outsider.id) }),
        params: { entryId: w.entryId },
        context: {},
      }),
    ).toBeNotFound();
    await expect(
      entryLoader({
        request: makeRequest(`/directory/not-an-id`),
        params: { entryId: "not-an-id" },
        context: {},
      }),
    ).toBeNotFound();
  });

  it("ignores filter values it does not know, instead of failing", async () => {
    await ensureNationalDirectory();
    const list = await listLoader({
      request: makeRequest("/directory?category=astrology&page=-4&language=xx"),
      params: {},
      context: {},
    });
    expect(list.filters).toEqual({
      q: undefined,
      category: undefined,
      audience: undefined,
      language: undefined,
      page: undefined,
    });
    expect(list.services.length).toBeGreaterThan(0);
  });

  it("an adviser of the organisation edits an entry; a carer, a practitioner and an outsider cannot", async () => {
    const w = await world();
    const edit = async (personId: string, form: Record<string, string>) =>
      editAction({
        request: makeRequest(`/directory/${w.entryId}/edit`, {
          method: "POST",
          cookie: await cookieFor(personId),
          form,
        }),
        params: { entryId: w.entryId },
        context: {},
      });
    await expect(edit(w.carer.id, editForm(1, "Hijacked"))).toBeNotFound();
    await expect(edit(w.worker.id, editForm(1, "Hijacked"))).toBeNotFound();
    await expect(edit(w.outsider.id, editForm(1, "Hijacked"))).toBeNotFound();
    await expect(async () =>
      editLoader({
        request: makeRequest(`/directory/${w.entryId}/edit`, { cookie: await cookieFor(w.carer.id) }),
        params: { entryId: w.entryId },
        context: {},
      }),
    ).toBeNotFound();

    await expect(edit(w.adviser.id, editForm(1, "Route Council Housing Advice"))).toHaveStatus(302);
    const entry = await entryLoader({
      request: makeRequest(`/directory/${w.entryId}`, { cookie: await cookieFor(w.admin.id) }),
      params: { entryId: w.entryId },
      context: {},
    });
    expect(entry.name).toBe("Route Council Housing Advice");
    expect(entry.history.map((row) => [row.revision, row.change, row.name])).toEqual([
      [2, "edited", "Org Adviser"],
      [1, "created", "Org Admin"],
    ]);
    // A second save from the old revision gets the conflict page, with both versions.
    const conflict = await editAction({
      request: makeRequest(`/directory/${w.entryId}/edit`, {
        method: "POST",
        cookie: await cookieFor(w.admin.id),
        form: editForm(1, "Stale"),
      }),
      params: { entryId: w.entryId },
      context: {},
    });
    expect(conflict).toHaveStatus(409);
    const answer = await outcomeOf(conflict);
    expect(answer.data).toMatchObject({ theirs: { name: "Route Council Housing Advice" }, revision: 2 });
    expect(typedValuesOf(answer.data)).toMatchObject({ name: "Stale" });
  });

  it("a bad phone or a javascript: link comes back with the error and what was typed", async () => {
    const w = await world();
    const result = await editAction({
      request: makeRequest(`/directory/${w.entryId}/edit`, {
        method: "POST",
        cookie: await cookieFor(w.admin.id),
        form: { ...editForm(1, "Kept"), phone: "999 999 9999 99", url: "javascript:alert(1)" },
      }),
      params: { entryId: w.entryId },
      context: {},
    });
    expect(result).toRefuseWith({ phone: "directory:errors.badPhone", url: "directory:errors.badUrl" });
    expect(typedValuesOf((await outcomeOf(result)).data)).toMatchObject({
      name: "Kept",
      url: "javascript:alert(1)",
      audiences: "parents",
    });
  });

  it("only an admin imports; admins and advisers export; others get 404", async () => {
    const w = await world();
    const file = JSON.stringify({ contents: [service("imported-one", "Imported One")] });
    const post = async (personId: string) =>
      fileAction({
        request: makeRequest(`/directory/file?organisationId=${w.organisation.id}`, {
          method: "POST",
          cookie: await cookieFor(personId),
          form: { json: file },
        }),
        params: {},
        context: {},
      });
    await expect(post(w.adviser.id)).toHaveStatus(403);
    await expect(post(w.carer.id)).toBeNotFound();
    expect(
      await db.directoryEntry.count({
        where: { organisationId: w.organisation.id, serviceId: "imported-one" },
      }),
    ).toBe(0);
    await expect(post(w.admin.id)).toHaveStatus(200);
    expect(
      await db.directoryEntry.count({
        where: { organisationId: w.organisation.id, serviceId: "imported-one" },
      }),
    ).toBe(1);

    const exported = await exportLoader({
      request: makeRequest(`/directory/export?organisationId=${w.organisation.id}`, {
        cookie: await cookieFor(w.adviser.id),
      }),
      params: {},
      context: {},
    });
    expect(JSON.parse(await exported.text()).contents.map((s: { id: string }) => s.id)).toEqual([
      "imported-one",
      "route-entry",
    ]);
    await expect(async () =>
      exportLoader({
        request: makeRequest(`/directory/export?organisationId=${w.organisation.id}`, {
          cookie: await cookieFor(w.carer.id),
        }),
        params: {},
        context: {},
      }),
    ).toBeNotFound();
    await expect(async () =>
      fileLoader({
        request: makeRequest(`/directory/file`, { cookie: await cookieFor(w.outsider.id) }),
        params: {},
        context: {},
      }),
    ).toBeNotFound();
  });

  it("a bad file comes back in the box, with what is wrong in it, and changes nothing", async () => {
    const w = await world();
    const text = JSON.stringify({
      contents: [{ ...service("bad-one", "Bad One"), url: "javascript:alert(1)" }],
    });
    const refused = await fileAction({
      request: makeRequest(`/directory/file?organisationId=${w.organisation.id}`, {
        method: "POST",
        cookie: await cookieFor(w.admin.id),
        form: { json: text },
      }),
      params: {},
      context: {},
    });
    expect(refused).toRefuseWith({ json: "directory:file.failed" });
    const answer = await outcomeOf(refused);
    expect(typedValuesOf(answer.data)).toEqual({ json: text });
    expect(answer.data).toMatchObject({
      organisationId: w.organisation.id,
      problems: [{ number: 1, id: "bad-one", field: "url", message: "errors.badUrl" }],
    });
    expect(await db.directoryEntry.count({ where: { serviceId: "bad-one" } })).toBe(0);
  });

  it("a new entry is added by an admin; a taken short code is refused", async () => {
    const w = await world();
    const form = {
      ...editForm(1, "Brand New Service"),
      organisationId: w.organisation.id,
      serviceId: "brand-new",
    };
    const created = await newAction({
      request: makeRequest("/directory/new", { method: "POST", cookie: await cookieFor(w.admin.id), form }),
      params: {},
      context: {},
    });
    expect(created).toBeInstanceOf(Response);
    const again = await newAction({
      request: makeRequest("/directory/new", { method: "POST", cookie: await cookieFor(w.admin.id), form }),
      params: {},
      context: {},
    });
    expect(again).toRefuseWith({ serviceId: "directory:errors.taken" });
    expect(typedValuesOf((await outcomeOf(again)).data)).toMatchObject({
      serviceId: "brand-new",
      name: "Brand New Service",
    });
  });

  it("the root layout says whether the advice line is open, for people signed in or not", async () => {
    const root = await rootLoader({ request: makeRequest("/"), params: {}, context: {} });
    expect(["open", "closed"]).toContain(root.helpNow.state);
  });
});
