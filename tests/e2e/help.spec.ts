// The family's Help page, the guide's related services and links, tap-to-call numbers, and the
// directory in Welsh. A kinship carer on a small phone sees the guides for grandparents and
// family carers first.
import type { Page } from "@playwright/test";

import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2eFamily, e2ePeople } from "./people";

/** Nothing on the page is wider than the screen, and no date is written as 2026-12-03. */
async function expectPhoneFriendly(page: Page) {
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.body.innerText.match(/\b\d{4}-\d{2}-\d{2}\b/g))).toBeNull();
}

test("a kinship carer on a phone finds the advice line, the guides for family carers first, and support", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, e2ePeople.kinshipCarer.email);
  await expect(page.getByText(e2eFamily.name).first()).toBeVisible();
  const familyPath = new URL(page.url()).pathname.replace(/\/$/, "");

  await page.goto(`${familyPath}/help`);
  await expect(page.getByRole("heading", { level: 1, name: "Help and advice" })).toBeVisible();
  await expect(page.getByText(/will show|Until then/)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Shared with you" })).toBeVisible();

  const line = page.getByRole("region", { name: "Family Rights Group advice line" });
  const call = line.getByRole("link", { name: "0808 801 0366" });
  await expect(call).toHaveAttribute("href", "tel:08088010366");
  expect(await call.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe("nowrap");
  await expect(line.getByText(/^(Open now|Closed|Open)/)).toBeVisible();
  await expect(line.getByText(/^Details last checked: \d{1,2} \w+ 20\d\d$/)).toBeVisible();

  const guides = page.getByRole("region", { name: "Plain guides" });
  await expect(guides.getByRole("heading", { level: 3 }).first()).toHaveText(
    "For grandparents and family carers",
  );
  await expect(
    page
      .getByRole("region", { name: "For grandparents and family carers" })
      .getByRole("link", { name: "Kinship care options side by side" }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Find support" }).getByRole("link", { name: "Search for support" }),
  ).toHaveAttribute("href", "/directory");
  await expectPhoneFriendly(page);
  await expectAccessible(page);

  // The money guide links the kinship options guide, its phone numbers are links, and the
  // services that help are cards under it.
  await page.getByRole("link", { name: "Money for kinship carers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Money for kinship carers" })).toBeVisible();
  const related = page.getByRole("region", { name: "Services that can help" });
  await expect(
    related.getByRole("heading", { level: 3, name: "Family Rights Group advice line" }),
  ).toBeVisible();
  await expect(related.getByRole("link", { name: "Call 0808 801 0366" })).toHaveAttribute(
    "href",
    "tel:08088010366",
  );
  await expectPhoneFriendly(page);
  await expectAccessible(page);
  await page.getByRole("link", { name: "guide to kinship care options" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Kinship care options side by side" }),
  ).toBeVisible();
  const articleCall = page.locator("article").getByRole("link", { name: "0808 801 0366" }).first();
  await expect(articleCall).toHaveAttribute("href", "tel:08088010366");
  expect(await articleCall.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe("nowrap");
  await expectPhoneFriendly(page);
  await expectAccessible(page);

  // The moving-home guide sends people to housing help in the directory.
  await page.goto("/help/guide/moving-home-after-treatment");
  await page.getByRole("link", { name: "council's housing team" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Find support" })).toBeVisible();
  await expect(page).toHaveURL(/\/directory\?category=housing$/);
});

test("the Welsh directory shows the national services by their Welsh names", async ({ page }) => {
  await page.goto("/directory");
  await page.getByRole("button", { name: "Cymraeg" }).click();
  const welshName = page.getByRole("link", { name: "Llinell gyngor Family Rights Group", exact: true });
  await expect(welshName).toBeVisible();
  await expect(page.getByRole("link", { name: "Family Rights Group advice line", exact: true })).toHaveCount(
    0,
  );
  await expect(page.getByText("Llinell Gymorth Genedlaethol Cam-drin Domestig")).toBeVisible();
  await expectAccessible(page);
  await welshName.click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Llinell gyngor Family Rights Group" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Family Rights Group advice line" }),
  ).toBeVisible();
});
