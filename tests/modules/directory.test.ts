import { describe, expect, it } from "vitest";

import { ADVICE_LINE_TEL } from "~/modules/directory/advice-line";
import {
  checkDirectoryFile,
  exportDirectory,
  importDirectory,
} from "~/modules/directory/directory-file.server";
import {
  serviceFromForm,
  valuesFromService,
  type FormValues,
} from "~/modules/directory/directory-form.server";
import {
  ensureNationalDirectory,
  getDirectoryEntry,
  listDirectory,
  saveEdit,
  saveNew,
} from "~/modules/directory/directory.server";
import {
  familyRightsGroupAdviceLine,
  nationalServices,
  termsFor,
  weeklySchedule,
} from "~/modules/directory/national-services";
import { ServiceSchema, serviceText, telHref, ukDialDigits, type Service } from "~/modules/directory/oruk";
import { db } from "~/utils/db.server";

import { createOrganisation, createPerson } from "../factories";
import { fieldErrorsOf, typedValuesOf } from "../setup/matchers";

/** The form a browser posts from these values: a list is one field per ticked box. */
function formOf(values: FormValues) {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    for (const each of [value].flat()) form.append(name, each);
  return form;
}

const service = (id: string, overrides: Partial<Service> = {}): Service =>
  ServiceSchema.parse({
    id,
    name: `Service ${id}`,
    description: `Help for families, called ${id}.`,
    status: "active",
    assured_date: "2026-11-20",
    organization: { id: "provider", name: "Provider Charity" },
    phones: [{ id: "phone-main", number: "01632 960 111", type: "voice" }],
    languages: [{ id: "lang-en", code: "en", name: "English" }],
    schedules: weeklySchedule(["MO", "TU"], "09:00", "17:00"),
    holiday_schedules: [{ id: "bank-holidays", closed: true, description: "Closed on bank holidays." }],
    service_areas: [{ id: "area-1", name: "Northbridge", extent_type: "local_authority" }],
    attributes: termsFor(["housing"], ["parents"]),
    ...overrides,
  });

function fileOf(services: Service[]) {
  return `${JSON.stringify({ contents: services }, null, 2)}\n`;
}

async function snapshot(organisationId: string) {
  const entries = await db.directoryEntry.findMany({
    where: { organisationId },
    orderBy: { serviceId: "asc" },
    select: { id: true, revision: true, data: true },
  });
  const revisions = await db.directoryEntryRevision.count({ where: { entry: { organisationId } } });
  return { entries, revisions };
}

