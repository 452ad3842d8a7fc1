import { type Page } from "@playwright/test";

import { expect, expectAccessible, mailTexts, personPage, test } from "./helpers";
import { e2ePeople, e2eRulesFamily } from "./people";

async function openRules(page: Page) {
  await page
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Rules" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Safety rules" })).toBeVisible();
}

const person = (key: keyof typeof e2ePeople) =>
  `${e2ePeople[key].name} (${{ PARENT: "Parent", KINSHIP_CARER: "Kinship carer", NETWORK_MEMBER: "Safety network", PRACTITIONER: "Social worker", ADVISER: "Adviser" }[e2ePeople[key].role]})`;
const about = (page: Page) => page.getByRole("group", { name: "Who is this rule about?" });
const checkers = (page: Page) => page.getByRole("group", { name: "Who makes sure the rule is kept?" });

const firstWords = "No one who has had a drink looks after Finn.";
const newWords = "No one who has had a drink looks after Finn, day or night.";

test.describe.configure({ mode: "serial" });

test("a rule is written, agreed, endorsed, changed and reported, by five people", async ({ browser }) => {
  test.setTimeout(480_000);

  // The parent writes a rule naming herself and her mother, answering a worry of the plan.
  const parent = await personPage(browser, e2ePeople.rulesParent.email);
  await openRules(parent);
  await expect(parent.getByText("There are no rules yet.")).toBeVisible();
  await expectAccessible(parent);
  await parent.getByRole("link", { name: "Write a new rule" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "Write a new rule" })).toBeVisible();
  await expectAccessible(parent);
  await parent.getByRole("button", { name: "Save the rule" }).click();
  await expect(parent.getByRole("alert")).toContainText("Write the rule");
  await parent.getByLabel("The rule, in your own words").fill(`${firstWords} The core group will check.`);
  await expect(parent.getByText("Words the family may not know:")).toBeVisible(); // the plan editor's helper, live
  await parent.getByLabel("The rule, in your own words").fill(firstWords);
  await expect(about(parent).getByLabel(person("rulesParent"))).toBeChecked();
  await about(parent).getByLabel(person("rulesNan")).check();
  await parent
    .getByLabel("Which worry in the plan does this rule answer?")
    .selectOption({ label: e2eRulesFamily.worry });
  await checkers(parent).getByLabel(person("rulesAunt")).check();
  await parent.getByLabel("Warning signs to look out for").fill("Ruth smells of drink or is slow to wake.");
  await parent
    .getByLabel("What to do if the rule is broken")
    .fill("Nora takes Finn home with her. Call Wes the same day.");
  await parent.getByRole("button", { name: "Save the rule" }).click();

  await expect(parent.getByRole("heading", { level: 1, name: firstWords })).toBeVisible();
  await expect(parent.getByText("The rule is saved.")).toBeVisible();
  const stillToAgree = parent.getByRole("region", { name: "Who still has to agree" });
  await expect(stillToAgree).toContainText(`${e2ePeople.rulesNan.name}: Has not answered yet`);
  await expect(parent.getByText(e2eRulesFamily.worry)).toBeVisible();
  await expectAccessible(parent);
  const ruleUrl = parent.url().replace(/\?.*$/, "");

  // Her mother sees it waiting on her home page, and agrees.
  const nan = await personPage(browser, e2ePeople.rulesNan.email);
  await nan.getByRole("link", { name: "1 rule is waiting for your answer." }).click();
  await nan.getByRole("link", { name: firstWords }).click();
  await expectAccessible(nan);
  await nan.getByLabel("I agree").check();
  await nan.getByRole("button", { name: "Send my answer" }).click();
  await expect(nan.getByText("Thank you. Your answer is saved.")).toBeVisible();
  await expect(nan.getByRole("heading", { name: "Everyone this rule names has agreed." })).toBeVisible();
  await expect(nan.getByText("The social worker has not said yes to this version yet.")).toBeVisible();
  // Agreed by everyone it names, so not "not agreed yet": only the social worker's yes is missing.
  await expect(nan.getByText("Waiting for the social worker", { exact: true })).toBeVisible();
  await expect(nan.getByText("Not agreed yet", { exact: true })).toHaveCount(0);

  // The practitioner says yes: the rule is agreed.
  const worker = await personPage(browser, e2ePeople.rulesWorker.email);
  await worker.getByRole("link", { name: "1 rule is waiting for you to say yes." }).click();
  await expectAccessible(worker);
  await worker.getByRole("link", { name: firstWords }).click();
  await worker.getByRole("button", { name: "Say yes to this rule" }).click();
  await expect(worker.getByText("You said yes to this version.")).toBeVisible();
  await expect(worker.getByText("Agreed", { exact: true })).toBeVisible();
  await expectAccessible(worker);
  await worker.getByRole("link", { name: "All rules" }).click();
  await expect(worker.getByRole("listitem").filter({ hasText: firstWords })).toContainText("Agreed");

  // The parent changes it: a new version, which needs agreeing again; version 1 stays readable.
  await parent.goto(ruleUrl);
  await parent.getByRole("link", { name: "Change this rule" }).click();
  await expectAccessible(parent);
  await parent.getByLabel("The rule, in your own words").fill(newWords);
  await parent.getByRole("button", { name: "Save the new version" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: newWords })).toBeVisible();
  await expect(parent.getByText("Not agreed yet", { exact: true })).toBeVisible();
  await expect(parent.getByRole("region", { name: "Who still has to agree" })).toContainText(
    e2ePeople.rulesNan.name,
  );
  await expect(parent.getByText("The social worker has not said yes to this version yet.")).toBeVisible();
  await parent.getByText("Version 1,").click();
  await expect(parent.getByText(firstWords, { exact: true })).toBeVisible();
  await expect(parent.getByRole("region", { name: "What happened to this rule" })).toContainText(
    `${e2ePeople.rulesParent.name} wrote version 2.`,
  );
  await expectAccessible(parent);

  // Nan reports a warning sign; the page says what to do now.
  await nan.goto(ruleUrl);
  await nan.getByRole("link", { name: "Say a rule was broken or a warning sign was seen" }).click();
  // Every number is a tap-to-call link, 999 first.
  const whatToDo = nan.getByRole("region", { name: "What to do now" });
  await expect(whatToDo.getByRole("link").first()).toHaveAttribute("href", "tel:999");
  await expect(whatToDo.getByRole("link", { name: "call 999" })).toBeVisible();
  await expect(whatToDo.getByRole("link", { name: "01632 960 200" })).toHaveAttribute(
    "href",
    "tel:01632960200",
  );
  await expect(whatToDo.getByRole("link", { name: "01632 960 299" })).toHaveAttribute(
    "href",
    "tel:01632960299",
  );
  await expectAccessible(nan);
  await nan.getByLabel("I saw a warning sign").check();
  await nan.getByLabel("What happened?").fill("Ruth seemed slow to wake on Sunday morning.");
  await nan.getByLabel("What day did it happen?").fill(new Date().toISOString().slice(0, 10));
  await nan.getByRole("button", { name: "Send" }).click();
  await expect(
    nan.getByText("Thank you. The social worker and the people who check this rule have been told."),
  ).toBeVisible();
  await expect(
    nan.getByRole("region", { name: "What to do now" }).getByRole("link", { name: "call 999" }),
  ).toHaveAttribute("href", "tel:999");
  await expectAccessible(nan);

  // Any email they are sent says nothing about the case (a digest, app/modules/notices).
  for (const email of [e2ePeople.rulesAunt.email, e2ePeople.rulesWorker.email]) {
    for (const mail of await mailTexts(nan, email))
      expect(mail).not.toMatch(/Finn|Ruth|drink|wake|warning|rule/i);
  }

  // The checker (the aunt) and the practitioner see it on their home page at once.
  const aunt = await personPage(browser, e2ePeople.rulesAunt.email);
  await expect(aunt.getByRole("link", { name: "1 new report about a rule." })).toBeVisible();
  // It is on her What's new too.
  await aunt.goto(`${new URL(aunt.url()).pathname.replace(/\/$/, "")}/whats-new`);
  await expect(
    aunt.getByRole("link", { name: "Someone told you about a rule being broken or a warning sign." }),
  ).toBeVisible();
  await aunt.goBack();
  await aunt.getByRole("link", { name: "1 new report about a rule." }).click();
  await expectAccessible(aunt);
  await worker.goto(ruleUrl.replace(/\/rules\/.*/, ""));
  await worker.getByRole("link", { name: "1 new report about a rule." }).click();
  await worker.getByRole("link", { name: /^I saw a warning sign/ }).click();
  await expect(worker.getByText("Ruth seemed slow to wake on Sunday morning.")).toBeVisible();
  await worker.getByLabel("What happened next?").fill("I visited on Monday. Nora has Finn this week.");
  await worker.getByRole("button", { name: "Save" }).click();
  await expect(worker.getByText("I visited on Monday. Nora has Finn this week.")).toBeVisible();
  await expectAccessible(worker);

  // The father is not a checker: he cannot see the report.
  const dad = await personPage(browser, e2ePeople.rulesDad.email);
  await expect(dad.getByRole("link", { name: /new report/ })).toHaveCount(0);
  await openRules(dad);
  await dad.getByRole("link", { name: "See reports" }).click();
  await expect(dad.getByText("There are no reports.")).toBeVisible();
  await expectAccessible(dad);

  await Promise.all([parent, nan, worker, aunt, dad].map((page) => page.context().close()));
});

