import { readFileSync } from "node:fs";

import { addDays, addWorkingDays, weekdayOf } from "../../app/utils/uk-time";
import { expect, expectAccessible, personPage, test } from "./helpers";
import { e2eMeetingsFamily, e2ePeople } from "./people";

// A weekday about two weeks ahead, in UK dates; the report is due 3 working days before it.
let day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
while (weekdayOf(day) > 5) day = addDays(day, 1);
const meetingDay = addWorkingDays(addWorkingDays(day, 1), -1);
// Written as the app writes a meeting's dates: "Tuesday 15 December 2026".
const reportDueDate = new Date(`${addWorkingDays(meetingDay, -3)}T12:00:00Z`);
const reportDue = [{ weekday: "long" }, { day: "numeric", month: "long", year: "numeric" }]
  .map((style) =>
    new Intl.DateTimeFormat("en-GB", {
      ...style,
      timeZone: "Europe/London",
    } as Intl.DateTimeFormatOptions).format(reportDueDate),
  )
  .join(" ");

test.describe.configure({ mode: "serial" });

test("a core group is booked, read, answered and its report flagged as not received", async ({ browser }) => {
  test.setTimeout(240_000);
  const worker = await personPage(browser, e2ePeople.meetWorker.email);
  await worker
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Meetings" })
    .click();
  await expect(worker.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await expectAccessible(worker);
  await worker.getByRole("link", { name: "Book a meeting" }).click();
  await expectAccessible(worker);

  // Bad input is refused in plain words, and what was typed is kept.
  await worker.getByLabel("Kind of meeting").selectOption("CORE_GROUP");
  await worker.getByLabel("Date").fill(meetingDay);
  await worker.getByLabel("Starts at").fill("10:00");
  await worker.getByLabel("Ends at").fill("09:00");
  await worker.getByLabel("Place").fill("Family centre, room 2; side door");
  await worker.getByLabel(`${e2ePeople.meetParent.name} (Parent)`).check();
  await worker.getByRole("button", { name: "Book the meeting" }).click();
  await expect(worker.getByRole("alert")).toContainText("The meeting must end after it starts.");
  await expect(worker.getByLabel("Place")).toHaveValue("Family centre, room 2; side door");
  await expectAccessible(worker);
  await worker.getByLabel("Ends at").fill("11:30");
  await worker.getByRole("button", { name: "Book the meeting" }).click();
  await expect(worker.getByRole("status")).toContainText("The meeting is booked.");
  await expect(worker.getByRole("heading", { level: 1, name: "Core group meeting" })).toBeVisible();
  const meetingUrl = worker.url();

  // The conference report, due 3 working days before.
  await worker.getByLabel("Name of the paper").fill("Conference report");
  await worker.getByRole("button", { name: "List the paper" }).click();
  await expect(worker.getByText(`Due to the family by ${reportDue}.`)).toBeVisible();
  await expectAccessible(worker);

  // The parent sees it on her home page, with its explainer.
  const parent = await personPage(browser, e2ePeople.meetParent.email);
  const next = parent.getByRole("region", { name: "Your next meeting" });
  await expect(next).toContainText("Core group meeting");
  await expect(next).toContainText("You have not said if you are coming yet.");
  await expectAccessible(parent);
  await next.getByRole("link", { name: "What this meeting is for" }).click();
  await expect(parent.getByRole("heading", { level: 2, name: "Core group meeting" })).toBeVisible();
  await expect(parent.getByText("You can ask for an interpreter.").first()).toBeVisible();
  await expectAccessible(parent);
  await parent.goBack();
  await parent
    .getByRole("region", { name: "Your next meeting" })
    .getByRole("link", { name: "Open the meeting" })
    .click();
  await expectAccessible(parent);

  // She replies "coming" and writes a private note.
  await parent.getByLabel("Coming", { exact: true }).check();
  await parent.getByRole("button", { name: "Send my answer" }).click();
  await expect(parent.getByRole("status").first()).toContainText("Your answer is saved.");
  await parent.getByLabel("Your note").fill("I want to say the new flat is ready, with a cot.");
  await parent.getByLabel("Only me").check();
  await parent.getByRole("button", { name: "Save my note" }).click();
  await expect(parent.getByText("I want to say the new flat is ready, with a cot.")).toBeVisible();
  await expect(parent.getByText("Only you can see this.")).toBeVisible();
  await expectAccessible(parent);

  // The .ics says only "Family meeting" and the time: the place only if she chooses it.
  const downloading = parent.waitForEvent("download");
  await parent.getByRole("link", { name: "Add to my calendar (.ics file)" }).click();
  const file = await (await downloading).path();
  const ics = readFileSync(file!, "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain("SUMMARY:Family meeting\r\n");
  expect(ics).not.toContain("LOCATION");
  expect(ics).not.toContain("Family centre");
  for (const secret of [e2eMeetingsFamily.child, e2eMeetingsFamily.name, "Test Council", "Core group"])
    expect(ics).not.toContain(secret);

  // The report has not come.
  await parent.getByRole("button", { name: "Not received yet" }).click();
  await expect(parent.getByRole("status").first()).toContainText("We have told the social worker.");
  await expect(parent.getByText("You should have it by")).toBeVisible();

  // The practitioner sees the flag and the answer, and not the private note.
  await worker.goto(meetingUrl);
  await expect(worker.getByText("The family says they have not received this yet.")).toBeVisible();
  await expect(worker.getByRole("listitem").filter({ hasText: e2ePeople.meetParent.name })).toContainText(
    "Coming",
  );
  await expect(worker.getByText("the new flat is ready")).toHaveCount(0);
  await expectAccessible(worker);
  await worker.goto(meetingUrl.replace(/\/meetings\/.*$/, "/meetings"));
  await expect(worker.getByText("1 paper not received yet")).toBeVisible();

  // Her own calendar link, shown once.
  await parent.goto("/settings/calendar");
  await expectAccessible(parent);
  await parent.getByRole("button", { name: "Make my calendar link" }).click();
  const feedUrl = await parent.getByLabel("Your calendar link").inputValue();
  const feed = await parent.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  const feedText = await feed.text();
  expect(feedText).toContain("SUMMARY:Family meeting");
  expect(feedText).not.toContain("LOCATION");
  // She chooses to see the place in her calendar.
  await parent.getByLabel("Show the place in my calendar").check();
  await parent.getByRole("button", { name: "Save", exact: true }).click();
  await expect(parent.getByRole("status").first()).toContainText("Saved.");
  await expect(parent.getByLabel("Show the place in my calendar")).toBeChecked();
  expect(await (await parent.request.get(feedUrl)).text()).toContain(
    "LOCATION:Family centre\\, room 2\\; side door\r\n",
  );
  await parent.getByRole("button", { name: "Make a new link and stop the old one" }).click();
  expect((await parent.request.get(feedUrl)).status()).toBe(404);
  await expectAccessible(parent);
});

test.describe("with JavaScript off", () => {
  test("the parent answers, writes a shared note and marks a paper", async ({ browser }) => {
    test.setTimeout(180_000);
    const parent = await personPage(browser, e2ePeople.meetParent.email, { javaScript: false });
    await parent
      .getByRole("region", { name: "Your next meeting" })
      .getByRole("link", { name: "Open the meeting" })
      .click();
    await parent.getByLabel("Not sure").check();
    await parent.getByRole("button", { name: "Send my answer" }).click();
    await expect(parent.getByText("You said: Not sure.")).toBeVisible();
    await parent.getByRole("button", { name: "Save my note" }).click();
    await expect(parent.getByRole("alert")).toContainText("Write your note.");
    await parent.getByLabel("Your note").fill("Shared words for the worker.");
    await parent.getByLabel("Me and the social worker").check();
    await parent.getByRole("button", { name: "Save my note" }).click();
    await expect(parent.getByText("Shared with the social worker.")).toBeVisible();
    await parent.getByRole("button", { name: "I have it" }).click();
    await expect(parent.getByText("Received", { exact: true })).toBeVisible();
    // axe needs JavaScript in the page; these pages are checked with it on in the journey above.
  });
});
