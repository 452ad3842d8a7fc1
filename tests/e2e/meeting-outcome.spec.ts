import { expect, expectAccessible, personPage, test } from "./helpers";
import { e2ePeople } from "./people";

test.describe.configure({ mode: "serial" });

test("a parent writes the family's report and shares it; the social worker then reads it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const parent = await personPage(browser, e2ePeople.outcomeParent.email);
  await parent
    .getByRole("region", { name: "Your next meeting" })
    .getByRole("link", { name: "Open the meeting" })
    .click();
  const report = parent.getByRole("region", { name: "Our report" });
  await expect(report).toContainText(
    "Only parents and carers in the family can see this until you share it.",
  );
  await expectAccessible(parent);

  // Empty, it is refused in plain words.
  await report.getByRole("button", { name: "Save our report" }).click();
  await expect(parent.getByRole("alert").first()).toContainText(
    "Write what has gone well, or what you want the meeting to know.",
  );

  await parent.getByLabel("What has gone well").fill("Sorrel goes to nursery every day now.");
  await parent.getByLabel("What we want the meeting to know").fill("We need help on Saturdays.");
  await parent.getByRole("button", { name: "Save our report" }).click();
  await expect(parent.getByRole("status").first()).toContainText("Your report is saved.");
  await expect(parent.getByLabel("What has gone well")).toHaveValue("Sorrel goes to nursery every day now.");
  await expectAccessible(parent);
  const meetingPath = new URL(parent.url()).pathname;

  // Not shared yet: the social worker does not see it.
  const worker = await personPage(browser, e2ePeople.outcomeWorker.email);
  await worker.goto(meetingPath);
  await expect(worker.getByRole("heading", { level: 1, name: "Core group meeting" })).toBeVisible();
  await expect(worker.getByRole("region", { name: "Our report" })).toHaveCount(0);

  await parent.getByRole("button", { name: "Share with the social worker and the chair" }).click();
  await expect(parent.getByRole("region", { name: "Our report" })).toContainText(
    "Shared with the social worker and the chair on",
  );
  await expect(
    parent.getByRole("button", { name: "Share with the social worker and the chair" }),
  ).toHaveCount(0);
  await expectAccessible(parent);

  await worker.reload();
  const shared = worker.getByRole("region", { name: "Our report" });
  await expect(shared).toContainText("Shared with the social worker and the chair on");
  await expect(shared).toContainText("Sorrel goes to nursery every day now.");
  await expect(shared).toContainText("We need help on Saturdays.");
  await expect(worker.getByRole("button", { name: "Save our report" })).toHaveCount(0);
  await expectAccessible(worker);
});

test("the social worker writes what was decided and the next meetings are booked; the parent says it matches", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const parent = await personPage(browser, e2ePeople.outcomeParent.email);
  const home = new URL(parent.url()).pathname;
  await expect(parent.getByRole("region", { name: "What was decided" })).toHaveCount(0);

  // The social worker opens yesterday's review and writes what was decided.
  const worker = await personPage(browser, e2ePeople.outcomeWorker.email);
  await worker.goto(`${home}/meetings`);
  await worker
    .getByRole("region", { name: "In the past month" })
    .getByRole("link", { name: "Review meeting (review conference)" })
    .click();
  const meetingPath = new URL(worker.url()).pathname;
  const section = worker.getByRole("region", { name: "What was decided" });
  await expect(section).toContainText("Nothing is written yet about what was decided.");
  await section.getByRole("link", { name: "Write what was decided" }).click();
  await expect(worker.getByRole("heading", { level: 1, name: "What was decided" })).toBeVisible();
  await expectAccessible(worker);

  // Nothing chosen: refused in plain words, and the proposed dates stay.
  const proposedCoreGroup = await worker.getByLabel("Next core group meeting").inputValue();
  expect(proposedCoreGroup).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await worker.getByRole("button", { name: "Save what was decided" }).click();
  await expect(worker.getByRole("alert").first()).toContainText("Choose what was decided about the plan.");
  await expect(worker.getByLabel("Next core group meeting")).toHaveValue(proposedCoreGroup);

  await worker.getByRole("radio", { name: "The plan goes on" }).check();
  await worker.getByRole("radio", { name: "Neglect" }).check();
  await worker.getByLabel("What changes in the plan").fill("Nan takes Sorrel to nursery on Mondays.");
  await worker.getByLabel("Who did not agree, and why").fill("Dad thinks the plan is too strict.");
  await worker.getByRole("button", { name: "Save what was decided" }).click();
  await expect(worker.getByRole("status").first()).toContainText("Saved.");
  await expect(worker.getByRole("region", { name: "What was decided" })).toContainText(
    "The meeting decided the plan goes on.",
  );
  await expectAccessible(worker);

  // The next core group and review are real meetings now.
  await worker.goto(`${home}/meetings`);
  const upcoming = worker.getByRole("region", { name: "Coming up" });
  await expect(upcoming.getByRole("link", { name: "Review meeting (review conference)" })).toHaveCount(1);
  await expect(upcoming.getByRole("link", { name: "Core group meeting" })).toHaveCount(2);

  // The parent sees the card on the family home, reads it and says it matches.
  await parent.goto(home);
  const card = parent.getByRole("region", { name: "What was decided" });
  await expect(card).toContainText("Review meeting (review conference)");
  await expectAccessible(parent);
  await card.getByRole("link", { name: "Read what was decided" }).click();
  const decided = parent.getByRole("region", { name: "What was decided" });
  await expect(decided).toContainText("Nan takes Sorrel to nursery on Mondays.");
  await expect(decided).toContainText("Dad thinks the plan is too strict.");
  await expect(decided).toContainText("The kind of worry: Neglect.");
  await expect(decided.getByRole("link", { name: /^Review conference:/ })).toBeVisible();
  await decided.getByRole("radio", { name: "Yes, that's what I heard" }).check();
  await decided.getByRole("button", { name: "Send what I heard" }).click();
  await expect(parent.getByRole("region", { name: "What was decided" })).toContainText(
    "You said this matches what you heard",
  );
  await expectAccessible(parent);

  // The social worker sees the answer on the outcome page.
  await worker.goto(`${meetingPath}/outcome`);
  const answers = worker.getByRole("region", { name: "Does it match what people heard?" });
  await expect(answers).toContainText(e2ePeople.outcomeParent.name);
  await expect(answers).toContainText("Yes, that's what I heard");
  await expectAccessible(worker);

  // With JavaScript off the parent changes their answer; the newest counts, the first is kept.
  const plain = await personPage(browser, e2ePeople.outcomeParent.email, { javaScript: false });
  await plain.goto(meetingPath);
  const again = plain.getByRole("region", { name: "What was decided" });
  await again.getByRole("radio", { name: "No, I heard something different" }).check();
  await again.getByRole("button", { name: "Send what I heard" }).click();
  await expect(plain.getByRole("alert").first()).toContainText("Write what you heard.");
  await plain.getByLabel("What you heard, in your own words").fill("I heard the review is in June.");
  await plain.getByRole("button", { name: "Send what I heard" }).click();
  await expect(plain.getByRole("region", { name: "What was decided" })).toContainText(
    "You said you heard something different",
  );
  await worker.reload();
  const newest = worker.getByRole("region", { name: "Does it match what people heard?" });
  await expect(newest.locator("ul").first()).toContainText("No, I heard something different");
  await expect(newest.locator("ul").first()).toContainText("I heard the review is in June.");
  await expect(newest.getByText("Earlier answers")).toBeVisible();
});