test("with JavaScript off, a rule is written, answered, discussed and reported", async ({ browser }) => {
  test.setTimeout(180_000);
  const parent = await personPage(browser, e2ePeople.rulesParent.email, { javaScript: false });
  await openRules(parent);
  await parent.getByRole("link", { name: "Write a new rule" }).click();
  await parent
    .getByLabel("The rule, in your own words")
    .fill("Finn goes to bed by seven. <script>alert(1)</script>");
  await about(parent).getByLabel(person("rulesNan")).check();
  await parent.getByRole("button", { name: "Save the rule" }).click();
  // The error comes back with everything typed still there.
  await expect(parent.getByRole("alert")).toContainText("Say what to do if the rule is broken");
  await expect(parent.getByLabel("The rule, in your own words")).toHaveValue(
    "Finn goes to bed by seven. <script>alert(1)</script>",
  );
  await expect(about(parent).getByLabel(person("rulesNan"))).toBeChecked();
  await parent.getByLabel("What to do if the rule is broken").fill("Nora puts him to bed.");
  await parent.getByRole("button", { name: "Save the rule" }).click();
  await expect(
    parent.getByRole("heading", { level: 1, name: "Finn goes to bed by seven. <script>alert(1)</script>" }),
  ).toBeVisible();
  const ruleUrl = parent.url().replace(/\?.*$/, "");

  const nan = await personPage(browser, e2ePeople.rulesNan.email, { javaScript: false });
  await nan.goto(ruleUrl);
  await nan.getByLabel("I do not agree").check();
  await nan.getByRole("button", { name: "Send my answer" }).click();
  await expect(nan.getByRole("alert")).toContainText("Say why you do not agree");
  await nan.getByLabel("I do not agree").check();
  await nan.getByLabel("Why? You must say why if you do not agree.").fill("Seven is too early in summer.");
  await nan.getByRole("button", { name: "Send my answer" }).click();
  await expect(nan.getByRole("region", { name: "Who still has to agree" })).toContainText(
    "Does not agree (Why: Seven is too early in summer.)",
  );
  await nan.getByLabel("Add what you think").fill("Can we say half past seven?");
  await nan.getByRole("button", { name: "Post" }).click();
  await expect(nan.getByText("Can we say half past seven?")).toBeVisible();
  await nan.getByRole("link", { name: "Say a rule was broken or a warning sign was seen" }).click();
  await nan.getByLabel("The rule was broken").check();
  await nan.getByLabel("What happened?").fill("Finn was up until ten.");
  await nan.getByLabel("What day did it happen?").fill(new Date().toISOString().slice(0, 10));
  await nan.getByLabel("What time? (if you know)").fill("22:00");
  await nan.getByRole("button", { name: "Send" }).click();
  await expect(nan.getByText("Finn was up until ten.")).toBeVisible();
  await Promise.all([parent.context().close(), nan.context().close()]);
});

