import { type Page } from "@playwright/test";

import { expect, expectAccessible, personPage, test } from "./helpers";
import { e2ePeople } from "./people";

// The kinship carers' space, advisers sharing, and the family choosing what each
// adviser sees. The journeys run with JavaScript (axe needs it in the page); the last test
// uses every form again with JavaScript off.

const nav = (page: Page) => page.getByRole("navigation", { name: "This family's space" });

test.describe.configure({ mode: "serial" });

test("a kinship carer records a contact plan and a diary entry that another member cannot open", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const carer = await personPage(browser, e2ePeople.kinshipCarer.email);
  await nav(carer).getByRole("link", { name: "Contact visits" }).click();
  await expect(carer.getByRole("heading", { level: 1, name: "Contact visits" })).toBeVisible();
  await expect(
    carer.getByRole("heading", { name: "If an adult is late, or seems drunk or high" }),
  ).toBeVisible();
  await expectAccessible(carer);

  await carer.getByRole("link", { name: "Add a contact plan" }).click();
  await expectAccessible(carer);
  // Missing answers are listed, and what was typed stays.
  await carer.getByLabel("Who comes").fill("Erin (Mum)");
  await carer.getByRole("button", { name: "Save the contact plan" }).click();
  await expect(carer.getByRole("alert")).toContainText("Say when");
  await expect(carer.getByRole("alert")).toContainText("Say if someone else needs to be there");
  await expect(carer.getByLabel("Who comes")).toHaveValue("Erin (Mum)");
  await expectAccessible(carer);
  await carer.getByLabel("When").fill("Tuesdays, 2pm to 4pm");
  await carer.getByLabel("Where").fill("The family centre");
  await carer.getByRole("radio", { name: "Yes, someone else is there the whole time" }).check();
  await carer
    .getByLabel("Your own steps if something goes wrong (optional)")
    .fill("If she is late I wait 20 minutes, then ring Pia.");
  await carer.getByRole("button", { name: "Save the contact plan" }).click();
  await expect(carer.getByRole("status")).toHaveText("Saved.");

  // A change keeps the old version.
  await carer.getByRole("link", { name: "Erin (Mum)" }).first().click();
  await expectAccessible(carer);
  await carer.getByLabel("When").fill("Wednesdays, 2pm to 4pm");
  await carer.getByRole("button", { name: "Save the change" }).click();
  await expect(carer.getByRole("status")).toContainText("The old version is kept");
  await expect(carer.getByRole("heading", { name: /^Version 1,/ })).toBeVisible();
  await expect(carer.getByText("Tuesdays, 2pm to 4pm", { exact: true })).toBeVisible();
  await expectAccessible(carer);

  // A private diary entry, shared only with the network member.
  await nav(carer).getByRole("link", { name: "Diary" }).click();
  await expectAccessible(carer);
  await carer.getByRole("link", { name: "Write a new entry" }).click();
  await expectAccessible(carer);
  await carer.getByLabel("What happened").fill("Rowan rolled over for the first time.");
  await carer.getByRole("checkbox", { name: /Nell Network/ }).check();
  await carer.getByRole("button", { name: "Save the entry" }).click();
  await expect(carer.getByRole("status")).toContainText("Only you and the people you chose");
  await expect(carer.getByText("Rowan rolled over for the first time.").first()).toBeVisible();
  await expectAccessible(carer);
  const entryUrl = carer.url().split("?")[0];

  // The parent was not chosen: the entry is not in her diary, and its address is "not found".
  const parent = await personPage(browser, e2ePeople.parent.email);
  await nav(parent).getByRole("link", { name: "Diary" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "Diary" })).toBeVisible();
  await expect(parent.getByText("Rowan rolled over")).toHaveCount(0);
  await expectAccessible(parent);
  const refused = await parent.goto(entryUrl);
  expect(refused?.status()).toBe(404);
  await expect(parent.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(parent.getByText("Rowan rolled over")).toHaveCount(0);
  // Nor can she see contact plans.
  await expect(nav(parent).getByRole("link", { name: "Contact visits" })).toHaveCount(0);

  // The chosen reader can read it.
  const network = await personPage(browser, e2ePeople.networkMember.email);
  await network.goto(entryUrl);
  await expect(network.getByText("Rowan rolled over for the first time.")).toBeVisible();
  await expect(network.getByRole("button", { name: "Save the change" })).toHaveCount(0);
  await expectAccessible(network);

  await Promise.all([carer.context().close(), parent.context().close(), network.context().close()]);
});

