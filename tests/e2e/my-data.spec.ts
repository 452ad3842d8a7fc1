import { readFile } from "node:fs/promises";

import { strFromU8, unzipSync } from "fflate";

import { expect, expectAccessible, newestMailText, personPage, test, waitForNewMail } from "./helpers";
import { e2eAdviserFamily, e2ePeople } from "./people";

// "My copy": a parent finds the page from the footer, downloads the zip and finds their own
// words in it, and none of what the family's pages hide from them. The Larch family is made by
// tests/fixtures/family-with-everything.ts: the carer's diary entry is for the friend only, the
// report goes to the carer and the social worker, and the friend's email to the social worker.

const marker = e2eAdviserFamily.marker;

async function unzip(path: string) {
  return unzipSync(new Uint8Array(await readFile(path)));
}

test("a parent downloads their copy, with their own words and nothing hidden from them", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await personPage(browser, e2ePeople.larchParent.email);
  await page.getByRole("contentinfo").getByRole("link", { name: "My copy of my data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My copy" })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download my copy" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("my-copy.zip");
  const files = await unzip(await download.path());
  const html = strFromU8(files["my-copy.html"]);
  const json = strFromU8(files["my-copy.json"]);
  for (const text of [html, json]) {
    expect(text).toContain(e2eAdviserFamily.rule);
    // Their own view of the plan; the plan itself is shared with them.
    expect(text).toContain(`${marker} view words`);
    expect(text).toContain(`${marker} complicating factor`);
    expect(text).not.toContain(`${marker} diary words`);
    expect(text).not.toContain(`${marker} what happened`);
    expect(text).not.toContain(`${marker.toLowerCase()}.phone@test.example`);
  }
  expect(html).not.toContain("<script");

  // The readable page, opened in the browser: headings per family and part, and accessible.
  // On a blank page of its own, as a browser opens the file: the file's own policy applies.
  const file = await page.context().newPage();
  await file.setContent(html);
  await expect(
    file.getByRole("heading", { level: 1, name: "My copy of my data in Safety Circle" }),
  ).toBeVisible();
  await expect(file.getByRole("heading", { level: 2, name: e2eAdviserFamily.name })).toBeVisible();
  await expect(file.getByRole("heading", { level: 3, name: "Safety rules" })).toBeVisible();
  await expectAccessible(file);
  await page.context().close();
});

test("without JavaScript, a parent asks for an email and it names nothing of the case", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await personPage(browser, e2ePeople.larchParent.email, { javaScript: false });
  const previous = await newestMailText(page, e2ePeople.larchParent.email);
  await page.goto("/settings/my-data");
  await page.getByRole("button", { name: "Email me when it is ready" }).click();
  await expect(page.getByRole("status")).toContainText("We will email you soon.");
  const mail = await waitForNewMail(page, e2ePeople.larchParent.email, previous);
  expect(mail).toContain("The copy you asked for is ready.");
  expect(mail).not.toMatch(new RegExp(`${marker}|Ivy|Jo Parent|family`, "i"));

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download my copy" }).click(),
  ]);
  const files = await unzip(await download.path());
  expect(strFromU8(files["my-copy.html"])).toContain(e2eAdviserFamily.rule);
  await page.context().close();
});
