import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2eCaseloadFamily, e2ePeople, e2eQuietFamily } from "./people";

test("a social worker lands on their caseload, sees a new report and opens it in one tap", async ({
  browser,
}) => {
  // On a phone: the caseload is where a social worker starts the day.
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await signIn(page, e2ePeople.caseloadWorker.email);
  await expect(page.getByRole("heading", { level: 1, name: "Your caseload" })).toBeVisible();
  await expectAccessible(page);

  // The family with something waiting comes first; the quiet one says so.
  const families = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(families).toHaveText([e2eCaseloadFamily.name, e2eQuietFamily.name]);
  const quiet = page.getByRole("region", { name: e2eQuietFamily.name });
  await expect(quiet.getByText("Nothing waiting")).toBeVisible();
  const poplar = page.getByRole("region", { name: e2eCaseloadFamily.name });
  // A count, never the family's words.
  await expect(poplar).not.toContainText(e2eCaseloadFamily.report);
  await expect(poplar.getByRole("link", { name: "Rules waiting for your yes: 1" })).toBeVisible();

  await poplar.getByRole("link", { name: "New reports: 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /The rule was broken/ })).toBeVisible();
  await expect(page.getByText(e2eCaseloadFamily.report)).toBeVisible();

  // The menu takes them back.
  await page.getByRole("link", { name: "Your caseload" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your caseload" })).toBeVisible();
  await context.close();
});

test("a parent has no caseload in the menu", async ({ page }) => {
  await signIn(page, e2ePeople.caseloadParent.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Your caseload" })).toHaveCount(0);
});
