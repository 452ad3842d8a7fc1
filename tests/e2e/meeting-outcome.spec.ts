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