test("an adviser shares a link and a guide with a note, and the parent sees them on the Help page", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const adviser = await personPage(browser, e2ePeople.adviser.email);
  await nav(adviser).getByRole("link", { name: "Share" }).click();
  await expect(adviser.getByRole("heading", { level: 1, name: "Share with the family" })).toBeVisible();
  await expectAccessible(adviser);

  // A javascript: address is refused, and the note stays.
  await adviser.getByRole("radio", { name: "A web page" }).check();
  await adviser.getByLabel("Web address").fill("javascript:alert(document.cookie)");
  await adviser.getByLabel("Your note to the family").fill("This explains your rights.");
  await adviser.getByRole("button", { name: "Share", exact: true }).click();
  await expect(adviser.getByRole("alert")).toContainText(
    "Enter a web address that starts with https:// or http://",
  );
  await expect(adviser.getByLabel("Your note to the family")).toHaveValue("This explains your rights.");
  await expectAccessible(adviser);

  await adviser.getByLabel("Web address").fill("https://frg.org.uk/");
  await adviser.getByLabel("Name of the web page (optional)").fill("Family Rights Group");
  await adviser.getByRole("button", { name: "Share", exact: true }).click();
  await expect(adviser.getByRole("status")).toContainText("Shared.");

  await adviser.getByRole("radio", { name: "One of our guides" }).check();
  await adviser
    .getByRole("combobox", { name: "Guide" })
    .selectOption({ label: "Kinship care options side by side" });
  await adviser.getByLabel("Your note to the family").fill("Read this before the meeting.");
  await adviser.getByRole("button", { name: "Share", exact: true }).click();
  await expect(adviser.getByRole("status")).toContainText("Shared.");
  await expectAccessible(adviser);

  const parent = await personPage(browser, e2ePeople.parent.email);
  await nav(parent).getByRole("link", { name: "Help" }).click();
  const shared = parent.getByRole("region", { name: "Shared with you" });
  await expect(shared.getByRole("link", { name: /Family Rights Group/ })).toHaveAttribute(
    "href",
    "https://frg.org.uk/",
  );
  await expect(shared.getByText("This explains your rights.")).toBeVisible();
  await expect(shared.getByRole("link", { name: "Kinship care options side by side" })).toHaveAttribute(
    "href",
    "/help/guide/kinship-care-options",
  );
  await expect(shared.getByText("Read this before the meeting.")).toBeVisible();
  await expect(shared.getByText(/Shared by Ari Adviser/).first()).toBeVisible();
  await expectAccessible(parent);

  await Promise.all([adviser.context().close(), parent.context().close()]);
});

test("the parent hides her rules from the adviser, and the adviser's next request for them is not found", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const parent = await personPage(browser, e2ePeople.parent.email);
  const adviser = await personPage(browser, e2ePeople.adviser.email);
  const homeUrl = adviser.url().split("?")[0];
  const rulesUrl = `${homeUrl}/rules`;
  expect((await adviser.goto(rulesUrl))?.status()).toBe(404);

  await nav(parent).getByRole("link", { name: "Advisers" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "What advisers can see" })).toBeVisible();
  await expectAccessible(parent);
  const adviserSection = parent.getByRole("region", { name: "Ari Adviser" });
  await adviserSection.getByRole("checkbox", { name: "Your safety rules" }).check();
  await adviserSection.getByRole("button", { name: "Save what Ari Adviser can see" }).click();
  await expect(parent.getByRole("status")).toContainText("Saved.");
  await expectAccessible(parent);

  expect((await adviser.goto(rulesUrl))?.status()).toBe(200);
  await expect(adviser.getByRole("heading", { level: 1, name: "Safety rules" })).toBeVisible();
  await expect(nav(adviser).getByRole("link", { name: "Rules" })).toBeVisible();

  await parent
    .getByRole("region", { name: "Ari Adviser" })
    .getByRole("checkbox", { name: "Your safety rules" })
    .uncheck();
  await parent
    .getByRole("region", { name: "Ari Adviser" })
    .getByRole("button", { name: "Save what Ari Adviser can see" })
    .click();
  await expect(parent.getByRole("status")).toContainText("Saved.");
  await expect(parent.getByRole("region", { name: "Ari Adviser" }).getByRole("listitem")).toHaveCount(2);

  const hidden = await adviser.goto(rulesUrl);
  expect(hidden?.status()).toBe(404);
  await expect(adviser.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectAccessible(adviser);
  await adviser.goto(homeUrl);
  await expect(nav(adviser).getByRole("link", { name: "Help" })).toBeVisible();
  await expect(nav(adviser).getByRole("link", { name: "Rules" })).toHaveCount(0);

  await Promise.all([parent.context().close(), adviser.context().close()]);
});

