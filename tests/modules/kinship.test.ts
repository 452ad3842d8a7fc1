// Advisers sharing resources, contact arrangements and the child's private diary, through the
// routes' loaders and actions as a browser would call them.
import { describe, expect, it } from "vitest";

import { safeWebLink } from "~/modules/sharing/sharing.server";
import { loader as helpLoader } from "~/routes/families.$familyId.help";
import { loader as contactListLoader } from "~/routes/families.$familyId.kinship.contact._index";
import {
  action as arrangementAction,
  loader as arrangementLoader,
} from "~/routes/families.$familyId.kinship.contact.$arrangementId";
import { action as newContactAction } from "~/routes/families.$familyId.kinship.contact.new";
import { loader as diaryListLoader } from "~/routes/families.$familyId.kinship.diary._index";
import {
  action as entryAction,
  loader as entryLoader,
} from "~/routes/families.$familyId.kinship.diary.$entryId";
import { action as newEntryAction } from "~/routes/families.$familyId.kinship.diary.new";
import { action as shareAction, loader as shareLoader } from "~/routes/families.$familyId.share";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, makeRequest } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

const members = [
  { role: "PARENT" as const, name: "Pat Parent" },
  { role: "KINSHIP_CARER" as const, name: "Kit Carer" },
  { role: "ADVISER" as const, name: "Ada Adviser" },
  { role: "NETWORK_MEMBER" as const, name: "Nia Network" },
  { role: "PRACTITIONER" as const, name: "Sol Worker" },
];

type Family = Awaited<ReturnType<typeof createFamily>>;
type Route = (args: never) => Promise<unknown>;

async function get(
  route: Route,
  family: Family,
  personId: string,
  path: string,
  params: Record<string, string> = {},
) {
  const cookie = await cookieFor(personId);
  return outcomeOf(() =>
    route({
      request: makeRequest(`/families/${family.id}${path}`, { cookie }),
      params: { familyId: family.id, ...params },
      context: {},
    } as never),
  );
}

