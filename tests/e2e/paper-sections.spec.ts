import type { Page } from "@playwright/test";

import { expect, expectAccessible, personPage, test } from "./helpers";
import { e2ePeople, e2eSectionsFamily } from "./people";

const plain = "Twice the home was not safe for Tam. The stairs had no gate.";
const report = "Home conditions were observed to be unsafe on two occasions; no stair gate was fitted.";
const wrong = "The gate was fitted on the second visit.";
const shouldSay = "The stairs had no gate on the first visit only.";
const reason = "The gate was not fitted when the health visitor came on the second visit.";

async function openMeeting(page: Page) {
  await page
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Meetings" })
    .click();
  await page.getByRole("link", { name: "Core group meeting" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Core group meeting" })).toBeVisible();
}

/** The parent's "This is wrong" on the one section: open the disclosure, say what and why, send. */
async function markWrong(page: Page, what: string, should: string) {
  await page.getByText("This is wrong", { exact: true }).click();
  await page.getByLabel("What is wrong?").fill(what);
  await page.getByLabel("What should it say?").fill(should);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

test.describe.configure({ mode: "serial" });

test("the social worker writes a paper in parts; a parent on a phone reads it and says what is wrong; the worker answers", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // The social worker writes the report's first part.
  const worker = await personPage(browser, e2ePeople.sectionWorker.email);
  await openMeeting(worker);
  await worker.getByRole("link", { name: "Write or read this paper in parts" }).click();
  await expect(worker.getByRole("heading", { level: 1, name: e2eSectionsFamily.paper })).toBeVisible();
  await expect(worker.getByText("Nothing is written here yet.")).toBeVisible();
  await expectAccessible(worker);
  const paperUrl = worker.url();
  await worker.getByRole("link", { name: "Add a part to this paper" }).click();
  await expect(worker.getByRole("heading", { level: 1, name: "Add a part to a paper" })).toBeVisible();
  await expectAccessible(worker);

  // A missing part is asked for in plain words, and what was typed is kept.
  await worker.getByLabel("Heading").fill("Home conditions");
  await worker.getByLabel("The report's words").fill(report);
  await worker.getByRole("button", { name: "Add the part" }).click();
  await expect(worker.getByRole("alert")).toContainText("Write the same in plain words.");
  await expect(worker.getByLabel("The report's words")).toHaveValue(report);
  await expectAccessible(worker);
  await worker.getByLabel("In plain words").fill(plain);
  await worker.getByRole("button", { name: "Add the part" }).click();
  await expect(worker.getByRole("status").first()).toContainText("The part is added.");
  await expect(worker.getByRole("heading", { level: 2, name: "Home conditions" })).toBeVisible();

  // A parent on a phone reads the plain words first; the report's words are behind a disclosure.
  const parent = await personPage(browser, e2ePeople.sectionParent.email, { width: 375 });
  await parent.goto(paperUrl);
  await expect(parent.getByRole("heading", { level: 1, name: e2eSectionsFamily.paper })).toBeVisible();
  await expect(parent.getByText(plain)).toBeVisible();
  await expect(parent.getByText(report)).toBeHidden();
  await parent.getByText("What the report says").click();
  await expect(parent.getByText(report)).toBeVisible();
  await expect(parent.getByRole("link", { name: /Change this part/ })).toHaveCount(0);
  await expectAccessible(parent);

  // Marked wrong after the papers were due: kept, and flagged.
  await markWrong(parent, "", shouldSay);
  await expect(parent.getByRole("alert")).toContainText("Say what is wrong.");
  await expect(parent.getByLabel("What should it say?")).toHaveValue(shouldSay);
  await expectAccessible(parent);
  await parent.getByLabel("What is wrong?").fill(wrong);
  await parent.getByRole("button", { name: "Send", exact: true }).click();
  await expect(parent.getByRole("status").first()).toContainText("It was sent after the papers were due");
  await expect(parent.getByText("Sent after the papers were due.")).toBeVisible();
  await expect(parent.getByText("Waiting for the social worker's answer.")).toBeVisible();
  await expectAccessible(parent);

  // The social worker explains why it stays.
  await worker.goto(paperUrl);
  await expect(worker.getByText(`${e2ePeople.sectionParent.name} said this is wrong on`)).toBeVisible();
  await worker.getByRole("radio", { name: "Explain why it stays" }).check();
  await worker.getByRole("button", { name: "Send the answer" }).click();
  await expect(worker.getByRole("alert")).toContainText("Say why it stays.");
  await expectAccessible(worker);
  await worker.getByRole("radio", { name: "Explain why it stays" }).check();
  await worker.getByLabel("Your reason").fill(reason);
  await worker.getByRole("button", { name: "Send the answer" }).click();
  await expect(worker.getByRole("status").first()).toContainText("Your answer is sent.");

  // "The family says" on the meeting page: who, what it should say, and that it was late.
  await openMeeting(worker);
  const says = worker.getByRole("region", { name: "The family says" });
  await expect(says).toBeVisible();
  await expect(says.getByText(`${e2ePeople.sectionParent.name} said this is wrong on`)).toBeVisible();
  await expect(says.getByText(shouldSay)).toBeVisible();
  await expect(says.getByText("Sent after the papers were due.")).toBeVisible();
  await expect(says.getByText("You said it stays.")).toBeVisible();
  await expectAccessible(worker);

  // The parent sees the answer.
  await parent.goto(paperUrl);
  await expect(parent.getByText("It stays as it is.")).toBeVisible();
  await expect(parent.getByText(reason)).toBeVisible();

  // A second mark is answered "Changed": the worker writes the new version at once.
  await markWrong(parent, "Tam is not scared of the stairs.", "Tam can climb the stairs with help.");
  await expect(parent.getByRole("status").first()).toContainText("Thank you.");
  await worker.goto(paperUrl);
  await worker.getByRole("radio", { name: "Changed: I agree, and I will change this part" }).check();
  await worker.getByRole("button", { name: "Send the answer" }).click();
  await expect(worker.getByRole("heading", { level: 1, name: "Change a part of a paper" })).toBeVisible();
  await expect(worker.getByText("You said this will change. Change the words now.")).toBeVisible();
  await expect(worker.getByLabel("In plain words")).toHaveValue(plain);
  await expectAccessible(worker);
  const changed =
    "Once the home was not safe for Tam. The stairs had no gate. Tam climbs the stairs with help.";
  await worker.getByLabel("In plain words").fill(changed);
  await worker.getByRole("button", { name: "Save the change" }).click();
  await expect(worker.getByRole("status").first()).toContainText("The part is changed.");
  await expect(worker.getByText(changed)).toBeVisible();
  await expect(worker.getByText(/This is version 2\./)).toBeVisible();

  // The meeting page still lists the mark that stays, not the one that changed.
  await openMeeting(worker);
  await expect(says.getByText(shouldSay)).toBeVisible();
  await expect(says.getByText("Tam can climb the stairs with help.")).toHaveCount(0);

  // The parent reads the new version and the answer.
  await parent.goto(paperUrl);
  await expect(parent.getByText(changed)).toBeVisible();
  await expect(parent.getByText("Changed. The social worker agreed.")).toBeVisible();
  await expectAccessible(parent);

  // Writing is the social worker's alone.
  expect((await parent.request.get(`${paperUrl}/sections/new`)).status()).toBe(403);
});
