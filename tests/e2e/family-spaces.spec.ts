import { caseloadFamilyPage, expect, expectAccessible, signIn, test } from "./helpers";
import { e2eCedarFamily, e2eStaff } from "./people";

/** A calendar day some days from today (YYYY-MM-DD), as a date box takes it. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// The forms are plain HTML forms on pages that ship no script (axe needs JavaScript in the page,
// so the pages are scanned with it on, and each form page is checked to load no script at all).
test.describe("family spaces", () => {
  test("a social worker opens a space for an expected baby and invites the mother", async ({ page }) => {
    await signIn(page, e2eStaff.opener.email);
    // A social worker in no family yet starts at their (empty) caseload.
    await expect(page.getByRole("heading", { level: 1, name: "Your caseload" })).toBeVisible();
    await page
      .getByRole("navigation", { name: "Staff pages" })
      .getByRole("link", { name: "Open a family space" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Open a family space" })).toBeVisible();
    await expect(page.locator("script[src]")).toHaveCount(0);
    await expectAccessible(page);

    // Nothing filled in: every problem is listed.
    await page.getByRole("button", { name: "Open the family space" }).click();
    const problems = page.getByRole("alert");
    await expect(problems).toContainText("Enter the family name");
    await expect(problems).toContainText("Enter the child's first name");
    await expect(problems).toContainText("Say if the child is born yet");
    await expect(problems).toContainText("Choose the category of the plan");
    await expect(problems).toContainText("Enter the date of the conference");
    await expectAccessible(page);

    await page.getByLabel("Family name").fill("Hawthorn family");
    await page.getByLabel("First name").fill("Poppy");
    await page.getByRole("radio", { name: "No, the baby is expected" }).check();
    await page.getByLabel("Due date").fill(dayFromToday(60));
    // A second child, added and taken away again: the whole form is posted, so nothing is lost.
    await page.getByRole("button", { name: "Add another child" }).click();
    await expect(page.getByRole("heading", { name: "Child 2" })).toBeVisible();
    await expect(page.getByLabel("Family name")).toHaveValue("Hawthorn family");
    await page.getByRole("button", { name: "Remove child 2" }).click();
    await expect(page.getByRole("heading", { name: "Child 2" })).toHaveCount(0);
    await expect(page.getByLabel("First name")).toHaveValue("Poppy");
    await page.getByRole("radio", { name: "Neglect" }).check();
    // A conference date far in the past is refused, and what was typed stays.
    await page.getByLabel("Date of the conference").fill("2020-01-10");
    await page.getByRole("button", { name: "Open the family space" }).click();
    await expect(page.getByRole("alert")).toContainText("The conference must be in the last year");
    await expect(page.getByLabel("Due date")).toHaveValue(dayFromToday(60));
    await page.getByLabel("Date of the conference").fill(dayFromToday(-5));
    await page.getByRole("button", { name: "Open the family space" }).click();

    // Next: the first parent or carer, with the role already chosen.
    await expect(page.getByRole("heading", { level: 1, name: "Invite someone" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("The family space is open");
    await expect(page.getByRole("radio", { name: /^Parent/ })).toBeChecked();
    await expectAccessible(page);
    await page.getByLabel("Their name").fill("Hana Mum");
    await page.getByLabel("Their email address").fill(`hana-${Date.now()}@e2e.example`);
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your safety circle" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Cancel the invitation for Hana Mum/ })).toBeVisible();

    // The family home lists the baby with the due date.
    const familyId = new URL(page.url()).pathname.split("/")[2];
    await page.goto(`/families/${familyId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Poppy" })).toContainText("due");
  });

  test("a team manager hands a family over; the old social worker is refused at the next page load", async ({
    browser,
  }) => {
    const oldWorker = await caseloadFamilyPage(browser, e2eStaff.oldWorker.email, e2eCedarFamily.name, {
      javaScript: false,
    });
    await expect(oldWorker.getByText(e2eCedarFamily.child)).toBeVisible();

    const managerContext = await browser.newContext();
    const manager = await managerContext.newPage();
    await signIn(manager, e2eStaff.manager.email);
    await manager
      .getByRole("navigation", { name: "Staff pages" })
      .getByRole("link", { name: "Family spaces" })
      .click();
    await expect(manager.getByRole("heading", { level: 1, name: "Family spaces" })).toBeVisible();
    const row = manager.getByRole("row").filter({ hasText: e2eCedarFamily.name });
    await expect(row).toContainText(e2eStaff.oldWorker.name);
    await expectAccessible(manager);
    await row.getByRole("link", { name: e2eCedarFamily.name }).click();
    await expect(
      manager.getByRole("heading", { level: 1, name: `Hand over: ${e2eCedarFamily.name}` }),
    ).toBeVisible();
    await expectAccessible(manager);

    // No one chosen: refused, with the reason.
    await manager.getByRole("button", { name: "Hand over", exact: true }).click();
    await expect(manager.getByRole("alert")).toContainText("Choose the new social worker");
    await manager.getByRole("radio", { name: `${e2eStaff.newWorker.name} (Social worker)` }).check();
    await manager.getByRole("button", { name: "Hand over", exact: true }).click();
    await expect(manager.getByRole("status")).toContainText("The family has a new social worker.");
    await expect(manager.getByText(`The social worker is ${e2eStaff.newWorker.name}.`)).toBeVisible();
    await expectAccessible(manager);

    // The old worker's very next request is refused; the new one sees the family, told of the change.
    await oldWorker.reload();
    await expect(oldWorker.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(oldWorker.getByText(e2eCedarFamily.child)).toHaveCount(0);
    const newWorker = await caseloadFamilyPage(browser, e2eStaff.newWorker.email, e2eCedarFamily.name);
    await expect(newWorker.getByText(`Your social worker is now ${e2eStaff.newWorker.name}.`)).toBeVisible();
    await expectAccessible(newWorker);
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a team manager adds a second worker for a time, then ends it early", async ({ page, browser }) => {
    await signIn(page, e2eStaff.manager.email);
    await page.goto("/organisation/families");
    await page.getByRole("link", { name: e2eCedarFamily.name }).click();
    await page.getByRole("button", { name: "Add them" }).click();
    await expect(page.getByRole("alert")).toContainText("Choose who to add");
    await page.getByLabel("Who to add").selectOption({ label: `${e2eStaff.opener.name} (Social worker)` });
    await page.getByLabel("End date").fill(dayFromToday(7));
    await page.getByRole("button", { name: "Add them" }).click();
    await expect(page.getByRole("status")).toContainText("The second worker is added.");
    await expect(page.getByText(`${e2eStaff.opener.name} can see the family until`)).toBeVisible();

    const secondContext = await browser.newContext({ javaScriptEnabled: false });
    const second = await secondContext.newPage();
    await signIn(second, e2eStaff.opener.email);
    await second.getByRole("link", { name: e2eCedarFamily.name }).click();
    await expect(second.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();

    await page.getByRole("button", { name: `End now for ${e2eStaff.opener.name}` }).click();
    await expect(page.getByRole("status")).toContainText("The second worker can no longer see the family.");
    await second.reload();
    await expect(second.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});
