import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

/**
 * Collects CSP violations in this browser context: the browser's own console messages, and
 * `securitypolicyviolation` events, which an init script turns into console messages (a
 * console message needs no exposed binding, which would slow every page and upset axe).
 */
async function watchCsp(context: BrowserContext, violations: string[]) {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Content Security Policy violation event: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`,
      );
    });
  });
  context.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    // entry.client.tsx logs a namespace a page uses without declaring it (handle.i18n).
    if (/Locale namespace .* not declared/.test(message.text())) violations.push(message.text());
  });
}

/**
 * Every browser test runs with the CSP enforced and fails on any violation (or on a page using a
 * locale namespace its routes did not declare), in the default
 * context and in any context it opens with `browser.newContext()`. Specs import `test` from here.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        await watchCsp(opened, violations);
        return opened;
      };
      await use(violations);
      browser.newContext = newContext;
      expect(violations, "no Content-Security-Policy violations, and no undeclared locale namespace").toEqual(
        [],
      );
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe (WCAG 2.1 A and AA) on the page as it is now; any violation fails the test. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(0);
}

/** The subject line that starts every "something new" digest (app/modules/notices). */
export const DIGEST_SUBJECT = "You have something new in Safety Circle";

/**
 * The texts of the emails to this address in the outbox, newest first. Read with a plain
 * request, not a page load: it is a test fixture, and sign-in polls it.
 */
export async function mailTexts(page: Page, email: string): Promise<string[]> {
  const response = await page.request.get("/outbox");
  expect(response.ok()).toBe(true);
  const html = await response.text();
  return html
    .split(`aria-label="Email to ${email}"`)
    .slice(1)
    .map((part) => part.match(/<pre[^>]*>([\s\S]*?)<\/pre>/)?.[1] ?? "");
}

/**
 * The text of the newest email to this address in the outbox, or "" when there is none. A
 * "something new" digest may arrive at any moment after a change, so it is passed over here:
 * the journeys that read codes and links never mistake one for the email they wait for.
 */
export async function newestMailText(page: Page, email: string): Promise<string> {
  return (await mailTexts(page, email)).find((text) => !text.startsWith(DIGEST_SUBJECT)) ?? "";
}

/**
 * Sign-in mail is sent by a job just after the request, so wait (polling the outbox) for an
 * email to this address that differs from `previous` (codes and links are random, so a new
 * email always differs).
 */
export async function waitForNewMail(page: Page, email: string, previous = ""): Promise<string> {
  let text = "";
  await expect
    .poll(
      async () => {
        text = await newestMailText(page, email);
        return text !== "" && text !== previous;
      },
      { message: `a new email to ${email}`, timeout: 15_000 },
    )
    .toBe(true);
  return text;
}

/** Reads the code from the next sign-in email sent to this address. */
export async function readCodeFromOutbox(page: Page, email: string, previous = "") {
  const text = await waitForNewMail(page, email, previous);
  const code = text.match(/\b(\d{6})\b/)?.[1];
  expect(code, "a 6-digit code in the email").toBeTruthy();
  return code!;
}

/** Reads the link of this kind (sign-in or invitation) from the next email sent to this address. */
export async function readLinkFromOutbox(
  page: Page,
  email: string,
  kind: "sign-in/link" | "invitations",
  previous = "",
) {
  const text = await waitForNewMail(page, email, previous);
  const url = text.match(new RegExp(`https?://\\S+/${kind}/[A-Za-z0-9_-]{43}`))?.[0];
  expect(url, `a ${kind} link in the email`).toBeTruthy();
  return new URL(url!).pathname;
}

/** Signs in through the UI: email, then the code from the outbox. Checks each page with axe. */
export async function signIn(page: Page, email: string, { axe = false, remember = false } = {}) {
  const previous = await newestMailText(page, email);
  await page.goto("/sign-in");
  if (axe) await expectAccessible(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  if (axe) await expectAccessible(page);
  const code = await readCodeFromOutbox(page, email, previous);
  if (axe) {
    await page.goto("/outbox");
    await expectAccessible(page);
  }
  await page.goto("/sign-in/code");
  await page.getByLabel("Code from the email").fill(code);
  if (remember) await page.getByLabel("Keep me signed in on this device").check();
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A browser of one's own for one person: signed in, on their family home. */
export async function personPage(
  browser: Browser,
  email: string,
  { width, javaScript = true }: { width?: number; javaScript?: boolean } = {},
) {
  const context = await browser.newContext({
    viewport: width ? { width, height: 800 } : undefined,
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  return page;
}

/** A social worker signed in, who lands on their caseload, then opens one family's home from it. */
export async function caseloadFamilyPage(
  browser: Browser,
  email: string,
  familyName: string,
  { javaScript = true }: { javaScript?: boolean } = {},
) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Your caseload" })).toBeVisible();
  await page.getByRole("region", { name: familyName }).getByRole("link", { name: familyName }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  return page;
}
