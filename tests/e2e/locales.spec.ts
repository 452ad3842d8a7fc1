// Strings reach the browser one namespace at a time: a hydrating page downloads only the
// namespaces its routes declare, and a client-side navigation loads the next page's namespaces
// before showing it, so no raw "namespace:key" ever shows. In English and in Welsh.
import type { Page } from "@playwright/test";

import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2eNetworkFamily, e2ePeople } from "./people";

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

test("a page downloads only its own namespaces, and a client-side navigation loads the next page's first, in English and Welsh", async ({
  page,
}) => {
  const locales = watchLocales(page);
  await watchForRawKeys(page);
  const nav = page.getByRole("navigation", { name: "This family's space" });

  // The sign-in page hydrates: the layout's strings and the sign-in ones, nothing else.
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  expect(await locales.take()).toEqual(files("en", [...layout, "auth"]));
  await expectAccessible(page);

  // Signing in ends with a client-side move (the app is running) to the family home: its
  // namespaces are fetched on the way, each once. (The helper's own page loads of the sign-in
  // pages fetch the sign-in page's files again, from the cache.)
  await signIn(page, e2ePeople.willowDad.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  await expect(page.getByText(e2eNetworkFamily.name).first()).toBeVisible();
  const signingIn = await locales.take();
  expect(signingIn.filter((file) => !files("en", [...layout, "auth"]).includes(file))).toEqual(
    files("en", ["commitments", "family", "meetings", "rules"]),
  );
  await expectNoRawKeys(page);
  await expectAccessible(page);

  // On to a hydrating page in another namespace, client-side: only "network" is new.
  await nav.getByRole("link", { name: "Network" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your safety circle" })).toBeVisible();
  expect(await locales.take()).toEqual(files("en", ["network"]));
  await expectNoRawKeys(page);
  await expectAccessible(page);

  // Welsh is a full page load: the network page's namespaces in Welsh, and no English ones.
  await page.getByRole("button", { name: "Cymraeg" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Eich cylch diogelwch" })).toBeVisible();
  expect(await locales.take()).toEqual(files("cy", [...layout, "commitments", "family", "network"]));
  await expectNoRawKeys(page);
  await expectAccessible(page);

  // Client-side to another hydrating page, with a namespace not loaded yet: shown in Welsh.
  await page
    .getByRole("navigation", { name: "Gofod y teulu hwn" })
    .getByRole("link", { name: "Cynghorwyr" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Beth all cynghorwyr ei weld" })).toBeVisible();
  expect(await locales.take()).toEqual(files("cy", ["kinship"]));
  await expectNoRawKeys(page);
  await expectAccessible(page);

  // The choice is saved on the person, and other journeys sign in as them: back to English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "What advisers can see" })).toBeVisible();
  expect(await locales.take()).toEqual(files("en", [...layout, "family", "kinship"]));
  await expectNoRawKeys(page);
});
