import { type Page } from "@playwright/test";

import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2ePeople } from "./people";

test("an unknown page gets a plain 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});

test("another family's space is a 404, and a page the role does not include is a plain 403", async ({
  page,
}) => {
  await signIn(page, e2ePeople.otherParent.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  const ownHome = page.url();

  await signInAsAdviserAndFindFamily(page);
  const mapleHome = page.url();
  expect(mapleHome).not.toBe(ownHome);

  // The activity page is not for advisers (a part the family hides from them, like the plan, is a 404).
  const plan = await page.goto(`${mapleHome}/activity`);
  expect(plan?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You cannot see this page" })).toBeVisible();
  await expect(page.getByText("ask the family's social worker")).toBeVisible();
  await expectAccessible(page);

  const other = await page.goto(ownHome);
  expect(other?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Birch family")).toHaveCount(0);
});

async function signInAsAdviserAndFindFamily(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, e2ePeople.adviser.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
}

test("the help pages are plain and reachable", async ({ page }) => {
  await page.goto("/cover-your-tracks");
  await expect(page.getByRole("heading", { level: 1, name: "Cover your tracks" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Safety Circle" })).toBeVisible();
  await expectAccessible(page);
});
