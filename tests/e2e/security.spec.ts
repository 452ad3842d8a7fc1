// Headers and cross-site refusals on the real server (server.js in front of Remix).
import { expect, signIn, test } from "./helpers";
import { e2ePeople } from "./people";

test("every page carries a nonce CSP whose nonce is on each script, and no-store", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ]) {
    expect(csp).toContain(directive);
  }
  const nonce = csp.match(/script-src 'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
  expect(nonce).toBeTruthy();
  expect(headers["cache-control"]).toBe("no-store");
  const nonces = await page
    .locator("script")
    .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  // Sign-in is plain HTML: the quick exit's inline script is its only one.
  expect(nonces.length).toBeGreaterThan(0);
  expect(nonces.every((value) => value === nonce)).toBe(true);

  const again = await page.goto("/sign-in");
  expect(again!.headers()["content-security-policy"]).not.toContain(nonce!);

  // A page with a page script (the writing helper) carries the nonce on it too, and it runs.
  await signIn(page, e2ePeople.parent.email);
  const home = new URL(page.url()).pathname.replace(/\/$/, "");
  const ruleForm = await page.goto(`${home}/rules/new`);
  const formNonce = ruleForm!.headers()["content-security-policy"].match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
  const scripts = await page.locator("script").evaluateAll((all) =>
    all.map((script) => ({
      src: (script as HTMLScriptElement).src,
      nonce: (script as HTMLScriptElement).nonce,
    })),
  );
  expect(scripts.some((script) => script.src.includes("/scripts/writing-helper-"))).toBe(true);
  expect(scripts.every((script) => script.nonce === formNonce)).toBe(true);
});

test("responses without a page are not cached either; fingerprinted assets are", async ({
  page,
  request,
}) => {
  const redirect = await request.get("/settings/language", { maxRedirects: 0 });
  expect(redirect.status()).toBe(302);
  expect(redirect.headers()["cache-control"]).toBe("no-store");
  await page.goto("/sign-in");
  const asset = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  const css = await request.get(asset!);
  expect(css.headers()["cache-control"]).toContain("immutable");
});

test("a family page's single-fetch data is never cached", async ({ page }) => {
  await signIn(page, e2ePeople.parent.email);
  await expect(page.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();
  const data = await page.request.get(`${new URL(page.url()).pathname}.data`);
  expect(data.status()).toBe(200);
  expect(data.headers()["cache-control"]).toBe("no-store");
});

test("posts from another site are refused with 403, on routes with and without a page", async ({
  request,
}) => {
  const attempts: [string, Record<string, string>][] = [
    ["/settings/language", { language: "cy", redirectTo: "/" }],
    ["/sign-out", {}],
    ["/sign-in/demo", { email: e2ePeople.parent.email }],
    ["/sign-in", { email: e2ePeople.parent.email }],
  ];
  for (const [path, form] of attempts) {
    const refused: Record<string, string>[] = [
      { Origin: "https://evil.example" },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Site": "same-site" },
    ];
    for (const headers of refused) {
      const response = await request.post(path, { form, headers, maxRedirects: 0 });
      expect(response.status(), `${path} with ${JSON.stringify(headers)}`).toBe(403);
      expect(await response.text()).toBe("");
    }
  }
  // Our own pages' posts still work.
  const own = await request.post("/settings/language", {
    form: { language: "en", redirectTo: "/" },
    headers: {
      Origin: new URL("/", test.info().project.use.baseURL).origin,
      "Sec-Fetch-Site": "same-origin",
    },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(302);
});

test("the CSP is enforced, and the browser tests' check catches what it blocks", async ({
  page,
  cspViolations,
}) => {
  // An injected script and an outside image, as an XSS would add them to a real page.
  await page.route("**/sign-in", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      "</body>",
      "<script>window.injected=1</script><img alt='' src='https://evil.example/x.png'></body>",
    );
    await route.fulfill({ response, body });
  });
  await page.goto("/sign-in");
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
  expect(cspViolations.join("\n")).toMatch(/script-src/);
  expect(cspViolations.join("\n")).toMatch(/img-src/);
  // Seen and checked: clear them so this test's own fixture passes.
  cspViolations.length = 0;
});
