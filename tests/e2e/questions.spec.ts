import { type Page } from "@playwright/test";

import { expect, expectAccessible, personPage, signIn, test } from "./helpers";
import { e2ePeople, e2eQuestionsFamily } from "./people";

// Questions between visits: a kinship carer asks the social worker, the worker answers, the
// carer marks the thread "Can we move this?", and the worker sees the mark on their caseload.
// Another member of the family cannot open the thread.

const nav = (page: Page) => page.getByRole("navigation", { name: "This family's space" });
const question = "Can Alfie stay with me at Christmas?";
const answer = "Yes. We will talk about it at the next visit.";

test.describe.configure({ mode: "serial" });

test("a carer asks the social worker, gets an answer, and asks to move it; others cannot open it", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const carer = await personPage(browser, e2ePeople.askCarer.email);
  await nav(carer).getByRole("link", { name: "Questions" }).click();
  await expect(carer.getByRole("heading", { level: 1, name: "Questions" })).toBeVisible();
  await carer.getByRole("link", { name: "Ask a question" }).click();
  await expect(carer.getByRole("heading", { level: 1, name: "Ask a question" })).toBeVisible();
  // Not a crisis line: 999 and the council's out-of-hours number.
  await expect(carer.getByRole("main").getByRole("link", { name: "call 999" })).toBeVisible();
  await expect(carer.getByRole("main").getByRole("link", { name: "01632 960 299" })).toBeVisible();
  await expectAccessible(carer);

  // An empty question is refused; the choice stays.
  await carer.getByRole("button", { name: "Send my question" }).click();
  await expect(carer.getByRole("link", { name: "Write your question or reply" })).toBeVisible();
  await expect(carer.getByLabel(/Sam Worker/)).toBeChecked();
  await carer.getByLabel("Your question").fill(question);
  await carer.getByRole("button", { name: "Send my question" }).click();
  await expect(carer.getByRole("status")).toHaveText("Your question is sent.");
  await expect(carer.getByText(question)).toBeVisible();
  const threadUrl = new URL(carer.url()).pathname;

  // The social worker finds it, reads it and answers.
  const worker = await browser.newContext();
  const workerPage = await worker.newPage();
  await signIn(workerPage, e2ePeople.askWorker.email);
  await expect(workerPage.getByRole("heading", { level: 1, name: "Your caseload" })).toBeVisible();
  await workerPage.goto(threadUrl.replace(/\/[^/]+$/, ""));
  await expect(workerPage.getByRole("heading", { level: 2, name: "Questions for you" })).toBeVisible();
  await workerPage.getByRole("link", { name: "From Gwen Carer" }).click();
  await expect(workerPage.getByText(question)).toBeVisible();
  await expect(workerPage.getByRole("main").getByRole("link", { name: "call 999" })).toBeVisible();
  await expectAccessible(workerPage);
  await workerPage.getByLabel("Your reply").fill(answer);
  await workerPage.getByRole("button", { name: "Send my reply" }).click();
  await expect(workerPage.getByRole("status")).toHaveText("Your reply is sent.");

  // The carer sees the answer and asks to move it.
  await carer.reload();
  await expect(carer.getByText(answer)).toBeVisible();
  await carer.getByRole("button", { name: "Can we move this?" }).click();
  await expect(carer.getByRole("status")).toHaveText("Thank you. They can see what you said.");
  await expect(carer.getByText("You said: Can we move this?")).toBeVisible();
  await expect(carer.getByRole("button", { name: "Take this back" })).toBeVisible();
  await expectAccessible(carer);

  // The social worker sees the mark on their caseload, and it leads to the thread.
  await workerPage.goto("/caseload");
  const family = workerPage.getByRole("region", { name: e2eQuestionsFamily.name });
  await family.getByRole("link", { name: "Questions marked too much or to move: 1" }).click();
  await expect(workerPage.getByText("Gwen Carer said: Can we move this?")).toBeVisible();
  await expect(workerPage.getByRole("button", { name: "Take this back" })).toHaveCount(0);
  await worker.close();

  // Another member of the family: no such page for them.
  const parent = await personPage(browser, e2ePeople.askParent.email);
  const refused = await parent.goto(threadUrl);
  expect(refused?.status()).toBe(404);
  await parent.goto(threadUrl.replace(/\/[^/]+$/, ""));
  await expect(parent.getByRole("heading", { level: 1, name: "Questions" })).toBeVisible();
  await expect(parent.getByText(question)).toHaveCount(0);
  await expect(parent.getByText("There are no questions yet.")).toBeVisible();
});
