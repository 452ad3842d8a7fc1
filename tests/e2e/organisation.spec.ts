import { expect, expectAccessible, newestMailText, signIn, test } from "./helpers";
import { e2eOrganisation } from "./people";

test("an admin adds a social worker, changes the settings and removes someone", async ({ page }) => {
  const { admin, leaving } = e2eOrganisation;
  const newEmail = `new-worker-${Date.now()}@e2e.example`;
  await signIn(page, admin.email);
  await page.getByRole("link", { name: "Your organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation" })).toBeVisible();
  await expect(page.getByText(`Run Safety Circle for ${e2eOrganisation.name}.`)).toBeVisible();
  await expectAccessible(page);

  // Staff: the list, then adding someone.
  await page.getByRole("link", { name: /^Staff/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  const table = page.getByRole("table", { name: "People who work in the service" });
  await expect(table.getByRole("row", { name: new RegExp(admin.name) })).toContainText("Admin");
  await expect(table.getByRole("row", { name: new RegExp(leaving.name) })).toContainText("Social worker");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Add someone" }).click();
  await page.getByLabel("Email address").fill("nope");
  await page.getByRole("button", { name: "Add and send email" }).click();
  await expect(page.getByRole("alert")).toContainText("Give their full name.");
  await expect(page.getByRole("alert")).toContainText("Choose a role.");
  await expect(page.getByLabel("Email address")).toHaveValue("nope");
  await expectAccessible(page);

  await page.getByLabel("Full name").fill("Nia Newcomer");
  await page.getByLabel("Email address").fill(newEmail);
  await page.getByRole("radio", { name: /Social worker/ }).check();
  await page.getByRole("button", { name: "Add and send email" }).click();
  await expect(page.getByRole("status")).toContainText("Added.");
  await expect(table.getByRole("row", { name: /Nia Newcomer/ })).toContainText("Social worker");
  const mail = await newestMailText(page, newEmail);
  expect(mail).toContain(`${e2eOrganisation.name} added you to Safety Circle.`);

  // Settings: a refused value keeps what was typed; a good save shows in the history.
  await page.goto("/organisation/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Social work phone").fill("01632 960 321");
  await page.getByLabel("Days to send papers before a meeting").fill("9");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert")).toContainText("Give a number of days from 2 to 5.");
  await expect(page.getByLabel("Social work phone")).toHaveValue("01632 960 321");
  await expectAccessible(page);
  await page.getByLabel("Days to send papers before a meeting").fill("4");
  const services = page.getByRole("group", { name: "National services families see" }).getByRole("checkbox");
  await services.first().uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByLabel("Days to send papers before a meeting")).toHaveValue("4");
  await expect(services.first()).not.toBeChecked();
  await expect(page.getByRole("region", { name: "Changes" })).toContainText(`Version 1: ${admin.name}`);

  // Removing someone takes a confirm step.
  await page.goto("/organisation/staff");
  await page.getByRole("link", { name: `Remove ${leaving.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Remove someone" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, remove them" }).click();
  await expect(page.getByRole("status")).toContainText("Removed.");
  await expect(table.getByRole("row", { name: new RegExp(leaving.name) })).toHaveCount(0);

  // The last admin cannot remove themselves.
  await page.getByRole("link", { name: `Remove ${admin.name}` }).click();
  await page.getByRole("button", { name: "Yes, remove them" }).click();
  await expect(page.getByRole("alert")).toContainText("You are the last admin. Add another admin first.");
  await expectAccessible(page);
});

test.describe("with JavaScript off", () => {
  // The organisation pages ship no React: their forms are plain HTML forms.
  test.use({ javaScriptEnabled: false });

  test("an admin adds someone, saves the settings and removes them after the confirm step", async ({
    page,
  }) => {
    const email = `no-js-${Date.now()}@e2e.example`;
    await signIn(page, e2eOrganisation.admin.email);
    await page.goto("/organisation/staff/new");
    await page.getByLabel("Full name").fill("Jo Nojs");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("radio", { name: /Team manager/ }).check();
    await page.getByRole("button", { name: "Add and send email" }).click();
    await expect(page.getByRole("status")).toContainText("Added.");

    await page.goto("/organisation/settings");
    await page.getByLabel("Out-of-hours phone").fill("01632 960 999");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved.");
    await expect(page.getByLabel("Out-of-hours phone")).toHaveValue("01632 960 999");

    await page.goto("/organisation/staff");
    await page.getByRole("link", { name: "Remove Jo Nojs" }).click();
    await page.getByRole("button", { name: "Yes, remove them" }).click();
    await expect(page.getByRole("status")).toContainText("Removed.");
    await expect(page.getByRole("row", { name: /Jo Nojs/ })).toHaveCount(0);
  });
});