test("every form here works with JavaScript off", async ({ browser }) => {
  test.setTimeout(300_000);
  const carer = await personPage(browser, e2ePeople.kinshipCarer.email, { javaScript: false });
  await nav(carer).getByRole("link", { name: "Contact visits" }).click();
  await carer.getByRole("link", { name: "Add a contact plan" }).click();
  await carer.getByRole("button", { name: "Save the contact plan" }).click();
  await expect(carer.getByRole("alert")).toContainText("Say who comes");
  await carer.getByLabel("Who comes").fill("Olly (Dad)");
  await carer.getByLabel("When").fill("Saturdays, 10am");
  await carer.getByLabel("Where").fill("The park café");
  await carer.getByRole("radio", { name: "No", exact: true }).check();
  await carer.getByRole("button", { name: "Save the contact plan" }).click();
  await expect(carer.getByRole("link", { name: "Olly (Dad)" })).toBeVisible();

  await nav(carer).getByRole("link", { name: "Diary" }).click();
  await carer.getByRole("link", { name: "Write a new entry" }).click();
  await carer.getByLabel("What happened").fill("A quiet day at the park.");
  await carer.getByRole("button", { name: "Save the entry" }).click();
  await expect(carer.getByText("A quiet day at the park.").first()).toBeVisible();
  await carer.getByLabel("What happened").fill("A quiet, sunny day at the park.");
  await carer.getByRole("button", { name: "Save the change" }).click();
  await expect(carer.getByRole("heading", { name: /^Version 1,/ })).toBeVisible();

  const adviser = await personPage(browser, e2ePeople.adviser.email, { javaScript: false });
  await nav(adviser).getByRole("link", { name: "Share" }).click();
  await adviser.getByRole("radio", { name: "A service that can help" }).check();
  await adviser
    .getByRole("combobox", { name: "Service" })
    .selectOption({ label: "Family Rights Group advice line" });
  await adviser.getByLabel("Your note to the family").fill("Call them on a weekday.");
  await adviser.getByRole("button", { name: "Share", exact: true }).click();
  await expect(adviser.getByRole("status")).toContainText("Shared.");
  await adviser
    .getByRole("listitem")
    .filter({ hasText: "Call them on a weekday." })
    .getByRole("button", { name: /^Take back/ })
    .click();
  await expect(adviser.getByRole("status")).toContainText("Taken back.");

  const parent = await personPage(browser, e2ePeople.parent.email, { javaScript: false });
  await nav(parent).getByRole("link", { name: "Advisers" }).click();
  const section = parent.getByRole("region", { name: "Ari Adviser" });
  await section.getByRole("checkbox", { name: "Meetings" }).check();
  await section.getByRole("button", { name: "Save what Ari Adviser can see" }).click();
  await expect(parent.getByRole("status")).toContainText("Saved.");
  await adviser.goto(`${adviser.url().split("/share")[0]}/meetings`);
  await expect(adviser.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  // Put it back as it was, for the other browser tests.
  await parent
    .getByRole("region", { name: "Ari Adviser" })
    .getByRole("checkbox", { name: "Meetings" })
    .uncheck();
  await parent
    .getByRole("region", { name: "Ari Adviser" })
    .getByRole("button", { name: "Save what Ari Adviser can see" })
    .click();
  await expect(parent.getByRole("status")).toContainText("Saved.");

  await Promise.all([carer.context().close(), adviser.context().close(), parent.context().close()]);
});
