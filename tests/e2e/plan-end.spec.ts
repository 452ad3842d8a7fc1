import { readFile } from "node:fs/promises";

import { strFromU8, unzipSync } from "fflate";

import { caseloadFamilyPage, expect, expectAccessible, personPage, test } from "./helpers";
import { e2ePeople, e2ePlanEndFamily } from "./people";

test.describe.configure({ mode: "serial" });

test("the social worker ends the plan; the parent reads a read-only space with the way to a copy", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // Before the end, the parent may write a rule.
  const parent = await personPage(browser, e2ePeople.endParent.email);
  const nav = parent.getByRole("navigation", { name: "This family's space" });
  await nav.getByRole("link", { name: "Rules" }).click();
  await expect(parent.getByRole("link", { name: "Write a new rule" })).toBeVisible();
  const rulesUrl = parent.url();

  const worker = await caseloadFamilyPage(browser, e2ePeople.endWorker.email, e2ePlanEndFamily.name);
  await worker.getByRole("link", { name: "End the plan" }).click();
  await expect(worker.getByRole("heading", { level: 1, name: "End the plan" })).toBeVisible();
  await expectAccessible(worker);
  // No reason: refused in plain words.
  await worker.getByRole("button", { name: "End the plan" }).click();
  await expect(worker.getByRole("alert")).toContainText("Choose why the plan is ending");
  await expectAccessible(worker);
  await worker.getByLabel("The child will get help as a child in need").check();
  await worker.getByRole("button", { name: "End the plan" }).click();
  await expect(worker.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  await expect(worker.getByRole("heading", { name: "This plan has ended" })).toBeVisible();
  await expect(worker.getByRole("link", { name: "End the plan" })).toHaveCount(0);

  // The caseload says the plan ended and until when the family reads, links to the plan end,
  // and shows nothing waiting for the ended family.
  const homeUrl = worker.url();
  await worker.goto("/caseload");
  const ended = worker.getByRole("region", { name: e2ePlanEndFamily.name });
  const endedLine = ended.getByRole("link", {
    name: /^Plan ended on \d{1,2} \w+ \d{4}\. The family can read their space until \d{1,2} \w+ \d{4}\.$/,
  });
  await expect(endedLine).toHaveAttribute("href", /\/plan-end$/);
  await expect(ended.getByRole("listitem")).toHaveCount(0);
  await expectAccessible(worker);
  await worker.goto(homeUrl);

  // The parent: the banner on every page, the link to their copy, and no way to write.
  await parent.goto(rulesUrl);
  const banner = parent.getByRole("region", { name: "This plan has ended" });
  await expect(banner).toContainText("You can read this space until");
  await expect(banner.getByRole("link", { name: "Get a copy of your data" })).toHaveAttribute(
    "href",
    "/settings/my-data",
  );
  await expect(parent.getByRole("link", { name: "Write a new rule" })).toHaveCount(0);
  await expect(parent.getByRole("link", { name: "Report a broken rule" })).toHaveCount(0);
  await expectAccessible(parent);
  await nav.getByRole("link", { name: "Home" }).click();
  await expect(parent.getByRole("region", { name: "This plan has ended" })).toBeVisible();
  await expect(parent.getByRole("link", { name: "Report a broken rule" })).toHaveCount(0);
  await expectAccessible(parent);
  await nav.getByRole("link", { name: "Network" }).click();
  await expect(parent.getByRole("region", { name: "This plan has ended" })).toBeVisible();
  await expect(parent.getByRole("link", { name: "Invite someone" })).toHaveCount(0);

  // Their copy, from the banner: their own words, and nothing the family's pages hide from them
  // (the carer's diary entry for the friend, a report for the carer and the social worker, the
  // friend's phone shared with the social worker only).
  await banner.getByRole("link", { name: "Get a copy of your data" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "My copy" })).toBeVisible();
  const [download] = await Promise.all([
    parent.waitForEvent("download"),
    parent.getByRole("link", { name: "Download my copy" }).click(),
  ]);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const marker = e2ePlanEndFamily.marker;
  for (const text of [strFromU8(files["my-copy.html"]), strFromU8(files["my-copy.json"])]) {
    expect(text).toContain(`${marker} rule words 2`);
    expect(text).toContain(`${marker} view words`);
    expect(text).not.toContain(`${marker} diary words`);
    expect(text).not.toContain(`${marker} what happened`);
    expect(text).not.toContain(`${marker.toLowerCase()}.phone@test.example`);
  }
  await parent.goBack();

  // Writing by address is refused with a plain page.
  await parent.goto(`${rulesUrl}/new`);
  await expect(parent.getByRole("heading", { level: 1, name: "This space is read-only" })).toBeVisible();
  await expect(parent.getByRole("link", { name: "Get a copy of your data" })).toBeVisible();
  await expectAccessible(parent);

  // The social worker restarts the plan: the parent writes again.
  await worker.getByRole("link", { name: "See the plan end or restart the plan" }).click();
  await expect(worker.getByRole("heading", { level: 1, name: "This plan has ended" })).toBeVisible();
  await expectAccessible(worker);
  await worker.getByRole("button", { name: "Restart the plan" }).click();
  await expect(worker.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  await expect(worker.getByRole("region", { name: "This plan has ended" })).toHaveCount(0);
  await parent.goto(rulesUrl);
  await expect(parent.getByRole("link", { name: "Write a new rule" })).toBeVisible();
  await parent.context().close();
  await worker.context().close();
});
