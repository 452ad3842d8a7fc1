import { e2eDirectoryEntry } from "./directory-seed";
import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2ePeople } from "./people";

const statusLine = /^(Open now — (closes (at|[A-Za-z]+ at) .+|open day and night)|Closed — opens .+ at .+)$/;

// axe needs JavaScript in the page, so these journeys check behaviour with it off and the
// journeys below run axe on the same pages with it on.
test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a kinship carer finds the advice line, whether it is open now, and the call link", async ({
    page,
  }) => {
    await signIn(page, e2ePeople.kinshipCarer.email);
    await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();

    // "Need help now?" is on every page, in the same place, signed in or not.
    const helpNow = page.getByRole("complementary", { name: "Need help now?" });
    await expect(helpNow.getByRole("link", { name: "0808 801 0366" })).toHaveAttribute(
      "href",
      "tel:08088010366",
    );
    await expect(helpNow.getByText(statusLine)).toBeVisible();
    await expect(helpNow.getByRole("link", { name: "call 999" })).toHaveAttribute("href", "tel:999");

    await helpNow.getByRole("link", { name: "Find more support" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Find support" })).toBeVisible();

    // The GET form filters without JavaScript.
    await page.getByLabel("What you need help with").selectOption({ label: "Kinship care" });
    await page.getByLabel("Who it is for").selectOption({ label: "Kinship carers" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/category=kinship-care/);
    const results = page.getByRole("list", { name: "Services" });
    const card = results
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Family Rights Group advice line" }) });
    await expect(card).toHaveCount(1);
    // Only services for kinship carers that help with kinship care: no domestic abuse line here.
    await expect(results.getByRole("heading", { name: "National Domestic Abuse Helpline" })).toHaveCount(0);
    await expect(card.getByText(statusLine)).toBeVisible();
    await expect(card.getByRole("link", { name: "Call 0808 801 0366" })).toHaveAttribute(
      "href",
      "tel:08088010366",
    );
    await expect(card.getByText(/^Details last checked: \d+ \w+ \d{4}$/)).toBeVisible();

    // The council's own entry is there for her family, and the full entry shows the week.
    await page.getByRole("link", { name: "Clear search" }).click();
    await expect(page.getByRole("link", { name: e2eDirectoryEntry.name })).toBeVisible();
    await page.getByRole("link", { name: "Family Rights Group advice line" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Family Rights Group advice line" }),
    ).toBeVisible();
    await expect(page.getByText("Closed on bank holidays.")).toBeVisible();
    await expect(page.getByRole("link", { name: /^Edit / })).toHaveCount(0);

    // A search with nothing found says so.
    await page.goto("/directory?q=zzzzzz");
    await expect(page.getByText("No services match your search.")).toBeVisible();
  });

  test("signed out, the help block and the national list are still there", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(
      page
        .getByRole("complementary", { name: "Need help now?" })
        .getByRole("link", { name: "0808 801 0366" }),
    ).toBeVisible();
    await page.goto("/directory");
    await expect(page.getByRole("link", { name: "Family Rights Group advice line" })).toBeVisible();
    await expect(page.getByRole("link", { name: e2eDirectoryEntry.name })).toHaveCount(0);
  });

  test("an adviser's bad phone number and javascript: link are refused, keeping what was typed", async ({
    page,
  }) => {
    await signIn(page, e2ePeople.adviser.email);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await page.goto("/directory");
    await page.getByRole("link", { name: e2eDirectoryEntry.name }).click();
    await page.getByRole("link", { name: `Edit ${e2eDirectoryEntry.name}` }).click();
    await page.getByLabel("Phone number").fill("12345");
    await page.getByLabel("Website").fill("javascript:alert(1)");
    await page.getByLabel("Closes on Monday").fill("08:00");
    await page.getByRole("button", { name: "Save" }).click();
    const summary = page.getByRole("alert");
    await expect(summary).toContainText("Give a UK phone number, like 0808 801 0366.");
    await expect(summary).toContainText("Give a web address that starts with https:// or http://");
    await expect(summary).toContainText("The closing time must be after the opening time.");
    await expect(page.getByLabel("Phone number")).toHaveValue("12345");
  });
});

test("an adviser edits an entry, and the change is in its history", async ({ page }) => {
  await signIn(page, e2ePeople.adviser.email);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto("/directory");
  await expectAccessible(page);
  await page.getByRole("link", { name: e2eDirectoryEntry.name }).click();
  await page.getByRole("link", { name: `Edit ${e2eDirectoryEntry.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit a service" })).toBeVisible();
  await expectAccessible(page);

  // A bad number first: the error summary and the field pass axe too.
  await page.getByLabel("Phone number").fill("12345");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert")).toContainText("Give a UK phone number, like 0808 801 0366.");
  await expectAccessible(page);
  await page.getByLabel("Phone number").fill("01632 960 404");

  await page.getByLabel("Name", { exact: true }).fill(e2eDirectoryEntry.newName);
  await page.getByLabel("Name in Welsh").fill("Cymorth Tai Gogledd");
  await page.getByLabel("Opens again on Wednesday").fill("18:00");
  await page.getByLabel("Closes again on Wednesday").fill("20:00");
  await page.getByRole("checkbox", { name: "Kinship care", exact: true }).check();
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("status")).toHaveText("Saved. Thank you.");
  await expect(page.getByRole("heading", { level: 1, name: e2eDirectoryEntry.newName })).toBeVisible();
  await expect(page.getByText("9am to 5pm, 6pm to 8pm")).toBeVisible();
  await expect(
    page.getByText(/^Version 2: changed by Ari Adviser on \d{1,2} \w+ 20\d\d at \d{1,2}(:\d\d)?(am|pm)\.?$/),
  ).toBeVisible();
  await expectAccessible(page);
  // The Welsh name is kept for Welsh pages.
  await page.getByRole("link", { name: `Edit ${e2eDirectoryEntry.newName}` }).click();
  await expect(page.getByLabel("Name in Welsh")).toHaveValue("Cymorth Tai Gogledd");

  // Advisers may export their organisation's list, but only admins load one.
  await page.goto("/directory/file");
  await expect(page.getByRole("link", { name: "Save the list of Test Council as a file" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Load" })).toHaveCount(0);
  await expectAccessible(page);
});

test("every page a kinship carer uses to find help passes axe", async ({ page }) => {
  await signIn(page, e2ePeople.kinshipCarer.email);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await expect(page.getByRole("complementary", { name: "Need help now?" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/directory?category=kinship-care&audience=kinship-carers");
  await expect(page.getByRole("link", { name: "Family Rights Group advice line" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Family Rights Group advice line" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Family Rights Group advice line" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.goto("/directory?q=zzzzzz");
  await page.getByRole("button", { name: "Cymraeg" }).click();
  await expect(page.getByRole("complementary", { name: "Angen help nawr?" })).toBeVisible();
  await expectAccessible(page);
  // The choice is saved on the person: put it back, so later journeys find them in English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("complementary", { name: "Need help now?" })).toBeVisible();
});
