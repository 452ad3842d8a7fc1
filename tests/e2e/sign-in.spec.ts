import { expect, expectAccessible, newestMailText, readLinkFromOutbox, signIn, test } from "./helpers";
import { e2eFamily, e2ePeople } from "./people";

const roles = ["parent", "networkMember", "kinshipCarer", "adviser", "practitioner"] as const;

for (const key of roles) {
  const person = e2ePeople[key];
  test(`${person.role}: signs in with the emailed code, uses Welsh and back, signs out`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });

    await signIn(page, person.email, { axe: key === "parent" });
    await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
    await expect(page.getByText(e2eFamily.name).first()).toBeVisible();
    await expect(page.getByText(`Hello, ${person.name}.`)).toBeVisible();
    await expectAccessible(page);

    // The family's sections this role may see, and no others.
    const nav = page.getByRole("navigation", { name: "This family's space" });
    // An adviser sees the plan and the network only once the family chooses to show them.
    await expect(nav.getByRole("link", { name: "Help" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Network" })).toHaveCount(key === "adviser" ? 0 : 1);
    await expect(nav.getByRole("link", { name: "Plan" })).toHaveCount(key === "adviser" ? 0 : 1);

    await page.getByRole("button", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1, name: "Hafan y teulu" })).toBeVisible();
    await expectAccessible(page);
    // Remembered for the person: a new page load stays in Welsh.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/families");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Ffamilies/);
    expect(errors).toEqual([]);
  });
}

test("the emailed link opens a Continue page; only pressing it signs in, and only once", async ({ page }) => {
  const previous = await newestMailText(page, e2ePeople.parent.email);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(e2ePeople.parent.email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = await readLinkFromOutbox(page, e2ePeople.parent.email, "sign-in/link", previous);

  await page.goto(link);
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
  await expectAccessible(page);
  await page.reload(); // opening it again (as a mail scanner would) does not use it up
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link has been used" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Get a new link" })).toBeVisible();
  await expectAccessible(page);
});

test("a wrong code and a bad email get clear errors and keep what was typed", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("not an email");
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter an email address like name@example.com");
  await expect(page.getByLabel("Email address")).toHaveValue("not an email");
  await expectAccessible(page);

  await page.getByLabel("Email address").fill(e2ePeople.kinshipCarer.email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await page.getByLabel("Code from the email").fill("12");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("The code must be 6 numbers");
  await expect(page.getByLabel("Email address")).toHaveValue(e2ePeople.kinshipCarer.email);
  await expect(page.getByLabel("Code from the email")).toHaveValue("12");
  await expectAccessible(page);
});

test("someone in two families can switch between them", async ({ page }) => {
  await signIn(page, e2ePeople.inBoth.email);
  await expect(page.getByRole("heading", { level: 1, name: "Your families" })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole("main")
    .getByRole("link", { name: /Maple family/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();

  const switcher = page.getByRole("navigation", { name: "Your families" });
  await switcher.getByText(/Change family/).click();
  await switcher.getByRole("link", { name: "Birch family" }).click();
  await expect(page.getByText("Sky", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("Birch family").first()).toBeVisible();
  await expectAccessible(page);
});

test("the session ends with the browser unless the person keeps it on a device of their own", async ({
  page,
  context,
}) => {
  await signIn(page, e2ePeople.practitioner.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  const session = (await context.cookies()).find((cookie) => cookie.name === "sc_session");
  expect(session?.expires).toBe(-1);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();

  await signIn(page, e2ePeople.practitioner.email, { remember: true });
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  const kept = (await context.cookies()).find((cookie) => cookie.name === "sc_session");
  expect(kept?.expires).toBeGreaterThan(Date.now() / 1000 + 11 * 3600);
});
