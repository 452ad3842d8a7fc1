import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2ePeople } from "./people";

// Every form is read and answered by the server the same way, with JavaScript or without: the
// errors are listed at the top, each linked to its field, and what was typed stays.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`a refused form, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("lists each error, links it to its field and keeps what was typed", async ({ page }) => {
      await signIn(page, e2ePeople.parent.email);
      await page
        .getByRole("navigation", { name: "This family's space" })
        .getByRole("link", { name: "Network" })
        .click();
      await page.getByRole("link", { name: "Invite someone" }).click();
      await page.getByLabel("Their name").fill("Fern");
      await page.getByLabel("Their email address").fill("not an email");
      await page.getByRole("button", { name: "Send the invitation" }).click();

      const summary = page.getByRole("alert");
      await expect(summary).toContainText("There is a problem");
      await expect(page.getByRole("textbox", { name: "Their email address" })).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await expect(page.getByLabel("Their name")).toHaveValue("Fern");
      await expect(page.getByLabel("Their email address")).toHaveValue("not an email");

      await summary.getByRole("link", { name: "Choose what they will do" }).click();
      await expect(page).toHaveURL(/#invite-role$/);
      await expect(page.getByRole("group", { name: "What will they do?" })).toContainText(
        "Choose what they will do",
      );
      // axe runs its script in the page, so it needs JavaScript; the markup is the same server render.
      if (javaScriptEnabled) await expectAccessible(page);
    });
  });
}

// The pages do not hydrate: the writing helper is drawn by the server, then redrawn as the person
// types by a small script of its own (app/scripts/writing-helper.ts), in the page's language.
test("the writing helper follows the words as they are typed, without React", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await signIn(page, e2ePeople.parent.email);
  const home = new URL(page.url()).pathname.replace(/\/$/, "");
  scripts.length = 0;
  await page.goto(`${home}/rules/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Write a new rule" })).toBeVisible();
  const box = page.getByLabel("The rule, in your own words");
  await expect(page.getByText(/out of 100/)).toHaveCount(0);
  await box.pressSequentially("Mum goes to the core group meeting every time.");
  await expect(page.getByText(/"core group meeting"\. Try:/)).toBeVisible();
  await expect(page.getByText(/Reading ease: \d+ out of 100\./).first()).toBeVisible();
  await box.fill("");
  await box.press("End");
  await box.pressSequentially(" ");
  await expect(page.getByText(/"core group meeting"\. Try:/)).toHaveCount(0);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((path) => path.startsWith("/scripts/writing-helper-"))).toBe(true);
  await expectAccessible(page);
});
