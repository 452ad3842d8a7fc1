// The council service from an empty database, on each database's own server (the projects
// empty-sqlite and empty-postgresql): set-up as an operator runs it, then the admin, two social
// workers and a mother, each in their own browser, and a hand-over.
import { execFile } from "node:child_process";
import { dirname } from "node:path";
import { promisify } from "node:util";

import type { Browser, TestInfo } from "@playwright/test";

import { expect, expectAccessible, readLinkFromOutbox, signIn, test } from "../helpers";

const run = promisify(execFile);

const council = "Northbridge Council";
const admin = { name: "Sam Jones", email: "sam.jones@northbridge.example" };
const worker = { name: "Priya Shah", email: "priya.shah@northbridge.example" };
const nextWorker = { name: "Tom Evans", email: "tom.evans@northbridge.example" };
const mother = { name: "Amy Hawthorn", email: "amy.hawthorn@family.example" };
const family = "Hawthorn family";

/** A calendar day some days from today (YYYY-MM-DD), as a date box takes it. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** `npm run setup` as an operator types it, on the database of this project's server. */
async function runSetUp(testInfo: TestInfo) {
  const databaseUrl = testInfo.project.metadata.databaseUrl as string | undefined;
  expect(databaseUrl, "the project names its server's database in metadata.databaseUrl").toBeTruthy();
  const { stdout } = await run(
    "npm",
    [
      "run",
      "--silent",
      "setup",
      "--",
      "--organisation",
      council,
      "--kind",
      "council",
      "--admin",
      admin.email,
      "--admin-name",
      admin.name,
    ],
    { cwd: dirname(testInfo.config.configFile!), env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  return stdout.trim();
}

async function newPerson(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test("from an empty database: set-up, staff, a family space, the mother joins, then a hand-over", async ({
  page,
  browser,
}, testInfo) => {
  // Several people sign in by email code, with axe on every new page, on a shared machine.
  test.slow();

  // Before set-up, the landing and sign-in pages say how to run it, and give away nothing else.
  for (const path of ["/", "/sign-in"]) {
    await page.goto(path);
    await expect(
      page.getByRole("heading", { level: 1, name: "Safety Circle is not set up yet" }),
    ).toBeVisible();
    await expect(page.locator("code")).toContainText("npm run setup --");
    await expect(page.getByLabel("Email address")).toHaveCount(0);
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/e2e-secret|SESSION_SECRET|DATABASE_URL|postgres(ql)?:\/\/|\.db\b/);
    await expectAccessible(page);
  }

  // Set-up, as an operator runs it; a second run changes nothing and says so.
  expect(await runSetUp(testInfo)).toBe(
    `Set up ${council}. Its admin ${admin.email} can sign in now with an email code.`,
  );
  expect(await runSetUp(testInfo)).toBe(`Already set up for ${council}. Nothing changed.`);

  // The admin signs in by email code and adds two social workers.
  await signIn(page, admin.email, { axe: true });
  await page.getByRole("link", { name: "Your organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation" })).toBeVisible();
  await expect(page.getByText(`Run Safety Circle for ${council}.`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /^Staff/ }).click();
  const staff = page.getByRole("table", { name: "People who work in the service" });
  // The second set-up added no one.
  await expect(staff.getByRole("row")).toHaveCount(2);
  await expect(staff.getByRole("row", { name: new RegExp(admin.name) })).toContainText("Admin");
  await expectAccessible(page);
  for (const [index, person] of [worker, nextWorker].entries()) {
    await page.getByRole("link", { name: "Add someone" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Add someone" })).toBeVisible();
    if (index === 0) await expectAccessible(page);
    await page.getByLabel("Full name").fill(person.name);
    await page.getByLabel("Email address").fill(person.email);
    await page.getByRole("radio", { name: /Social worker/ }).check();
    await page.getByRole("button", { name: "Add and send email" }).click();
    await expect(page.getByRole("status")).toContainText("Added.");
    await expect(staff.getByRole("row", { name: new RegExp(person.name) })).toContainText("Social worker");
  }
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();

  // The social worker opens a family space for an expected baby and invites the mother.
  const sw = await newPerson(browser, worker.email);
  // A social worker starts the day on the caseload, empty for now.
  await expect(sw.getByRole("heading", { level: 1, name: "Your caseload" })).toBeVisible();
  await expect(sw.getByText("You are not the social worker for any family yet.")).toBeVisible();
  await expectAccessible(sw);
  await sw
    .getByRole("navigation", { name: "Staff pages" })
    .getByRole("link", { name: "Open a family space" })
    .click();
  await expect(sw.getByRole("heading", { level: 1, name: "Open a family space" })).toBeVisible();
  await expectAccessible(sw);
  await sw.getByLabel("Family name").fill(family);
  await sw.getByLabel("First name").fill("Poppy");
  await sw.getByRole("radio", { name: "No, the baby is expected" }).check();
  await sw.getByLabel("Due date").fill(dayFromToday(60));
  await sw.getByRole("radio", { name: "Neglect" }).check();
  await sw.getByLabel("Date of the conference").fill(dayFromToday(-5));
  await sw.getByRole("button", { name: "Open the family space" }).click();
  await expect(sw.getByRole("heading", { level: 1, name: "Invite someone" })).toBeVisible();
  await expect(sw.getByRole("status")).toContainText("The family space is open");
  await expect(sw.getByRole("radio", { name: /^Parent/ })).toBeChecked();
  await expectAccessible(sw);
  await sw.getByLabel("Their name").fill(mother.name);
  await sw.getByLabel("Their email address").fill(mother.email);
  await sw.getByRole("button", { name: "Send the invitation" }).click();
  await expect(sw.getByRole("heading", { level: 1, name: "Your safety circle" })).toBeVisible();
  await expect(sw.getByRole("button", { name: `Cancel the invitation for ${mother.name}` })).toBeVisible();
  await expectAccessible(sw);

  // The caseload lists the family, with the invitation not answered yet.
  await sw.getByRole("link", { name: "Your caseload" }).click();
  await expect(sw.getByRole("heading", { level: 1, name: "Your caseload" })).toBeVisible();
  const onCaseload = sw.getByRole("region", { name: family });
  await expect(onCaseload.getByRole("link", { name: "Invites not answered yet: 1" })).toBeVisible();
  await expectAccessible(sw);

  // The mother accepts with the link from her email, which signs her in.
  const mum = await (await browser.newContext()).newPage();
  await mum.goto(await readLinkFromOutbox(mum, mother.email, "invitations"));
  await expect(
    mum.getByRole("heading", { level: 1, name: "You are invited to Safety Circle" }),
  ).toBeVisible();
  await expectAccessible(mum);
  await mum.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(mum.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  await expect(mum.getByRole("listitem").filter({ hasText: "Poppy" })).toContainText("due");
  await expectAccessible(mum);

  // On the caseload the invitation is answered; the family's circle has the mother in it.
  await sw.reload();
  await expect(onCaseload).toBeVisible();
  await expect(onCaseload.getByRole("link", { name: /Invites not answered yet/ })).toHaveCount(0);
  await onCaseload.getByRole("link", { name: family }).click();
  await expect(sw.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  const familyHome = sw.url();
  await sw
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Network" })
    .click();
  await expect(sw.getByRole("button", { name: `Remove ${mother.name}` })).toBeVisible();
  await expect(sw.getByRole("button", { name: `Cancel the invitation for ${mother.name}` })).toHaveCount(0);
  await sw.goto(familyHome);

  // Hand-over: the admin gives the family to the second social worker.
  await signIn(page, admin.email);
  await page
    .getByRole("navigation", { name: "Staff pages" })
    .getByRole("link", { name: "Family spaces" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Family spaces" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: family });
  await expect(row).toContainText(worker.name);
  await expectAccessible(page);
  await row.getByRole("link", { name: family }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hand over: ${family}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: `${nextWorker.name} (Social worker)` }).check();
  await page.getByRole("button", { name: "Hand over", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("The family has a new social worker.");
  await expect(page.getByText(`The social worker is ${nextWorker.name}.`)).toBeVisible();

  // The old worker's very next request is refused, as if the family did not exist.
  const refused = await sw.reload();
  expect(refused?.status()).toBe(404);
  await expect(sw.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(sw.getByText(family)).toHaveCount(0);
  await expectAccessible(sw);

  // The mother is told, on her next visit, signing in by code this time.
  const mumAgain = await newPerson(browser, mother.email);
  await expect(mumAgain.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  await expect(mumAgain.getByText(`Your social worker is now ${nextWorker.name}.`)).toBeVisible();
  await expectAccessible(mumAgain);

  // The new worker has the family on their caseload.
  const next = await newPerson(browser, nextWorker.email);
  await next.goto("/caseload");
  await expect(next.getByRole("region", { name: family })).toBeVisible();
});
