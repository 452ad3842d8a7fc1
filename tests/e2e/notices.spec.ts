import { addDays, weekdayOf } from "../../app/utils/uk-time";
import { DIGEST_SUBJECT, expect, expectAccessible, mailTexts, personPage, test } from "./helpers";
import { e2eNoticesFamily, e2ePeople } from "./people";

let meetingDay = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
while (weekdayOf(meetingDay) > 5) meetingDay = addDays(meetingDay, 1);

test("a booked meeting shows on the invited parent's What's new, and one plain digest email goes", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const worker = await personPage(browser, e2ePeople.noticesWorker.email);
  await worker
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Meetings" })
    .click();
  await worker.getByRole("link", { name: "Book a meeting" }).click();
  await worker.getByLabel("Kind of meeting").selectOption("CORE_GROUP");
  await worker.getByLabel("Date").fill(meetingDay);
  await worker.getByLabel("Starts at").fill("10:00");
  await worker.getByLabel("Ends at").fill("11:00");
  await worker.getByLabel("Place").fill("Family centre");
  await worker.getByLabel(`${e2ePeople.noticesParent.name} (Parent)`).check();
  await worker.getByRole("button", { name: "Book the meeting" }).click();
  await expect(worker.getByRole("status")).toContainText("The meeting is booked.");
  const meetingPath = new URL(worker.url()).pathname;

  const parent = await personPage(browser, e2ePeople.noticesParent.email);
  await parent.getByRole("link", { name: "What's new" }).first().click();
  await expect(parent.getByRole("heading", { level: 1, name: "What's new" })).toBeVisible();
  await expectAccessible(parent);
  await parent.getByRole("link", { name: "A meeting was booked and you are invited." }).click();
  await expect(parent).toHaveURL(new RegExp(`${meetingPath}$`));
  await expect(parent.getByRole("heading", { level: 1, name: "Core group meeting" })).toBeVisible();
  await parent.goBack();
  await parent.reload();
  await expect(parent.getByText("Seen", { exact: false })).toBeVisible();

  // Exactly one digest for the parent, with nothing of the case in it.
  await expect
    .poll(
      async () =>
        (await mailTexts(parent, e2ePeople.noticesParent.email)).filter((text) =>
          text.startsWith(DIGEST_SUBJECT),
        ).length,
      {
        timeout: 30_000,
      },
    )
    .toBe(1);
  const [digest] = (await mailTexts(parent, e2ePeople.noticesParent.email)).filter((text) =>
    text.startsWith(DIGEST_SUBJECT),
  );
  expect(digest).toContain("/sign-in");
  for (const word of [
    e2eNoticesFamily.name,
    e2eNoticesFamily.child,
    "Noel",
    "Nia",
    "Core group",
    "meeting",
    "Family centre",
  ])
    expect(digest).not.toContain(word);

  // Her choice of emails: a real form.
  await parent.getByRole("link", { name: "Choose which emails you get" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "Emails about new things" })).toBeVisible();
  await expectAccessible(parent);
  await parent.getByLabel("Do not send me any of these emails").check();
  await parent.getByLabel("From (for example 21:00)").fill("21:00");
  await parent.getByRole("button", { name: "Save my choices" }).click();
  await expect(parent.getByRole("alert")).toContainText("Enter when quiet hours end");
  await parent.getByLabel("To (for example 08:00)").fill("07:00");
  await parent.getByRole("button", { name: "Save my choices" }).click();
  await expect(parent.getByRole("status")).toContainText("Your choices are saved.");
  await expect(parent.getByLabel("Do not send me any of these emails")).toBeChecked();
  await expectAccessible(parent);
});
