import type { Page } from "@playwright/test";

import { expect, expectAccessible, personPage, test } from "./helpers";
import { e2eFormsFamily, e2ePeople } from "./people";

test.describe.configure({ mode: "serial" });

const menu = (page: Page) => page.getByRole("navigation", { name: "This family's space" });

/** Opens the family's one meeting from the menu. */
async function openMeeting(page: Page) {
  await menu(page).getByRole("link", { name: "Meetings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await page
    .getByRole("link", { name: /Core group meeting/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Core group meeting" })).toBeVisible();
}

for (const javaScript of [false, true]) {
  test(`a saved note shows as saved, the box is empty again, and saving twice makes one note (JavaScript ${javaScript ? "on" : "off"})`, async ({
    browser,
  }) => {
    const carer = await personPage(browser, e2ePeople.formsCarer.email, { javaScript });
    // axe needs JavaScript in the page: the same pages are scanned in the run with it on.
    const scan = (page: Page) => (javaScript ? expectAccessible(page) : Promise.resolve());
    await expect(carer.getByText(e2eFormsFamily.name).first()).toBeVisible();
    await openMeeting(carer);
    await scan(carer);

    const words = `I want to talk about weekends (${javaScript ? "on" : "off"}).`;
    const notes = carer
      .getByRole("region", { name: "What I want to say" })
      .getByRole("listitem")
      .filter({ hasText: words });
    await carer.getByLabel("Your note").fill(words);
    await carer.getByRole("button", { name: "Save my note" }).click();
    await expect(carer.getByRole("status")).toHaveText("Your note is saved.");
    await expect(notes).toHaveCount(1);
    await expect(notes).toContainText("Only you can see this");
    await expect(carer.getByLabel("Your note")).toHaveValue("");
    await scan(carer);

    // Pressing save again with the empty box asks for words and saves nothing.
    await carer.getByRole("button", { name: "Save my note" }).click();
    await expect(carer.getByRole("alert")).toBeVisible();
    await expect(notes).toHaveCount(1);
    await scan(carer);

    // Two quick presses of one filled form send it twice: one note.
    const twice = `Please can Ivy's nan come too (${javaScript ? "on" : "off"}).`;
    await carer.getByLabel("Your note").fill(twice);
    await carer.getByRole("button", { name: "Save my note" }).dblclick();
    await expect(carer.getByRole("status")).toHaveText("Your note is saved.");
    await carer.reload();
    await expect(
      carer
        .getByRole("region", { name: "What I want to say" })
        .getByRole("listitem")
        .filter({ hasText: twice }),
    ).toHaveCount(1);
    await carer.context().close();
  });
}

test("a diary entry sent twice by a double press is saved once", async ({ browser }) => {
  const carer = await personPage(browser, e2ePeople.formsCarer.email);
  await menu(carer).getByRole("link", { name: "Diary" }).click();
  await carer.getByRole("link", { name: "Write a new entry" }).click();
  await expect(carer.getByRole("heading", { level: 1, name: "New diary entry" })).toBeVisible();
  const text = "Ivy laughed at the rain on the window.";
  await carer.getByLabel("What happened").fill(text);
  await carer.getByRole("button", { name: "Save the entry" }).dblclick();
  await expect(carer.getByRole("status")).toContainText("Saved.");
  await menu(carer).getByRole("link", { name: "Diary" }).click();
  await expect(carer.getByRole("heading", { level: 1, name: "Diary" })).toBeVisible();
  await expect(carer.getByRole("listitem").filter({ hasText: text })).toHaveCount(1);
  await carer.context().close();
});

for (const javaScript of [false, true]) {
  test(`on a phone the family menu leaves the heading on the first screen, and More reaches every page (JavaScript ${javaScript ? "on" : "off"})`, async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const carer = await personPage(browser, e2ePeople.formsCarer.email, { width: 360, javaScript });
    const more = menu(carer).getByText(/^More/);

    // Every page of the wide menu is in the phone's top row or under More, in the same order.
    await carer.setViewportSize({ width: 1280, height: 800 });
    const everyPage = await menu(carer).getByRole("link").allInnerTexts();
    await carer.setViewportSize({ width: 360, height: 640 });
    const topRow = await menu(carer).getByRole("link").allInnerTexts();
    expect(topRow).toEqual(["Home", "Plan", "Rules", "Meetings"]);
    await more.click();
    const underMore = (await menu(carer).getByRole("link").allInnerTexts()).slice(topRow.length);
    expect([...topRow, ...underMore]).toEqual(everyPage);
    expect(underMore).toContain("Diary");
    if (javaScript) await expectAccessible(carer);
    await more.click();

    for (const name of underMore) {
      await more.click();
      await menu(carer).getByRole("link", { name, exact: true }).click();
      // The menu says where you are: More names the page, and the page's link is marked.
      await expect(more).toHaveText(`More: ${name}`);
      const heading = carer.getByRole("heading", { level: 1 });
      await expect(heading).toBeVisible();
      // The heading is on the first screen of a small phone, with room below it.
      expect((await heading.boundingBox())?.y, `${name}: heading position`).toBeLessThan(400);
      await more.click();
      await expect(menu(carer).getByRole("link", { name, exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      if (javaScript) await expectAccessible(carer);
      await more.click();
    }

    for (const name of topRow) {
      await menu(carer).getByRole("link", { name, exact: true }).click();
      await expect(menu(carer).getByRole("link", { name, exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(more).toHaveText("More");
      await expect(carer.getByRole("heading", { level: 1 })).toBeVisible();
      expect(
        (await carer.getByRole("heading", { level: 1 }).boundingBox())?.y,
        `${name}: heading position`,
      ).toBeLessThan(400);
    }
    await carer.context().close();
  });
}
