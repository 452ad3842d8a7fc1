import { type Page } from "@playwright/test";

import { expect, expectAccessible, personPage, test } from "./helpers";
import { e2ePeople } from "./people";

async function openPlan(page: Page) {
  await page
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Plan" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "The plan" })).toBeVisible();
}

/** The item card that holds this text, on the reading page. */
function item(page: Page, text: string | RegExp) {
  return page.getByRole("listitem").filter({ hasText: text }).first();
}

const worry = "When Kim uses drugs, Wren could be left without food or care.";

test.describe.configure({ mode: "serial" });

test("a plan is written, read, answered and corrected by three people", async ({ browser }) => {
  // Three browsers and a dozen accessibility scans: on a busy 2-core machine this takes minutes.
  test.setTimeout(420_000);

  // The practitioner drafts and publishes version 1.
  const worker = await personPage(browser, e2ePeople.planWorker.email);
  await openPlan(worker);
  await expect(worker.getByText("There is no plan here yet.")).toBeVisible();
  await worker.getByRole("link", { name: "Write the plan" }).click();
  await expectAccessible(worker);

  // Publishing with no worry is refused with a plain reason.
  await worker.getByRole("button", { name: "Publish as version 1" }).click();
  await expect(worker.getByRole("alert")).toContainText("Add at least one worry");

  await worker.getByLabel("Category").selectOption("NEGLECT");
  await worker.getByRole("button", { name: "Add a worry" }).click();
  await worker
    .getByLabel("In the words of the report")
    .fill("Risk of neglect arising from parental substance misuse.");
  await worker.getByLabel("In plain words").fill(`${worry} The core group will check how things go.`);
  await expect(worker.getByText("Words the family may not know:")).toBeVisible(); // live helper
  await worker.getByRole("button", { name: "Add a goal" }).click();
  await worker.getByLabel("Which worry is goal 1 for?").selectOption({ label: "Worry 1" });
  await worker
    .getByLabel("Goal 1", { exact: true })
    .fill("Wren has a sober adult with her every day and night.");
  await worker.getByRole("button", { name: "Add something that is going well" }).click();
  await worker
    .getByLabel("Thing 1 that is going well")
    .fill("Nan Carol looks after Wren well. <b>Every</b> day.");
  await worker.getByRole("button", { name: "Add a step" }).click();
  await worker.getByLabel("Step 1: what needs to happen").fill("Go to the drug service each week.");
  await worker.getByLabel("Who will do it").selectOption({ label: `${e2ePeople.planParent.name} (Parent)` });
  await worker
    .getByLabel("What happens if the plan is not kept")
    .fill("We will meet again to make the plan stronger.");
  await worker
    .getByLabel("The scale question")
    .fill("0 means Wren cannot stay at home. 10 means we can close the case.");
  // The helper is also worked out on the server when the draft is saved.
  await worker.getByRole("button", { name: "Save the draft" }).click();
  await expect(worker.getByText("Draft saved by")).toBeVisible();
  await expect(worker.getByText(/"core group"\. Try:/)).toBeVisible();
  await expectAccessible(worker);
  await worker.getByRole("button", { name: "Publish as version 1" }).click();
  await expect(worker.getByText(/^Version 1\./)).toBeVisible();
  await expectAccessible(worker);

  // The parent reads it on a small phone.
  const parent = await personPage(browser, e2ePeople.planParent.email, { width: 360 });
  await openPlan(parent);
  await expect(parent.getByText(worry)).toBeVisible();
  await expect(parent.getByText("This plan is not a court order")).toBeVisible();
  await expect(parent.getByText("Nan Carol looks after Wren well. <b>Every</b> day.")).toBeVisible(); // text, never HTML
  await expect(parent.getByRole("heading", { name: "For you" })).toBeVisible();
  expect(await parent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(parent);

  await parent
    .getByRole("link", { name: /core group/ })
    .first()
    .click();
  await expect(parent.getByRole("heading", { level: 1, name: "Words explained" })).toBeVisible();
  await expect(parent.locator("#core-group")).toBeVisible();
  await expectAccessible(parent);
  await parent.goBack();

  await item(parent, worry).getByRole("link", { name: "Say what you think" }).click();
  await expectAccessible(parent);
  await parent.getByRole("button", { name: "Save what I think" }).click();
  await expect(parent.getByRole("alert")).toContainText("Choose if you agree");
  await parent.getByLabel("I do not agree").check();
  await parent.getByLabel("In your own words").fill("I have not used since May. My tests are clear.");
  await parent.getByLabel("Let the rest of the family see what I think").check();
  await parent.getByRole("button", { name: "Save what I think" }).click();
  await expect(parent.getByText("I have not used since May. My tests are clear.")).toBeVisible();

  await parent.goto(parent.url().replace(/\/plan\/items\/.*/, "/plan/scale"));
  await expectAccessible(parent);
  await parent.getByText("4", { exact: true }).click();
  await parent.getByLabel(/Why did you choose this number/).fill("Things are better, but I still need help.");
  await parent.getByRole("button", { name: "Save my number" }).click();
  await expect(parent.getByRole("table").getByRole("cell", { name: "4", exact: true })).toBeVisible();

  // The aunt records 6.
  const aunt = await personPage(browser, e2ePeople.planAunt.email);
  await openPlan(aunt);
  await expectAccessible(aunt);
  await aunt.getByRole("link", { name: "Say how safe things feel" }).first().click();
  await aunt.getByText("6", { exact: true }).click();
  await aunt.getByRole("button", { name: "Save my number" }).click();
  await expect(aunt.getByRole("table").getByRole("cell", { name: "6", exact: true })).toBeVisible();
  await expect(aunt.getByRole("table").getByRole("cell", { name: "4", exact: true })).toBeVisible();
  await expectAccessible(aunt);

  // The practitioner sees the parent's view and publishes version 2.
  await worker.goto(worker.url().replace(/\/plan.*/, "/plan"));
  await item(worker, worry).getByRole("link", { name: "Say what you think" }).click();
  await expect(worker.getByText("I have not used since May. My tests are clear.")).toBeVisible();
  await expectAccessible(worker);
  await worker.goto(worker.url().replace(/\/plan\/items\/.*/, "/plan/draft"));
  await worker.getByLabel("Thing 1 that is going well").fill("Nan Carol looks after Wren well every day.");
  await worker.getByRole("button", { name: "Add something that is going well" }).click();
  await worker.getByLabel("Thing 2 that is going well").fill("Kim has clear drug tests since May.");
  await worker.getByRole("button", { name: "Publish as version 2" }).click();
  await expect(worker.getByText(/^Version 2\./)).toBeVisible();

  // The parent sees what changed, and says a part is not right.
  await parent.goto(parent.url().replace(/\/plan.*/, "/plan"));
  await parent.getByRole("link", { name: "What changed since version 1" }).click();
  await expect(parent.getByText("New: Going well")).toBeVisible();
  await expect(parent.getByText("Changed: Going well")).toBeVisible();
  await expectAccessible(parent);
  await parent.goBack();
  await item(parent, "Go to the drug service each week.")
    .getByRole("link", { name: "Say what you think" })
    .click();
  await parent.getByLabel("What is wrong?").fill("I already go twice a week.");
  await parent.getByLabel("What should it say?").fill("Kim goes to the drug service twice a week.");
  await parent.getByRole("button", { name: "Send" }).click();
  await expect(parent.getByText("Waiting for the social worker to answer.")).toBeVisible();

  // The practitioner does not agree, and says why.
  await worker.goto(parent.url());
  await worker.getByLabel("I do not agree. The family's words will be shown beside it.").check();
  await worker.getByRole("button", { name: "Send answer" }).click();
  await expect(worker.getByText("You must say why if you do not agree.")).toBeVisible();
  await expect(worker.getByText("Say why you do not agree").first()).toBeVisible();
  await worker.getByLabel("I do not agree. The family's words will be shown beside it.").check();
  await worker.getByLabel("Why").fill("The plan asks for weekly visits. Extra visits are welcome.");
  await worker.getByRole("button", { name: "Send answer" }).click();
  await expect(worker.getByText("The social worker did not agree.")).toBeVisible();
  await expectAccessible(worker);

  // The parent's own words now sit beside that part of the plan.
  await parent.goto(parent.url().replace(/\/plan.*/, "/plan"));
  const step = item(parent, "Go to the drug service each week.");
  await expect(step.getByText(`${e2ePeople.planParent.name} says this is not right.`)).toBeVisible();
  await expect(step.getByText("Kim goes to the drug service twice a week.")).toBeVisible();
  await expectAccessible(parent);

  // The home page says what is new since the last visit.
  await parent.goto(parent.url().replace(/\/plan.*/, ""));
  await expect(parent.getByText("The plan has a new version: version 2.")).toBeVisible();

  // The family can see who has looked at the plan.
  await parent.getByRole("link", { name: "See who has looked at the plan" }).click();
  await expect(
    parent
      .getByRole("row")
      .filter({ hasText: `${e2ePeople.planWorker.name} (Social worker)` })
      .filter({ hasText: "Read the plan" })
      .first(),
  ).toBeVisible();
  await expectAccessible(parent);

  await Promise.all([worker.context().close(), parent.context().close(), aunt.context().close()]);
});

test("with JavaScript off, the plan can be read, answered, scaled and corrected", async ({ browser }) => {
  const aunt = await personPage(browser, e2ePeople.planAunt.email, { javaScript: false });
  await openPlan(aunt);
  await expect(aunt.getByText(worry)).toBeVisible();
  await item(aunt, worry).getByRole("link", { name: "Say what you think" }).click();
  await aunt.getByLabel("I am not sure").check();
  await aunt.getByLabel("In your own words").fill("I think Kim is doing well.");
  await aunt.getByRole("button", { name: "Save what I think" }).click();
  await expect(aunt.getByText("I think Kim is doing well.")).toBeVisible();

  // A refused form comes back with what was typed, also with JavaScript off.
  await aunt.getByLabel("What is wrong?").fill("Kim moved house.");
  await aunt.getByRole("button", { name: "Send" }).click();
  await expect(aunt.getByRole("alert")).toContainText("Say what it should say");
  await expect(aunt.getByLabel("What is wrong?")).toHaveValue("Kim moved house.");
  await aunt.getByLabel("What should it say?").fill("Kim lives at Nan's house now.");
  await aunt.getByRole("button", { name: "Send" }).click();
  await expect(aunt.getByText("Kim lives at Nan's house now.")).toBeVisible();

  await aunt.goto(aunt.url().replace(/\/plan\/items\/.*/, "/plan/scale"));
  await aunt.getByLabel(/Why did you choose this number/).fill("Better than last week.");
  await aunt.getByRole("button", { name: "Save my number" }).click();
  await expect(aunt.getByRole("alert")).toContainText("Choose a number from 0 to 10");
  await expect(aunt.getByLabel(/Why did you choose this number/)).toHaveValue("Better than last week.");
  await aunt.getByText("7", { exact: true }).click();
  await aunt.getByRole("button", { name: "Save my number" }).click();
  await expect(aunt.getByRole("table").getByRole("cell", { name: "7", exact: true })).toBeVisible();
  await aunt.context().close();
});

// Add and Remove post the whole form: with errors elsewhere, and with no JavaScript, the list
// changes and what was typed stays. Nothing is saved until "Save the draft".
test("with JavaScript off, the draft keeps what was typed through errors, Add and Remove", async ({
  browser,
}) => {
  const worker = await personPage(browser, e2ePeople.planWorker.email, { javaScript: false });
  await openPlan(worker);
  await worker.goto(worker.url().replace(/\/plan.*/, "/plan/draft"));
  await worker.getByLabel("Thing 1 that is going well").fill("Nan Carol is there every day.");
  await worker.getByLabel("In plain words").fill("");
  await worker.getByRole("button", { name: "Save the draft" }).click();
  const summary = worker.getByRole("alert");
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toContainText("Enter the worry in plain words");
  await expect(worker.getByRole("textbox", { name: "In plain words" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(worker.getByLabel("Thing 1 that is going well")).toHaveValue("Nan Carol is there every day.");

  await worker.getByRole("button", { name: "Add something that is going well" }).click();
  // The page comes back at the list, not at its top.
  await expect(worker).toHaveURL(/#workingWell-add$/);
  await expect(worker.getByLabel("Thing 3 that is going well")).toHaveValue("");
  await expect(worker.getByLabel("Thing 1 that is going well")).toHaveValue("Nan Carol is there every day.");
  await expect(worker.getByLabel("In plain words")).toHaveValue("");
  await worker.getByLabel("Thing 3 that is going well").fill("Kim sees the nurse each week.");

  await worker.getByRole("button", { name: "Remove thing 2 that is going well" }).click();
  await expect(worker.getByLabel("Thing 2 that is going well")).toHaveValue("Kim sees the nurse each week.");
  await expect(worker.getByLabel("Thing 3 that is going well")).toHaveCount(0);
  await expect(worker.getByLabel("Thing 1 that is going well")).toHaveValue("Nan Carol is there every day.");

  await worker.getByLabel("In plain words").fill(worry);
  await worker.getByRole("button", { name: "Save the draft" }).click();
  await expect(worker.getByText("Draft saved by")).toBeVisible();
  await expect(worker.getByLabel("Thing 2 that is going well")).toHaveValue("Kim sees the nurse each week.");
  await expect(worker.getByLabel("In plain words")).toHaveValue(worry);
  await worker.context().close();
});

test("a 1,500-letter word wraps on a 360 px phone, and the Send button stays on screen", async ({
  browser,
}) => {
  const longWord = `https://example.org/${"a".repeat(1_480)}`;
  const aunt = await personPage(browser, e2ePeople.planAunt.email, { width: 360 });
  const noSideways = async () => {
    const widths = await aunt.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  };
  await openPlan(aunt);
  await item(aunt, worry).getByRole("link", { name: "Say what you think" }).click();
  await aunt.getByLabel("I agree").check();
  await aunt.getByLabel("In your own words").fill(longWord);
  await aunt.getByRole("button", { name: "Save what I think" }).click();
  await expect(aunt.getByText(longWord)).toBeVisible();
  await aunt.getByLabel("What is wrong?").fill(longWord);
  await aunt.getByLabel("What should it say?").fill(longWord);
  await aunt.getByRole("button", { name: "Send" }).click();
  await expect(aunt.getByText(longWord).first()).toBeVisible();
  await noSideways();
  // The long word used to push the form 14,000 px wide: the button must sit within the screen's width.
  const send = aunt.getByRole("button", { name: "Send" });
  await expect(send).toBeVisible();
  const box = await send.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await aunt.goto(aunt.url().replace(/\/plan\/items\/.*/, "/plan"));
  await noSideways();
  await aunt.context().close();
});

test("the plan, its scale and the glossary read in Welsh, with no errors in the page", async ({
  browser,
}) => {
  const parent = await personPage(browser, e2ePeople.planParent.email);
  const errors: string[] = [];
  parent.on("pageerror", (error) => errors.push(error.message));
  parent.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await openPlan(parent);
  await parent.getByRole("button", { name: "Cymraeg" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "Y cynllun" })).toBeVisible();
  await expectAccessible(parent);
  await parent.goto(parent.url().replace(/\/plan.*/, "/plan/scale"));
  await expectAccessible(parent);
  await parent.goto("/glossary");
  await expectAccessible(parent);
  await parent.getByRole("button", { name: "English" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "Words explained" })).toBeVisible();
  expect(errors).toEqual([]);
  await parent.context().close();
});