test("from the family home, a network member reports a broken rule: picks the rule, then sends the report", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const aunt = await personPage(browser, e2ePeople.rulesAunt.email);
  const rules = aunt.getByRole("region", { name: "Safety rules" });
  await rules.getByRole("link", { name: "Report a broken rule" }).click();
  await expect(aunt.getByRole("heading", { level: 1, name: "Report a broken rule" })).toBeVisible();
  // The numbers to call come first, then the rules in use to choose from.
  await expect(
    aunt.getByRole("region", { name: "What to do now" }).getByRole("link", { name: "call 999" }),
  ).toHaveAttribute("href", "tel:999");
  const which = aunt.getByRole("region", { name: "Which rule is it about?" });
  await expect(which.getByRole("link")).toHaveCount(2);
  await expectAccessible(aunt);
  await which.getByRole("link", { name: newWords }).click();

  await expect(
    aunt.getByRole("heading", { level: 1, name: "Say a rule was broken or a warning sign was seen" }),
  ).toBeVisible();
  await expect(aunt.getByText(newWords)).toBeVisible();
  await aunt.getByLabel("The rule was broken").check();
  await aunt.getByLabel("What happened?").fill("Ruth looked after Finn after a drink on Friday.");
  await aunt.getByLabel("What day did it happen?").fill(new Date().toISOString().slice(0, 10));
  await aunt.getByRole("button", { name: "Send" }).click();
  await expect(
    aunt.getByText("Thank you. The social worker and the people who check this rule have been told."),
  ).toBeVisible();
  await expect(aunt.getByText("Ruth looked after Finn after a drink on Friday.")).toBeVisible();
  await expectAccessible(aunt);

  // The rules list offers the same; the social worker, who does not report, is not offered it.
  await openRules(aunt);
  await expect(aunt.getByRole("link", { name: "Report a broken rule" })).toBeVisible();
  const worker = await personPage(browser, e2ePeople.rulesWorker.email);
  await expect(worker.getByRole("region", { name: "Safety rules" })).toBeVisible();
  await expect(worker.getByRole("link", { name: "Report a broken rule" })).toHaveCount(0);
  await Promise.all([aunt.context().close(), worker.context().close()]);
});

test("the person a rule is about cannot tick themselves as its checker", async ({ browser }) => {
  test.setTimeout(120_000);
  const parent = await personPage(browser, e2ePeople.rulesParent.email);
  await openRules(parent);
  await parent.getByRole("link", { name: "Write a new rule" }).click();
  await parent.getByLabel("The rule, in your own words").fill("Ruth has no drink in the house.");
  await expect(about(parent).getByLabel(person("rulesParent"))).toBeChecked();
  await checkers(parent).getByLabel(person("rulesParent")).check();
  await parent.getByLabel("What to do if the rule is broken").fill("Nora takes Finn home with her.");
  await parent.getByRole("button", { name: "Save the rule" }).click();
  await expect(parent.getByRole("alert")).toContainText("A person this rule is about cannot also check it.");
  await expect(parent.getByLabel("The rule, in your own words")).toHaveValue(
    "Ruth has no drink in the house.",
  );
  await expect(checkers(parent).getByLabel(person("rulesParent"))).toBeChecked();
  await expectAccessible(parent);
  await parent.context().close();
});