describe("phone numbers and links", () => {
  it("accepts UK numbers and short lines, refuses others", () => {
    expect(ukDialDigits("0808 801 0366")).toBe("08088010366");
    expect(ukDialDigits("+44 (0)20 7946 0000")).toBeNull();
    expect(ukDialDigits("+44 20 7946 0000")).toBe("02079460000");
    expect(ukDialDigits("116 123")).toBe("116123");
    expect(ukDialDigits("0800 1111")).toBe("08001111");
    expect(ukDialDigits("0800 123 456")).toBe("0800123456");
    expect(ukDialDigits("0207 946 000")).toBeNull();
    expect(ukDialDigits("+1 212 555 0100")).toBeNull();
    expect(ukDialDigits("0808 801 036")).toBeNull();
    expect(ukDialDigits("call us")).toBeNull();
  });

  it("the help block's call link is the advice line's own number", () => {
    expect(telHref(familyRightsGroupAdviceLine.phones[0])).toBe(ADVICE_LINE_TEL);
  });

  it("every national service passes the schema and has a last checked date", () => {
    for (const national of nationalServices) {
      expect(ServiceSchema.parse(national)).toEqual(national);
      expect(national.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("the edit form refuses bad input, naming the field", () => {
  const good = () => formOf(valuesFromService(service("form-test")));

  it("reads a good form into a service dated today", () => {
    const parsed = serviceFromForm(good(), service("form-test"), "2026-11-25");
    expect(parsed.status).toBe("success");
    if (parsed.status === "success") {
      expect(parsed.value.assured_date).toBe("2026-11-25");
      expect(parsed.value.schedules).toHaveLength(2);
    }
  });

  it("refuses a phone number that is not a UK number", () => {
    const form = good();
    form.set("phone", "+1 212 555 0100");
    const reply = serviceFromForm(form, null).reply();
    expect(fieldErrorsOf(reply)).toEqual({ phone: "directory:errors.badPhone" });
    expect(typedValuesOf(reply)).toMatchObject({ phone: "+1 212 555 0100", name: "Service form-test" });
  });

  it("refuses a javascript: link, and any link that is not http(s)", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,hi",
      "ftp://example.org",
      "example.org",
    ]) {
      const form = good();
      form.set("url", url);
      expect(fieldErrorsOf(serviceFromForm(form, null).reply())).toEqual({ url: "directory:errors.badUrl" });
    }
  });

  it("refuses hours that end before they start", () => {
    const form = good();
    form.set("opens-WE", "15:00");
    form.set("closes-WE", "09:00");
    expect(fieldErrorsOf(serviceFromForm(form, null).reply())).toEqual({
      "closes-WE": "directory:errors.endBeforeStart",
    });
  });

  it("refuses overlapping hours on one day", () => {
    const form = good();
    form.set("opens-WE", "09:00");
    form.set("closes-WE", "13:00");
    form.set("opens2-WE", "12:00");
    form.set("closes2-WE", "16:00");
    expect(fieldErrorsOf(serviceFromForm(form, null).reply())).toEqual({
      "closes2-WE": "directory:errors.overlap",
    });
  });
});

describe("listing, search and filters", () => {
  it("shows the national list to everyone, and an organisation's own entries only to its people", async () => {
    await ensureNationalDirectory();
    await ensureNationalDirectory(); // twice: nothing doubles
    const organisation = await createOrganisation("Listing Council");
    const editor = await createPerson();
    const local = await saveNew({
      organisationId: organisation.id,
      service: service("listing-local", { name: "Zanzibar Housing Help" }),
      personId: editor.id,
    });
    expect(local.ok).toBe(true);

    const everyone = await listDirectory([], {});
    expect(everyone.entries.map((entry) => entry.service.id)).toContain(familyRightsGroupAdviceLine.id);
    expect(
      everyone.entries.filter((entry) => entry.service.id === familyRightsGroupAdviceLine.id),
    ).toHaveLength(1);
    expect(everyone.entries.map((entry) => entry.service.name)).not.toContain("Zanzibar Housing Help");
    const insiders = await listDirectory([organisation.id], { q: "zanzibar" });
    expect(insiders.entries.map((entry) => entry.service.name)).toEqual(["Zanzibar Housing Help"]);
    if (local.ok) expect(await getDirectoryEntry([], local.id)).toBeNull();
  });

  it("filters by category, audience and language", async () => {
    const organisation = await createOrganisation("Filter Council");
    const editor = await createPerson();
    await saveNew({
      organisationId: organisation.id,
      service: service("filter-a", {
        name: "Quokka Kinship Group",
        attributes: termsFor(["kinship-care"], ["kinship-carers"]),
        languages: [{ id: "lang-cy", code: "cy", name: "Welsh" }],
      }),
      personId: editor.id,
    });
    await saveNew({
      organisationId: organisation.id,
      service: service("filter-b", {
        name: "Quokka Housing",
        attributes: termsFor(["housing"], ["parents"]),
      }),
      personId: editor.id,
    });
    const names = async (filters: object) =>
      (await listDirectory([organisation.id], { q: "quokka", ...filters })).entries.map(
        (entry) => entry.service.name,
      );
    expect(await names({})).toEqual(["Quokka Housing", "Quokka Kinship Group"]);
    expect(await names({ category: "kinship-care" })).toEqual(["Quokka Kinship Group"]);
    expect(await names({ audience: "parents" })).toEqual(["Quokka Housing"]);
    expect(await names({ language: "cy" })).toEqual(["Quokka Kinship Group"]);
    expect(await names({ category: "domestic-abuse" })).toEqual([]);
  });
});

describe("edits keep history and never overwrite each other", () => {
  it("a second save at the same revision is refused; history says who and when", async () => {
    const organisation = await createOrganisation("History Council");
    const first = await createPerson({ name: "First Editor" });
    const second = await createPerson({ name: "Second Editor" });
    const created = await saveNew({
      organisationId: organisation.id,
      service: service("history-a"),
      personId: first.id,
    });
    if (!created.ok) throw new Error("setup");
    expect(
      await saveEdit({
        entryId: created.id,
        revision: 1,
        service: service("history-a", { name: "Renamed once" }),
        personId: first.id,
      }),
    ).toEqual({ ok: true, revision: 2 });
    expect(
      await saveEdit({
        entryId: created.id,
        revision: 1,
        service: service("history-a", { name: "Lost update" }),
        personId: second.id,
      }),
    ).toEqual({ ok: false });
    const rows = await db.directoryEntryRevision.findMany({
      where: { entryId: created.id },
      orderBy: { revision: "asc" },
      select: { revision: true, change: true, changedById: true, data: true },
    });
    expect(rows.map((row) => [row.revision, row.change, row.changedById])).toEqual([
      [1, "created", first.id],
      [2, "edited", first.id],
    ]);
    expect((await getDirectoryEntry([organisation.id], created.id))?.service.name).toBe("Renamed once");
    // The history itself cannot be changed or deleted, whatever code runs.
    await expect(
      db.$executeRawUnsafe(
        `UPDATE "DirectoryEntryRevision" SET "change" = 'x' WHERE "entryId" = '${created.id}'`,
      ),
    ).rejects.toThrow(/cannot change/);
    await expect(
      db.$executeRawUnsafe(`DELETE FROM "DirectoryEntryRevision" WHERE "entryId" = '${created.id}'`),
    ).rejects.toThrow(/cannot be deleted/);
  });
});

describe("import and export as Open Referral UK JSON", () => {
  it("import then export gives back the same file, byte for byte", async () => {
    const organisation = await createOrganisation("Round Trip Council");
    const admin = await createPerson();
    const file = fileOf([
      service("a-first", { url: "https://example.org/a", email: "help@example.org" }),
      service("b-second", {
        phones: [
          { id: "phone-main", number: "0808 801 0366", type: "voice" },
          { id: "phone-relay", number: "18001 0808 801 0366", type: "text_relay" },
        ],
        schedules: [...weeklySchedule(["SA"], "00:00", "24:00"), ...weeklySchedule(["SU"], "10:00", "12:00")],
        holiday_schedules: [],
        service_areas: [{ id: "area-national", name: "England", extent_type: "national" }],
      }),
      service("c-third", {
        translations: [{ language: "cy", name: "Trydydd gwasanaeth", description: "Help i deuluoedd." }],
      }),
    ]);
    expect(
      await importDirectory({ organisationId: organisation.id, text: file, personId: admin.id }),
    ).toEqual({ ok: true, created: 3, updated: 0, unchanged: 0 });
    expect(await exportDirectory(organisation.id)).toBe(file);
    // Loading the same file again changes nothing.
    expect(
      await importDirectory({ organisationId: organisation.id, text: file, personId: admin.id }),
    ).toEqual({ ok: true, created: 0, updated: 0, unchanged: 3 });
    expect(
      await db.directoryEntryRevision.count({ where: { entry: { organisationId: organisation.id } } }),
    ).toBe(3);
  });

  it("a file with one bad entry changes nothing and names the entry and field", async () => {
    const organisation = await createOrganisation("Bad Import Council");
    const admin = await createPerson();
    await importDirectory({
      organisationId: organisation.id,
      text: fileOf([service("keep-me")]),
      personId: admin.id,
    });
    const before = await snapshot(organisation.id);

    const bad = JSON.parse(
      fileOf([
        service("keep-me", { name: "Changed by a bad file" }),
        service("new-one"),
        service("broken-one"),
      ]),
    );
    bad.contents[2].phones[0].number = "12345";
    bad.contents[2].url = "javascript:alert(1)";
    const result = await importDirectory({
      organisationId: organisation.id,
      text: JSON.stringify(bad),
      personId: admin.id,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { number: 3, id: "broken-one", field: "url", message: "errors.badUrl" },
        { number: 3, id: "broken-one", field: "phones.0.number", message: "errors.badPhone" },
      ],
    });
    expect(await snapshot(organisation.id)).toEqual(before);
  });

  it("refuses overlapping hours, unknown categories, duplicate ids and text that is not JSON", () => {
    const overlapping = service("overlap");
    const raw = JSON.parse(fileOf([overlapping]));
    raw.contents[0].schedules.push({
      id: "extra",
      freq: "WEEKLY",
      byday: "MO",
      opens_at: "16:00",
      closes_at: "18:00",
      timezone: "Europe/London",
    });
    expect(checkDirectoryFile(JSON.stringify(raw))).toMatchObject({
      ok: false,
      problems: [{ number: 1, id: "overlap", field: "schedules.2.closes_at", message: "errors.overlap" }],
    });
    raw.contents[0].schedules.pop();
    raw.contents[0].attributes[0].taxonomy_term.id = "astrology";
    expect(checkDirectoryFile(JSON.stringify(raw))).toMatchObject({
      ok: false,
      problems: [{ number: 1, field: "attributes.0", message: "errors.badTerm" }],
    });
    expect(checkDirectoryFile(fileOf([service("twice"), service("twice")]))).toMatchObject({
      ok: false,
      problems: [{ number: 2, id: "twice", field: "id", message: "errors.taken" }],
    });
    expect(checkDirectoryFile("{ not json")).toEqual({
      ok: false,
      problems: [{ number: null, id: null, field: "", message: "errors.badJson" }],
    });
  });
});

describe("Welsh names and descriptions", () => {
  it("every national service has a Welsh name and description, and Welsh pages use them", () => {
    for (const national of nationalServices) {
      const welsh = serviceText(national, "cy");
      expect(welsh.nameLang, national.id).toBe("cy");
      expect(welsh.descriptionLang, national.id).toBe("cy");
    }
    expect(serviceText(familyRightsGroupAdviceLine, "cy").name).toBe("Llinell gyngor Family Rights Group");
    expect(serviceText(familyRightsGroupAdviceLine, "en").name).toBe("Family Rights Group advice line");
  });

  it("fall back to English, name and description each on their own", () => {
    const nameOnly = service("welsh-name-only", { translations: [{ language: "cy", name: "Tai Gogledd" }] });
    expect(serviceText(nameOnly, "cy")).toEqual({
      name: "Tai Gogledd",
      nameLang: "cy",
      description: nameOnly.description,
      descriptionLang: "en",
    });
    expect(serviceText(service("no-welsh"), "cy")).toEqual({
      name: "Service no-welsh",
      nameLang: "en",
      description: "Help for families, called no-welsh.",
      descriptionLang: "en",
    });
  });

  it("are entered in the edit form, kept when the form comes back, and refused without a name", () => {
    const base = service("form-welsh");
    const form = formOf(valuesFromService(base));
    form.set("welshName", "Tai Gogledd");
    form.set("welshDescription", "Help gyda thai.");
    const parsed = serviceFromForm(form, base, "2026-11-25");
    expect(parsed.status === "success" && parsed.value.translations).toEqual([
      { language: "cy", name: "Tai Gogledd", description: "Help gyda thai." },
    ]);
    if (parsed.status === "success")
      expect(valuesFromService(parsed.value)).toMatchObject({
        welshName: "Tai Gogledd",
        welshDescription: "Help gyda thai.",
      });
    form.set("welshName", "");
    const refused = serviceFromForm(form, base, "2026-11-25").reply();
    expect(fieldErrorsOf(refused)).toEqual({ welshName: "directory:errors.welshNameNeeded" });
    expect(typedValuesOf(refused)).toMatchObject({ welshDescription: "Help gyda thai." });
  });

  it("a Welsh list is in the order of the Welsh names, and Welsh words find an entry", async () => {
    const organisation = await createOrganisation("Welsh Order Council");
    const editor = await createPerson();
    await saveNew({
      organisationId: organisation.id,
      service: service("order-a", {
        name: "Alpha help",
        translations: [{ language: "cy", name: "Yr help olaf" }],
      }),
      personId: editor.id,
    });
    await saveNew({
      organisationId: organisation.id,
      service: service("order-b", {
        name: "Beta help",
        translations: [{ language: "cy", name: "Cymorth cyntaf" }],
      }),
      personId: editor.id,
    });
    const names = async (language: string) =>
      (await listDirectory([organisation.id], { q: "help" }, language)).entries
        .filter((entry) => entry.organisationId === organisation.id)
        .map((entry) => entry.service.id);
    expect(await names("en")).toEqual(["order-a", "order-b"]);
    expect(await names("cy")).toEqual(["order-b", "order-a"]);
    expect(
      (await listDirectory([organisation.id], { q: "cymorth cyntaf" })).entries.map(
        (entry) => entry.service.id,
      ),
    ).toEqual(["order-b"]);
  });
});
