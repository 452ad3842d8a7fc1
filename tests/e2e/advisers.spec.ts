import { type Page } from "@playwright/test";

import { expect, expectAccessible, personPage, test } from "./helpers";
import { e2eAdviserFamily, e2ePeople } from "./people";

// The family shows its adviser the rules, meetings and network, not the plan. The pages of the
// parts they see must show nothing of the plan: not the worry a rule answers, not review dates
// worked out from the plan. When the family shows the plan, the same pages show it.

const nav = (page: Page) => page.getByRole("navigation", { name: "This family's space" });

test("an adviser who is not shown the plan sees none of it on the rule and meetings pages", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const adviser = await personPage(browser, e2ePeople.larchAdviser.email);
  const homeUrl = adviser.url().split("?")[0];
  await expect(nav(adviser).getByRole("link", { name: "Plan" })).toHaveCount(0);

  await nav(adviser).getByRole("link", { name: "Rules" }).click();
  await adviser.getByRole("link", { name: e2eAdviserFamily.rule }).click();
  await expect(adviser.getByRole("heading", { level: 1, name: e2eAdviserFamily.rule })).toBeVisible();
  const ruleUrl = adviser.url();
  await expect(adviser.getByText(e2eAdviserFamily.worry)).toHaveCount(0);
  await expect(adviser.getByText("The worry it answers")).toHaveCount(0);
  await expectAccessible(adviser);

  await nav(adviser).getByRole("link", { name: "Meetings" }).click();
  await expect(adviser.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await expect(adviser.getByText(/Next review due by/)).toHaveCount(0);
  await expectAccessible(adviser);
  expect((await adviser.goto(`${homeUrl}/plan`))?.status()).toBe(404);

  // The family shows the plan: the same pages now show what comes from it.
  const parent = await personPage(browser, e2ePeople.larchParent.email);
  await nav(parent).getByRole("link", { name: "Advisers" }).click();
  const section = parent.getByRole("region", { name: e2ePeople.larchAdviser.name });
  await section.getByRole("checkbox", { name: "The plan" }).check();
  await section.getByRole("button", { name: `Save what ${e2ePeople.larchAdviser.name} can see` }).click();
  await expect(parent.getByRole("status")).toContainText("Saved.");

  await adviser.goto(ruleUrl);
  await expect(adviser.getByText(e2eAdviserFamily.worry).first()).toBeVisible();
  await nav(adviser).getByRole("link", { name: "Meetings" }).click();
  await expect(adviser.getByText(/Next review due by/)).toBeVisible();

  await Promise.all([adviser.context().close(), parent.context().close()]);
});
