// The same production build on PostgreSQL: sign in with a code from the outbox, open the plan page.
import { expect, test } from "@playwright/test";

import { expectAccessible, signIn } from "../helpers";
import { e2eFamily, e2ePeople } from "../people";

test("on PostgreSQL, a practitioner signs in and opens the plan page", async ({ page }) => {
  await signIn(page, e2ePeople.practitioner.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  await expect(page.getByText(e2eFamily.name).first()).toBeVisible();
  await page
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Plan" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "The plan" })).toBeVisible();
  await expectAccessible(page);
});
