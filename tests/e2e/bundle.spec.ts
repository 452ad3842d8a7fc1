// Families use cheap phones on pay-as-you-go data: keep the browser bundle small. These check
// the built files (sizes, not timings), so they are steady on a noisy machine.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import type { Browser, BrowserContext } from "@playwright/test";

import { expect, signIn, test } from "./helpers";
import { e2eBundleFamily, e2ePeople } from "./people";

const buildDir = "public/build";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith(".js")
        ? [join(dir, entry.name)]
        : [],
  );
}

test("no server-only library reaches the browser", () => {
  const built = files(buildDir);
  expect(built.length, "built JavaScript to check (run npm run build first)").toBeGreaterThan(0);
  for (const file of built) {
    const text = readFileSync(file, "utf8");
    expect(text, file).not.toContain("ZodError");
    expect(text, file).not.toContain("PrismaClient");
    expect(text, file).not.toContain("nodemailer");
    // The guide's Markdown renderer runs on the server only.
    expect(text, file).not.toContain("markdown-it");
  }
});

// The browser build swaps each `.server` module for an empty stand-in. A stand-in that still
// ships means browser code reads a value from server code (undefined in the browser, a crash after
// a client-side move to that page) and costs every page that shares it a request.
// The @remix-run/dev patch in patches/ lets the build drop the unused ones.
test("no shared chunk is an empty stand-in for a server module", () => {
  const shared = files(join(buildDir, "_shared"));
  expect(shared.length, "shared chunks to check (run npm run build first)").toBeGreaterThan(0);
  const standIns = shared.filter((file) => {
    const text = readFileSync(file, "utf8");
    return text.length < 300 && /\bexports=\{\}/.test(text);
  });
  expect(standIns).toEqual([]);
});

/**
 * The files every hydrating page loads, from the build's manifest: the client entry, the root
 * route and the chunks those two import. Chunks shared by only some routes are not counted.
 */
function filesEveryPageLoads(): string[] {
  const manifestFile = readdirSync(buildDir).find((name) => /^manifest-.*\.js$/.test(name));
  if (!manifestFile) return [];
  const source = readFileSync(join(buildDir, manifestFile), "utf8");
  const manifest = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as {
    entry: { module: string; imports: string[] };
    routes: { root: { module: string; imports?: string[] } };
  };
  const urls = [
    manifest.entry.module,
    ...manifest.entry.imports,
    manifest.routes.root.module,
    ...(manifest.routes.root.imports ?? []),
  ];
  return [...new Set(urls)].map((url) => join("public", url));
}

test("the JavaScript every page loads stays under 120 kB gzipped", () => {
  const always = filesEveryPageLoads();
  expect(always.length, "shared JavaScript files to measure").toBeGreaterThan(2);
  const total = always.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  test
    .info()
    .annotations.push({ type: "shared JavaScript", description: `${(total / 1024).toFixed(1)} kB gzipped` });
  expect(total).toBeLessThan(120 * 1024);
});

// Every page a family sees, on a first visit (empty cache), as a phone on pay-as-you-go data gets
// it: every byte on the wire (headers and compressed bodies). No family page loads React: the
// only scripts are the small page scripts (public/scripts), and only where a page has a live touch.
const familyPages = [
  "",
  "/plan",
  "/plan/scale",
  "/rules",
  "/rules/new",
  "/rules/report",
  "/commitments",
  "/commitments/new",
  "/commitments/coverage",
  "/meetings",
  "/network",
  "/network/invite",
  "/network/contact",
  "/advisers",
  "/help",
  "/questions",
  "/questions/new",
  "/activity",
];
const otherPages = ["/settings/calendar", "/settings/language", "/help/guide", "/directory", "/glossary"];

async function firstVisit(
  browser: Browser,
  url: string,
  cookies: Awaited<ReturnType<BrowserContext["cookies"]>>,
) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const urls = new Map<string, string>();
  let bytes = 0;
  cdp.on("Network.requestWillBeSent", (event) => urls.set(event.requestId, event.request.url));
  cdp.on("Network.loadingFinished", (event) => {
    bytes += event.encodedDataLength;
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  const status = response?.status() ?? 0;
  const heading = (await page.getByRole("heading", { level: 1 }).first().textContent()) ?? "";
  await context.close();
  return { status, heading, bytes, fetched: [...urls.values()] };
}

test("every page a family sees downloads at most 60 kB on a first visit, and no React", async ({
  browser,
}) => {
  const signingIn = await browser.newContext();
  const page = await signingIn.newPage();
  await signIn(page, e2ePeople.bundleParent.email);
  await expect(page.getByText(e2eBundleFamily.name).first()).toBeVisible();
  const home = new URL(page.url()).pathname.replace(/\/$/, "");
  const cookies = await signingIn.cookies();
  await signingIn.close();

  const visits = [
    { url: "/sign-in", cookies: [] as typeof cookies },
    ...[...familyPages.map((path) => `${home}${path}`), ...otherPages].map((url) => ({ url, cookies })),
  ];
  const sizes: string[] = [];
  for (const { url, cookies: jar } of visits) {
    const visit = await firstVisit(browser, url, jar);
    sizes.push(`${url.replace(home, "…")} ${(visit.bytes / 1024).toFixed(1)} kB/${visit.fetched.length}`);
    expect(visit.status, url).toBe(200);
    expect(visit.heading, url).not.toBe("");
    expect(
      visit.fetched.some((file) => file.endsWith(".css")),
      url,
    ).toBe(true);
    const scripts = visit.fetched.filter((file) => /\.js(\?|$)/.test(file));
    expect(
      scripts.filter((file) => !new URL(file).pathname.startsWith("/scripts/")),
      `${url} loads no React`,
    ).toEqual([]);
    expect(visit.bytes, url).toBeGreaterThan(0);
    expect(visit.bytes, url).toBeLessThanOrEqual(60 * 1024);
  }
  test.info().annotations.push({ type: "first visits", description: sizes.join("; ") });
});

test("the plan page's first visit is plain HTML and CSS, with the plan on it", async ({ browser }) => {
  const signingIn = await browser.newContext();
  const page = await signingIn.newPage();
  await signIn(page, e2ePeople.bundleParent.email);
  await expect(page.getByText(e2eBundleFamily.name).first()).toBeVisible();
  const planUrl = `${new URL(page.url()).pathname.replace(/\/$/, "")}/plan`;
  const cookies = await signingIn.cookies();
  await signingIn.close();
  const visit = await firstVisit(browser, planUrl, cookies);
  expect(visit.heading).toBe("The plan");
  expect(visit.fetched.filter((url) => /\.js(\?|$)/.test(url))).toEqual([]);
  expect(visit.bytes).toBeLessThanOrEqual(60 * 1024);
});