async function post(
  route: Route,
  family: Family,
  personId: string,
  path: string,
  form: URLSearchParams | Record<string, string>,
  params: Record<string, string> = {},
) {
  const cookie = await cookieFor(personId);
  const body = form instanceof URLSearchParams ? form : new URLSearchParams(form);
  const request = new Request(`http://localhost/families/${family.id}${path}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: body.toString(),
  });
  return outcomeOf(() =>
    route({ request, params: { familyId: family.id, ...params }, context: {} } as never),
  );
}

describe("advisers share resources with a family", () => {
  it("accepts only http and https web links", () => {
    expect(safeWebLink("https://www.frg.org.uk/get-help-and-advice")).toBe(
      "https://www.frg.org.uk/get-help-and-advice",
    );
    expect(safeWebLink("  http://example.org  ")).toBe("http://example.org/");
    for (const bad of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "ftp://example.org",
      "//example.org",
      "https://user:secret@example.org",
      "https://localhost",
      "example.org",
      "",
    ]) {
      expect(safeWebLink(bad), bad).toBeNull();
    }
  });

  it("an adviser shares a link with a note and the parent sees it on the Help page; javascript: is refused", async () => {
    const family = await createFamily({ members });
    const [parent, , adviser] = family.people;
    const refused = await post(shareAction, family, adviser.id, "/share", {
      kind: "LINK",
      url: "javascript:alert(document.cookie)",
      note: "Read this",
    });
    expect(refused).toRefuseWith({ url: "kinship:errors.share.urlInvalid" });
    expect(typedValuesOf(refused.data)).toMatchObject({
      kind: "LINK",
      url: "javascript:alert(document.cookie)",
      note: "Read this",
    });
    expect(await db.sharedResource.count({ where: { familyId: family.id } })).toBe(0);

    const shared = await post(shareAction, family, adviser.id, "/share", {
      kind: "LINK",
      url: "https://www.frg.org.uk/",
      linkTitle: "Family Rights Group",
      note: "Their advice line is free.",
    });
    expect(shared.status).toBe(302);
    const help = await get(helpLoader, family, parent.id, "/help");
    expect(help.data).toMatchObject({
      shared: [
        {
          kind: "LINK",
          href: "https://www.frg.org.uk/",
          title: "Family Rights Group",
          note: "Their advice line is free.",
          sharedBy: "Ada Adviser",
        },
      ],
    });
  });

  it("an article or a service is shared by its reference, checked against what exists", async () => {
    const family = await createFamily({ members });
    const [parent, , adviser] = family.people;
    const unknown = await post(shareAction, family, adviser.id, "/share", {
      kind: "ARTICLE",
      article: "no-such-guide",
      note: "x",
    });
    expect(unknown).toRefuseWith({ article: "kinship:errors.share.articleRequired" });
    expect(typedValuesOf(unknown.data)).toMatchObject({ kind: "ARTICLE", article: "no-such-guide" });
    expect(
      (
        await post(shareAction, family, adviser.id, "/share", {
          kind: "ARTICLE",
          article: "kinship-care-options",
          note: "Before you agree to anything.",
        })
      ).status,
    ).toBe(302);
    expect(
      (
        await post(shareAction, family, adviser.id, "/share", {
          kind: "SERVICE",
          service: "national-frg-advice-line",
          note: "Call them.",
        })
      ).status,
    ).toBe(302);
    const help = await get(helpLoader, family, parent.id, "/help");
    expect(help.data).toMatchObject({
      shared: [
        {
          kind: "SERVICE",
          href: "/directory?q=Family%20Rights%20Group%20advice%20line",
          title: "Family Rights Group advice line",
        },
        {
          kind: "ARTICLE",
          href: "/help/guide/kinship-care-options",
          title: "Kinship care options side by side",
        },
      ],
    });
  });

  it("lists every problem at once, and only advisers and the social worker may share", async () => {
    const family = await createFamily({ members });
    const [parent, carer, , network] = family.people;
    const empty = await post(shareAction, family, family.people[2].id, "/share", {});
    expect(empty).toRefuseWith({
      kind: "kinship:errors.share.kind",
      note: "kinship:errors.share.noteRequired",
    });
    for (const person of [parent, carer, network]) {
      expect(
        (
          await post(shareAction, family, person.id, "/share", {
            kind: "LINK",
            url: "https://example.org",
            note: "x",
          })
        ).status,
      ).toBe(403);
    }
  });

  it("only the person who shared something can take it back; it is kept, not deleted", async () => {
    const family = await createFamily({ members });
    const [parent, , adviser, , worker] = family.people;
    await post(shareAction, family, adviser.id, "/share", {
      kind: "LINK",
      url: "https://example.org",
      note: "x",
    });
    const row = await db.sharedResource.findFirstOrThrow({ where: { familyId: family.id } });
    expect((await get(shareLoader, family, adviser.id, "/share")).data).toMatchObject({
      shared: [{ id: row.id, mine: true }],
    });
    expect((await get(shareLoader, family, worker.id, "/share")).data).toMatchObject({
      shared: [{ id: row.id, mine: false }],
    });
    expect(
      (await post(shareAction, family, worker.id, "/share", { intent: "withdraw", id: row.id })).status,
    ).toBe(404);
    expect(
      (await post(shareAction, family, adviser.id, "/share", { intent: "withdraw", id: row.id })).status,
    ).toBe(302);
    expect((await get(helpLoader, family, parent.id, "/help")).data).toMatchObject({ shared: [] });
    expect(await db.sharedResource.count({ where: { id: row.id } })).toBe(1);
  });
});

const arrangement = {
  who: "Mum",
  whenText: "Tuesdays, 2pm to 4pm",
  place: "The family centre",
  supervised: "yes",
  supervisor: "A family centre worker",
  ownSteps: "If she is late I wait 20 minutes, then call Grace.",
};

describe("contact arrangements", () => {
  it("the kinship carer records one; a change adds a version and the old one is kept", async () => {
    const family = await createFamily({ members });
    const [, carer, , , worker] = family.people;
    const created = await post(newContactAction, family, carer.id, "/kinship/contact/new", arrangement);
    expect(created.status).toBe(302);
    const [row] = await db.contactArrangement.findMany({ where: { familyId: family.id } });
    const path = `/kinship/contact/${row.id}`;
    const params = { arrangementId: row.id };

    const changed = await post(
      arrangementAction,
      family,
      carer.id,
      path,
      { ...arrangement, whenText: "Wednesdays, 2pm to 4pm", baseVersion: "1" },
      params,
    );
    expect(changed.status).toBe(302);
    const page = await get(arrangementLoader, family, worker.id, path, params);
    expect(page.data).toMatchObject({
      current: { version: 2, whenText: "Wednesdays, 2pm to 4pm" },
      versions: [{ version: 2 }, { version: 1, whenText: "Tuesdays, 2pm to 4pm", authorName: "Kit Carer" }],
    });
    const list = await get(contactListLoader, family, carer.id, "/kinship/contact");
    expect(list.data).toMatchObject({
      arrangements: [{ id: row.id, whenText: "Wednesdays, 2pm to 4pm", supervised: true }],
    });
  });

  it("a change based on an old version is refused, and what was typed comes back", async () => {
    const family = await createFamily({ members });
    const [, carer, , , worker] = family.people;
    await post(newContactAction, family, carer.id, "/kinship/contact/new", arrangement);
    const [row] = await db.contactArrangement.findMany({ where: { familyId: family.id } });
    const params = { arrangementId: row.id };
    await post(
      arrangementAction,
      family,
      worker.id,
      `/kinship/contact/${row.id}`,
      { ...arrangement, place: "Nan's house", baseVersion: "1" },
      params,
    );
    const late = await post(
      arrangementAction,
      family,
      carer.id,
      `/kinship/contact/${row.id}`,
      { ...arrangement, place: "The park", baseVersion: "1" },
      params,
    );
    expect(late.status).toBe(409);
    expect(late.data).toMatchObject({ conflict: true, mine: { place: "The park" } });
    expect(await db.contactArrangementVersion.count({ where: { arrangementId: row.id } })).toBe(2);
  });

  it("checks the form, and keeps what was typed", async () => {
    const family = await createFamily({ members });
    const carer = family.people[1];
    const outcome = await post(newContactAction, family, carer.id, "/kinship/contact/new", {
      who: "Dad",
      whenText: "",
      place: "x".repeat(201),
    });
    expect(outcome).toRefuseWith({
      whenText: "kinship:errors.contact.whenRequired",
      place: "kinship:errors.contact.tooLong200",
      supervised: "kinship:errors.contact.supervisedRequired",
    });
    expect(typedValuesOf(outcome.data)).toMatchObject({ who: "Dad" });
  });

  it("parents, network members and advisers cannot see or write contact arrangements", async () => {
    const family = await createFamily({ members });
    const [parent, , adviser, network] = family.people;
    for (const person of [parent, adviser, network]) {
      expect(
        (await get(contactListLoader, family, person.id, "/kinship/contact")).status,
      ).toBeGreaterThanOrEqual(403);
      expect(
        (await post(newContactAction, family, person.id, "/kinship/contact/new", arrangement)).status,
      ).toBeGreaterThanOrEqual(403);
    }
    expect(await db.contactArrangement.count({ where: { familyId: family.id } })).toBe(0);
  });

  it("a version cannot be changed or deleted", async () => {
    const family = await createFamily({ members });
    await post(newContactAction, family, family.people[1].id, "/kinship/contact/new", arrangement);
    const version = await db.contactArrangementVersion.findFirstOrThrow({ where: { familyId: family.id } });
    await expect(
      db.$executeRawUnsafe(`UPDATE "ContactArrangementVersion" SET "who" = 'x' WHERE "id" = '${version.id}'`),
    ).rejects.toThrow(/cannot change/);
    await expect(
      db.$executeRawUnsafe(`DELETE FROM "ContactArrangementVersion" WHERE "id" = '${version.id}'`),
    ).rejects.toThrow(/cannot be deleted/);
  });
});

describe("the child's private diary", () => {
  async function write(family: Family, authorId: string, text: string, readers: string[] = []) {
    const form = new URLSearchParams({ day: "2026-11-20", text });
    for (const reader of readers) form.append("readers", reader);
    const outcome = await post(newEntryAction, family, authorId, "/kinship/diary/new", form);
    expect(outcome.status).toBe(302);
    return outcome.location!.split("/").pop()!.split("?")[0];
  }

  it("an entry is read only by its author and the people chosen by name; anyone else gets 404 and no list entry", async () => {
    const family = await createFamily({ members });
    const [parent, carer, adviser, network, worker] = family.people;
    const entryId = await write(family, carer.id, "Lily smiled at the dog today.", [network.id]);
    const path = `/kinship/diary/${entryId}`;

    expect((await get(entryLoader, family, carer.id, path, { entryId })).data).toMatchObject({
      canChange: true,
      current: { text: "Lily smiled at the dog today." },
    });
    expect((await get(entryLoader, family, network.id, path, { entryId })).data).toMatchObject({
      canChange: false,
      chosen: [],
    });
    for (const person of [parent, adviser, worker]) {
      expect((await get(entryLoader, family, person.id, path, { entryId })).status).toBe(404);
      const list = await get(diaryListLoader, family, person.id, "/kinship/diary");
      expect(JSON.stringify(list.data)).not.toContain("smiled");
    }
    // Same answer as an entry that does not exist.
    expect(
      (
        await get(entryLoader, family, parent.id, "/kinship/diary/abcdefghijklmnopqrstuvwxy", {
          entryId: "abcdefghijklmnopqrstuvwxy",
        })
      ).status,
    ).toBe(404);
    expect((await get(diaryListLoader, family, network.id, "/kinship/diary")).data).toMatchObject({
      entries: [{ id: entryId, mine: false, authorName: "Kit Carer" }],
    });
  });

  it("the author changes the words and the readers: a new version, and a reader taken off loses it at once", async () => {
    const family = await createFamily({ members });
    const [parent, carer, , network] = family.people;
    const entryId = await write(family, carer.id, "First words.", [network.id]);
    const path = `/kinship/diary/${entryId}`;
    const changed = await post(
      entryAction,
      family,
      carer.id,
      path,
      new URLSearchParams([
        ["day", "2026-11-20"],
        ["text", "Better words."],
        ["baseVersion", "1"],
        ["readers", parent.id],
      ]),
      { entryId },
    );
    expect(changed.status).toBe(302);
    expect((await get(entryLoader, family, network.id, path, { entryId })).status).toBe(404);
    // Chosen with version 2: version 1 stays with the author.
    expect((await get(entryLoader, family, parent.id, path, { entryId })).data).toMatchObject({
      current: { version: 2, text: "Better words." },
      versions: [{ version: 2 }],
    });
    // The reader taken off is kept on record.
    expect(
      await db.diaryReader.count({ where: { entryId, personId: network.id, removedAt: { not: null } } }),
    ).toBe(1);
  });

  it("a reader reads from the version current when they were chosen; earlier versions stay with the author", async () => {
    const family = await createFamily({ members });
    const [parent, carer, , network] = family.people;
    const entryId = await write(family, carer.id, "Words only for the first reader.", [network.id]);
    const path = `/kinship/diary/${entryId}`;
    const change = async (text: string, baseVersion: number, readers: string[]) => {
      const form = new URLSearchParams([
        ["day", "2026-11-20"],
        ["text", text],
        ["baseVersion", String(baseVersion)],
      ]);
      for (const reader of readers) form.append("readers", reader);
      expect((await post(entryAction, family, carer.id, path, form, { entryId })).status).toBe(302);
    };
    await change("Words when the parent was chosen.", 1, [network.id, parent.id]);
    await change("Newest words.", 2, [network.id, parent.id]);
    const versionsFor = async (personId: string) => {
      const outcome = await get(
        entryLoader,
        family,
        personId,
        `${path}?_data=routes%2Ffamilies.%24familyId.kinship.diary.%24entryId`,
        { entryId },
      );
      expect(outcome.status).toBe(200);
      return outcome.data as { current: { version: number }; versions: { version: number; text: string }[] };
    };

    const parentView = await versionsFor(parent.id);
    expect(parentView.current.version).toBe(3);
    expect(parentView.versions.map((version) => version.version)).toEqual([3, 2]);
    expect(JSON.stringify(parentView)).not.toContain("Words only for the first reader.");
    expect(
      JSON.stringify((await get(diaryListLoader, family, parent.id, "/kinship/diary")).data),
    ).not.toContain("Words only for the first reader.");
    expect((await versionsFor(network.id)).versions.map((version) => version.version)).toEqual([3, 2, 1]);
    expect((await versionsFor(carer.id)).versions.map((version) => version.version)).toEqual([3, 2, 1]);

    // Taken off and chosen again: from the version they were chosen again with.
    await change("Only the parent reads this one.", 3, [parent.id]);
    await change("Shared again.", 4, [parent.id, network.id]);
    const again = await versionsFor(network.id);
    expect(again.versions.map((version) => version.version)).toEqual([5]);
    expect(JSON.stringify(again)).not.toContain("Only the parent reads this one.");
    expect((await versionsFor(parent.id)).versions.map((version) => version.version)).toEqual([5, 4, 3, 2]);
  });

  it("a reader cannot change an entry, and a stale change is refused", async () => {
    const family = await createFamily({ members });
    const [parent, carer] = family.people;
    const entryId = await write(family, carer.id, "A good day.", [parent.id]);
    const path = `/kinship/diary/${entryId}`;
    const byReader = await post(
      entryAction,
      family,
      parent.id,
      path,
      { day: "2026-11-20", text: "Changed", baseVersion: "1" },
      { entryId },
    );
    expect(byReader.status).toBeGreaterThanOrEqual(403);
    await post(
      entryAction,
      family,
      carer.id,
      path,
      { day: "2026-11-20", text: "Second", baseVersion: "1" },
      { entryId },
    );
    const stale = await post(
      entryAction,
      family,
      carer.id,
      path,
      { day: "2026-11-20", text: "Third", baseVersion: "1" },
      { entryId },
    );
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({ conflict: true, mine: { text: "Third" } });
    expect(await db.diaryEntryVersion.count({ where: { entryId } })).toBe(2);
  });

  it("readers must be members of this family; the form is checked", async () => {
    const family = await createFamily({ members });
    const other = await createFamily({ members });
    const carer = family.people[1];
    const entryId = await write(family, carer.id, "Bath time.", [other.people[0].id]);
    expect(await db.diaryReader.count({ where: { entryId } })).toBe(0);
    expect(
      (await get(entryLoader, family, other.people[0].id, `/kinship/diary/${entryId}`, { entryId })).status,
    ).toBe(404);
    const bad = await post(newEntryAction, family, carer.id, "/kinship/diary/new", {
      day: "2099-01-01",
      text: "",
    });
    expect(bad).toRefuseWith({
      day: "kinship:errors.diary.dayFuture",
      text: "kinship:errors.diary.textRequired",
    });
    const parentWrites = await post(newEntryAction, family, family.people[0].id, "/kinship/diary/new", {
      day: "2026-11-20",
      text: "x",
    });
    expect(parentWrites.status).toBe(403);
  });
});
