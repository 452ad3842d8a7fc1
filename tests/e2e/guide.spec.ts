// The guidance library: a kinship carer finds the plain guides from the family's Help page,
// reads the kinship options comparison on a small phone, and searches. Everything also works
// with JavaScript off, and the plan page links to "how to disagree".
import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2eBundleFamily, e2eFamily, e2ePeople } from "./people";

const comparison = "The four kinship care options compared";

test("a kinship carer reads the kinship options comparison on a small phone, and searches the guide", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, e2ePeople.kinshipCarer.email);
  await expect(page.getByText(e2eFamily.name).first()).toBeVisible();
  const familyPath = new URL(page.url()).pathname.replace(/\/$/, "");

  await page.goto(`${familyPath}/help`);
  await page.getByRole("link", { name: "Read plain guides to each step" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plain guides" })).toBeVisible();
  await expect(page).toHaveTitle(/^Plain guides/);
  await expect(
    page.getByRole("heading", { level: 2, name: "Caring for a child in your family" }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Kinship care options side by side" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Kinship care options side by side" }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/^Kinship care options side by side/);
  await expect(page.getByText(/^Last checked: \d+ \w+ 20\d\d$/)).toBeVisible();

  const options = [
    "Informal care",
    "Kinship foster care",
    "Child arrangements order",
    "Special guardianship order",
  ];
  const rows = [
    "Who has parental responsibility",
    "The council's role",
    "Money",
    "Support plan",
    "How long it lasts",
  ];

  // At 360 px the comparison is one card per option, each row a term and its value; nothing
  // is cut and the page never scrolls sideways.
  await expect(page.getByRole("table", { name: comparison })).toBeHidden();
  const cards = page.getByRole("group", { name: comparison });
  for (const option of options)
    await expect(cards.getByRole("heading", { level: 3, name: option })).toBeVisible();
  await expect(cards.getByRole("term")).toHaveCount(options.length * rows.length);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
  for (const card of await cards.locator(".guide-card").all()) {
    expect(
      await card.evaluate(
        (element) =>
          element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().right <= 360,
      ),
    ).toBe(true);
  }
  await expect(page.getByRole("heading", { name: "Questions to ask before you agree" })).toBeVisible();
  await expectAccessible(page);

  // On a wide screen it is the table, with its column and row headers.
  await page.setViewportSize({ width: 1024, height: 800 });
  const table = page.getByRole("table", { name: comparison });
  await expect(table).toBeVisible();
  await expect(cards).toBeHidden();
  for (const option of options) await expect(table.getByRole("columnheader", { name: option })).toBeVisible();
  for (const row of rows) await expect(table.getByRole("rowheader", { name: row })).toBeAttached();
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 740 });

  await page.getByRole("link", { name: "All the guides" }).click();
  await page.getByLabel("Search the guides").fill("money");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/help\/guide\?q=money$/);
  await expect(page.getByLabel("Search the guides")).toHaveValue("money");
  const results = page.getByRole("region", { name: "Guides that match your search" });
  await expect(results.getByRole("link").first()).toHaveText("Money for kinship carers");
  await expectAccessible(page);

  await page.getByLabel("Search the guides").fill("xylophone");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No guide matches your search.", { exact: false })).toBeVisible();
  await expectAccessible(page);
});

test("the plan page links to how to disagree", async ({ page }) => {
  await signIn(page, e2ePeople.bundleParent.email);
  await expect(page.getByText(e2eBundleFamily.name).first()).toBeVisible();
  const familyPath = new URL(page.url()).pathname.replace(/\/$/, "");
  await page.goto(`${familyPath}/plan`);
  await page.getByRole("link", { name: "How to disagree, fix a mistake or complain" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "How to disagree, fix a mistake or complain" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "If the minutes of a conference are wrong" })).toBeVisible();
  await expectAccessible(page);
});

test("the Welsh guide and its comparison table pass axe", async ({ page }) => {
  await page.goto("/help/guide");
  await page.getByRole("button", { name: "Cymraeg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Canllawiau syml" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Dewisiadau gofal gan berthnasau ochr yn ochr" }).click();
  await expect(
    page.getByRole("table", { name: "Cymharu'r pedwar dewis gofal gan berthnasau" }),
  ).toBeVisible();
  await expectAccessible(page);
});

// axe needs JavaScript in the page, so these pages are scanned in the tests above.
test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the guide reads and searches as plain HTML, in English and Welsh", async ({ page }) => {
    await page.goto("/help/guide");
    await page.getByLabel("Search the guides").fill("special guardianship");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/help\/guide\?q=special\+guardianship$/);
    await page.getByRole("link", { name: "Kinship care options side by side" }).click();
    await expect(page.getByRole("table", { name: comparison })).toBeVisible();
    await expect(page.locator("script[src]")).toHaveCount(0);

    await page.goto("/help/guide");
    await page.getByRole("button", { name: "Cymraeg" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Canllawiau syml" })).toBeVisible();
    await page.getByLabel("Chwilio'r canllawiau").fill("grŵp craidd");
    await page.getByRole("button", { name: "Chwilio" }).click();
    await page.getByRole("link", { name: "Grwpiau craidd" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Grwpiau craidd" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");

    expect((await page.request.get("/help/guide/no-such-guide")).status()).toBe(404);
  });
});
