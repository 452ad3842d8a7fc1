// A family's pages are plain HTML with their strings in the page. The few staff pages that
// hydrate download strings one namespace at a time: only the namespaces their routes declare,
// and a client-side navigation loads the next page's namespaces before showing it, so no raw
// "namespace:key" ever shows. In English and in Welsh.
import type { Page } from "@playwright/test";

import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2ePeople } from "./people";

// The root layout's namespaces (app/root.tsx), which every hydrating page has.
const layout = ["common", "directory", "errors", "help"];
const allNamespaces = [
  "auth",
  "commitments",
  "common",
  "directory",
  "email",
  "errors",
  "family",
  "glossary",
  "guide",
  "help",
  "kinship",
  "meetings",
  "network",
  "plan",
  "rules",
];
const rawKey = new RegExp(`\\b(${allNamespaces.join("|")}):[A-Za-z]`);

/** Records every locale request of the page as "lng/ns", checking each URL carries a content hash. */
function watchLocales(page: Page) {
  const requested: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith("/resources/locales/")) return;
    expect(url.searchParams.get("v"), request.url()).toMatch(/^[0-9a-f]{12}$/);
    requested.push(url.pathname.replace("/resources/locales/", ""));
  });
  return {
    /** The locale files requested since the last call, sorted. */
    async take() {
      await page.waitForLoadState("networkidle");
      return requested.splice(0).sort();
    },
  };
}

function files(language: string, namespaces: string[]) {
  return namespaces.map((namespace) => `${language}/${namespace}`).sort();
}

/**
 * Watches every text the page ever shows, not only the final state: a raw key that flashed
 * during a navigation and was then replaced is caught too. A raw key shows either with its
 * namespace ("plan:read.title") or, from a namespace-bound `t`, as a bare dotted key.
 */
async function watchForRawKeys(page: Page) {
  await page.addInitScript((pattern) => {
    const prefixed = new RegExp(pattern);
    const bare = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;
    const seen: string[] = [];
    (window as unknown as { rawKeysSeen: string[] }).rawKeysSeen = seen;
    const check = (node: Node) => {
      if (node.parentElement?.closest("script, style")) return;
      const trimmed = (node.textContent ?? "").trim();
      if (prefixed.test(trimmed) || bare.test(trimmed)) seen.push(trimmed);
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "characterData") check(record.target);
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.TEXT_NODE) check(node);
          else if (node instanceof Element) {
            const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) check(walker.currentNode);
          }
        }
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, rawKey.source);
}

async function expectNoRawKeys(page: Page) {
  expect(await page.locator("body").innerText()).not.toMatch(rawKey);
  expect(await page.title()).not.toMatch(rawKey);
  expect(
    await page.evaluate(() => (window as unknown as { rawKeysSeen?: string[] }).rawKeysSeen ?? []),
    "raw keys shown at any moment",
  ).toEqual([]);
}

test("a family's pages download no strings; a staff page that hydrates downloads only its own, and a client-side move loads the next page's first, in English and Welsh", async ({
  page,
}) => {
  const locales = watchLocales(page);
  await watchForRawKeys(page);

  // Family pages are plain HTML: the strings are in the page, no locale file is fetched.
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  expect(await locales.take()).toEqual([]);
  await expectAccessible(page);
  await signIn(page, e2ePeople.adviser.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  expect(await locales.take()).toEqual([]);
  await expectNoRawKeys(page);

  // The directory's editing pages hydrate: the layout's strings, nothing else.
  await page.goto("/directory/new");
  await expect(page.getByRole("heading", { level: 1, name: "Add a service" })).toBeVisible();
  expect(await locales.take()).toEqual(files("en", layout));
  await expectNoRawKeys(page);
  await expectAccessible(page);

  // Client-side on to the family's home (the header's link, through the families list's
  // redirect): its namespaces are fetched first, each once.
  await page.getByRole("banner").getByRole("link", { name: "Safety Circle" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  expect(await locales.take()).toEqual(
    files("en", ["commitments", "family", "family-space", "meetings", "rules"]),
  );
  await expectNoRawKeys(page);
  await expectAccessible(page);

  // Welsh is a full page load of a plain page: shown in Welsh, no locale file fetched.
  await page.getByRole("button", { name: "Cymraeg" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Hafan y teulu" })).toBeVisible();
  expect(await locales.take()).toEqual([]);
  await expectNoRawKeys(page);
  await expectAccessible(page);

  // A hydrating page in Welsh fetches the Welsh files only.
  await page.goto("/directory/new");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  expect(await locales.take()).toEqual(files("cy", layout));
  await expectNoRawKeys(page);

  // The choice is saved on the person, and other journeys sign in as them: back to English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Add a service" })).toBeVisible();
  await expectNoRawKeys(page);
});
