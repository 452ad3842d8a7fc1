import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe (WCAG 2.1 A and AA) on the page as it is now; any violation fails the test. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(0);
}

/** Reads the newest sign-in code sent to this address from the outbox page. */
export async function readCodeFromOutbox(page: Page, email: string) {
  await page.goto("/outbox");
  const text = await page.getByRole("article", { name: `Email to ${email}` }).first().innerText();
  const code = text.match(/\b(\d{6})\b/)?.[1];
  expect(code, "a 6-digit code in the email").toBeTruthy();
  return code!;
}

/** Reads the newest link of this kind (sign-in or invitation) sent to this address. */
export async function readLinkFromOutbox(page: Page, email: string, kind: "sign-in/link" | "invitations") {
  await page.goto("/outbox");
  const text = await page.getByRole("article", { name: `Email to ${email}` }).first().innerText();
  const url = text.match(new RegExp(`https?://\\S+/${kind}/[A-Za-z0-9_-]{43}`))?.[0];
  expect(url, `a ${kind} link in the email`).toBeTruthy();
  return new URL(url!).pathname;
}

/** Signs in through the UI: email, then the code from the outbox. Checks each page with axe. */
export async function signIn(page: Page, email: string, { axe = false } = {}) {
  await page.goto("/sign-in");
  if (axe) await expectAccessible(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  if (axe) await expectAccessible(page);
  const code = await readCodeFromOutbox(page, email);
  if (axe) await expectAccessible(page);
  await page.goto("/sign-in/code");
  await page.getByLabel("Code from the email").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}
