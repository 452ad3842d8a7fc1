import { type Page } from "@playwright/test";

import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2ePeople } from "./people";

const NEUTRAL = "https://www.bbc.co.uk/weather";

// The neutral site is not reachable from the test machine: answer for it.
async function fakeNeutralSite(page: Page) {
  await page.route("https://www.bbc.co.uk/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }));
}

async function expectSignedOut(page: Page) {
  await page.goto("/families");
  await expect(page).toHaveURL(/\/sign-in/);
}

test("the Exit this page button leaves at once and signs out", async ({ page }) => {
  await fakeNeutralSite(page);
  await signIn(page, e2ePeople.parent.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  await page.getByRole("link", { name: /Exit this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL);
  await expectSignedOut(page);
});

test("pressing Shift three times leaves at once and signs out", async ({ page }) => {
  await fakeNeutralSite(page);
  await signIn(page, e2ePeople.parent.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page).toHaveURL(NEUTRAL);
  await expectSignedOut(page);
});

test("the exit comes first in keyboard order", async ({ page }) => {
  await page.goto("/cover-your-tracks");
  await expectAccessible(page);
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Exit this page/ })).toBeFocused();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("sign in works and the exit button still leaves and signs out", async ({ page }) => {
    await fakeNeutralSite(page);
    await signIn(page, e2ePeople.networkMember.email);
    await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
    // axe needs JavaScript in the page; these same pages are scanned in the tests above.
    await page.getByRole("link", { name: /Exit this page/ }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await expectSignedOut(page);
  });
});
