import { type Page } from "@playwright/test";

import { expect, expectAccessible, personPage, test } from "./helpers";
import { e2ePeople } from "./people";

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "This family's space" }).getByRole("link", { name }).click();

/** A UK day some days from now, as the date box takes it. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function fillTime(page: Page, row: number, day: string, start: string, end: string) {
  const group = page.getByRole("group", { name: `Time ${row}` });
  await group.getByLabel("Day").selectOption({ label: day });
  await group.getByLabel("From").fill(start);
  await group.getByLabel("To").fill(end);
}

const auntPhone = "07700 900123";

test.describe.configure({ mode: "serial" });

test("an aunt shares her phone but not with the father, offers two evenings, both sides agree, she checks in, and the week shows the gaps", async ({
  browser,
}) => {
  test.setTimeout(420_000);

  // The aunt chooses what she shares: her phone with everyone, but hidden from the father.
  const aunt = await personPage(browser, e2ePeople.willowAunt.email);
  await nav(aunt, "Network");
  await aunt.getByRole("link", { name: "Choose what you share" }).click();
  await expect(aunt.getByRole("heading", { level: 1, name: "How people can reach you" })).toBeVisible();
  await expectAccessible(aunt);
  await aunt.getByLabel("Your phone number").fill(auntPhone);
  await aunt
    .getByRole("group", { name: "Phone" })
    .getByLabel("Who can see this?")
    .selectOption({ label: "Everyone in this family's space" });
  await aunt.getByRole("checkbox", { name: "Dan Dad" }).check();
  await aunt.getByRole("button", { name: "Save what I share" }).click();
  await expect(aunt.getByRole("heading", { level: 1, name: "Your safety circle" })).toBeVisible();
  await expect(aunt.getByText(auntPhone)).toBeVisible();
  await expectAccessible(aunt);

  // She offers to visit on Tuesday and Thursday evenings; a mistake first, and what she typed stays.
  await nav(aunt, "Promises");
  await expect(aunt.getByRole("heading", { level: 1, name: "Promises to help" })).toBeVisible();
  await expectAccessible(aunt);
  await aunt.getByRole("link", { name: "Offer to help" }).click();
  await expectAccessible(aunt);
  await aunt.getByRole("radio", { name: "Regular visits" }).check();
  await aunt.getByLabel("In your own words").fill("I come for tea and help with bath time.");
  await fillTime(aunt, 1, "Tuesday", "18:00", "20:00");
  await fillTime(aunt, 2, "Thursday", "20:00", "18:00");
  await aunt.getByLabel("First day").fill(dayFromNow(-8));
  await aunt.getByLabel("Last day (optional)").fill(dayFromNow(-9));
  await aunt.getByRole("button", { name: "Send my offer" }).click();
  await expect(aunt.getByRole("alert")).toContainText("The end time must be after the start time");
  await expect(aunt.getByRole("alert")).toContainText("The last day must be on or after the first day");
  await expect(aunt.getByLabel("In your own words")).toHaveValue("I come for tea and help with bath time.");
  await expectAccessible(aunt);
  await fillTime(aunt, 2, "Thursday", "18:00", "20:00");
  await aunt.getByLabel("Last day (optional)").fill("");
  await aunt.getByRole("button", { name: "Send my offer" }).click();
  await expect(aunt.getByRole("heading", { level: 1, name: "Regular visits" })).toBeVisible();
  await expect(aunt.getByText("Waiting for a parent or carer to agree.")).toBeVisible();
  await expectAccessible(aunt);
  const commitmentUrl = new URL(aunt.url()).pathname;

  // The mother agrees for the family.
  const mum = await personPage(browser, e2ePeople.willowMum.email);
  await nav(mum, "Promises");
  await mum.getByRole("link", { name: "Regular visits" }).click();
  await expectAccessible(mum);
  await mum.getByRole("button", { name: "Agree to this promise" }).click();
  await expect(mum.getByText("The family agreed: Wendy Mum")).toBeVisible();

  // The social worker agrees, and sees the aunt's phone on the network page.
  const worker = await personPage(browser, e2ePeople.willowWorker.email);
  await worker.goto(commitmentUrl);
  await expectAccessible(worker);
  await worker.getByRole("button", { name: "Agree to this promise" }).click();
  await expect(worker.getByText("Agreed", { exact: true })).toBeVisible();
  await nav(worker, "Network");
  await expect(worker.getByText(auntPhone)).toBeVisible();

  // The aunt logs a check-in for one of her evenings.
  await aunt.reload();
  await expect(aunt.getByRole("heading", { name: "Log a check-in" })).toBeVisible();
  await expectAccessible(aunt);
  await aunt.getByRole("radio", { name: "I did it" }).check();
  await aunt.getByLabel("A note (optional)").fill("We read a story.");
  await aunt.getByRole("button", { name: "Save the check-in" }).click();
  await expect(aunt.getByRole("status")).toHaveText("Your check-in is saved.");
  await expect(aunt.getByText("We read a story.")).toBeVisible();

  // The coverage week shows her evenings and names the gap.
  await nav(mum, "Promises");
  await mum.getByRole("link", { name: "See who is around each day" }).click();
  await expect(mum.getByRole("heading", { level: 1, name: "Who is around this week" })).toBeVisible();
  const gaps = mum.getByRole("region", { name: "Gaps in the week" });
  await expect(gaps.getByRole("listitem")).toHaveText([
    "No one is around on Monday, Wednesday, Friday, Saturday and Sunday all day.",
    "No one is around on Tuesday and Thursday from midnight to 6pm.",
    "No one is around on Tuesday and Thursday from 8pm to midnight.",
  ]);
  const table = mum.getByRole("table");
  await expect(table.getByRole("row", { name: /Evening/ })).toContainText("Alma Aunt from 6pm to 8pm");
  await expectAccessible(mum);

  // On a phone, the week is a list by day, each day headed with its weekday.
  const phone = await personPage(browser, e2ePeople.willowMum.email, { width: 360 });
  await phone.goto(new URL(mum.url()).pathname);
  await expect(phone.getByRole("heading", { name: "Day by day" })).toBeVisible();
  await expect(phone.getByRole("table")).toBeHidden();
  await expect(phone.getByRole("heading", { level: 3, name: /^Tuesday / })).toBeVisible();
  await expect(phone.getByRole("heading", { level: 3 })).toHaveCount(7);
  await expectAccessible(phone);

  // The father's network page does not hold her phone at all.
  const dad = await personPage(browser, e2ePeople.willowDad.email);
  await nav(dad, "Network");
  await expect(dad.getByText("Alma Aunt")).toBeVisible();
  expect(await dad.content()).not.toContain(auntPhone);
  await expectAccessible(dad);

  // The home page: her promises this week.
  await nav(aunt, "Home");
  await expect(aunt.getByRole("heading", { name: "Your promises this week" })).toBeVisible();
  await expectAccessible(aunt);
});

test("the same forms work with JavaScript off: a father offers, the social worker agrees, he checks in", async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const dad = await personPage(browser, e2ePeople.willowDad.email, { javaScript: false });
  await nav(dad, "Promises");
  await dad.getByRole("link", { name: "Offer to help" }).click();
  await dad.getByRole("radio", { name: "Practical help" }).check();
  await fillTime(dad, 1, "Saturday", "09:00", "12:00");
  // One row for every day, one time range: it clashes with Saturday morning.
  await fillTime(dad, 2, "Every day", "11:00", "13:00");
  await dad.getByLabel("First day").fill(dayFromNow(-8));
  await dad.getByRole("button", { name: "Send my offer" }).click();
  await expect(dad.getByRole("alert")).toContainText("This time overlaps another time on the same day");
  await expect(dad.getByRole("group", { name: "Time 2" }).getByLabel("From")).toHaveValue("11:00");
  await expect(dad.getByRole("group", { name: "Time 2" }).getByLabel("Day")).toHaveValue("everyday");
  await fillTime(dad, 2, "Every weekday", "11:00", "13:00");
  await dad.getByRole("button", { name: "Send my offer" }).click();
  await expect(dad.getByRole("heading", { level: 1, name: "Practical help" })).toBeVisible();
  await expect(dad.getByText("Every weekday, 11:00 to 13:00", { exact: true })).toBeVisible();
  // A parent's own offer counts as the family's yes.
  await expect(dad.getByText("The family agreed: Dan Dad")).toBeVisible();
  const url = new URL(dad.url()).pathname;

  const worker = await personPage(browser, e2ePeople.willowWorker.email, { javaScript: false });
  await worker.goto(url);
  await worker.getByRole("button", { name: "Agree to this promise" }).click();
  await expect(worker.getByText("The social worker agreed: Wes Worker")).toBeVisible();

  await dad.reload();
  await dad.getByRole("radio", { name: "I could not do it" }).check();
  await dad.getByLabel("A note (optional)").fill("Work ran late.");
  await dad.getByRole("button", { name: "Save the check-in" }).click();
  await expect(dad.getByRole("status")).toHaveText("Your check-in is saved.");

  // The coverage week, without JavaScript, names the gaps in hours: the father's weekday
  // middays and the aunt's evenings leave Tuesday and Thursday afternoons empty.
  await worker.goto(url.replace(/\/commitments\/.*$/, "/commitments/coverage"));
  const gaps = worker.getByRole("region", { name: "Gaps in the week" });
  await expect(gaps.getByText("No one is around on weekdays from midnight to 11am.")).toBeVisible();
  await expect(gaps.getByText("No one is around on Tuesday and Thursday from 1pm to 6pm.")).toBeVisible();
  await expect(
    gaps.getByText("No one is around on Monday, Wednesday and Friday from 1pm to midnight."),
  ).toBeVisible();

  // The social worker's home shows the time he could not go; the aunt, another network
  // member, sees neither that time nor his note on his promise's page.
  await nav(worker, "Home");
  const couldNot = worker.getByRole("region", { name: "Times someone could not go" });
  await expect(couldNot).toContainText("Practical help");
  await expect(couldNot).toContainText("Dan Dad");
  const aunt = await personPage(browser, e2ePeople.willowAunt.email);
  await aunt.goto(url);
  await expect(aunt.getByRole("heading", { level: 2, name: "Check-ins" })).toBeVisible();
  await expect(aunt.getByText("No check-ins yet.")).toBeVisible();
  expect(await aunt.content()).not.toContain("Work ran late.");
  await expectAccessible(aunt);

  // Sharing details works without JavaScript too.
  await nav(dad, "Network");
  await dad.getByRole("link", { name: "Choose what you share" }).click();
  await dad.getByLabel("Your phone number").fill("not a number");
  await dad.getByRole("button", { name: "Save what I share" }).click();
  await expect(dad.getByRole("alert")).toContainText("Enter a phone number, like 07700 900123");
  await expect(dad.getByLabel("Your phone number")).toHaveValue("not a number");
  // axe needs scripts in the page; the same pages are scanned with JavaScript on above.
});
