import { type Page } from "@playwright/test";

import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2ePeople } from "./people";

const NEUTRAL = "https://www.bbc.co.uk/weather";

// The neutral site is not reachable from the test machine: answer for it.
async function fakeNeutralSite(page: Page) {
  await page.route("https://www.bbc.co.uk/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }),
  );
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

test("quick exit leaves no cookie of ours, not even the email typed on the sign-in page", async ({
  page,
  context,
}) => {
  await fakeNeutralSite(page);
  // Someone starts to sign in and leaves at the code step: the email sits in a cookie.
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(e2ePeople.parent.email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain("sc_signin");
  await page.getByRole("link", { name: /Exit this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL);
  const ours = (await context.cookies()).filter((cookie) => cookie.domain === "localhost");
  expect(ours.map((cookie) => cookie.name)).toEqual([]);
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
