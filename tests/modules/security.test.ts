import { afterEach, describe, expect, it } from "vitest";

import { handleDataRequest } from "~/entry.server";
import { overrideEnvForTests, resetEnvForTests } from "~/utils/env.server";
import {
  applySecurityHeaders,
  contentSecurityPolicy,
  newNonce,
  strictTransportSecurity,
} from "~/utils/security-headers.server";

import { isCrossSiteWrite } from "../../server/cross-site.js";

afterEach(() => resetEnvForTests());

describe("security headers", () => {
  it("builds a nonce CSP that allows scripts only with the nonce", () => {
    const nonce = newNonce();
    expect(nonce).not.toBe(newNonce());
    const csp = contentSecurityPolicy(nonce);
    expect(csp).toContain(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-inline");
  });

  it("adds no-store unless a route chose its own caching", () => {
    const page = applySecurityHeaders(new Headers(), { nonce: "abc" });
    expect(page.get("Cache-Control")).toBe("no-store");
    expect(page.get("Content-Security-Policy")).toContain("'nonce-abc'");
    expect(
      applySecurityHeaders(new Headers({ "Cache-Control": "public, max-age=60" })).get("Cache-Control"),
    ).toBe("public, max-age=60");
  });

  it("HSTS: a year with subdomains, only in production, set by server.js alone (a second copy from a page would be sent joined to the first)", () => {
    expect(strictTransportSecurity()).toBeNull();
    overrideEnvForTests({ APP_ENV: "production" });
    expect(strictTransportSecurity()).toBe("max-age=31536000; includeSubDomains");
    expect(applySecurityHeaders(new Headers(), { nonce: "abc" }).get("Strict-Transport-Security")).toBeNull();
    // The production server's own test (tests/processes/production-server.test.ts) checks every kind of response.
  });

  it("gives single-fetch .data responses no-store", async () => {
    const args = { request: new Request("http://localhost/families/x.data"), params: {}, context: {} };
    const response = await handleDataRequest(new Response("data", { status: 200 }), args);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("data");
  });
});

describe("cross-site writes", () => {
  const post = (headers: Record<string, string>, trustProxy = false) =>
    isCrossSiteWrite({ method: "POST", headers: { host: "app.example", ...headers }, trustProxy });

  it("refuses posts another site started", () => {
    expect(post({ origin: "https://evil.example" })).toBe(true);
    expect(post({ origin: "null" })).toBe(true);
    expect(post({ origin: "not a url" })).toBe(true);
    expect(post({ "sec-fetch-site": "cross-site" })).toBe(true);
    expect(post({ "sec-fetch-site": "same-site", origin: "https://app.example" })).toBe(true);
    expect(post({ "sec-fetch-site": "none" })).toBe(true);
    // A forwarded host is believed only behind a trusted proxy.
    expect(post({ origin: "https://evil.example", "x-forwarded-host": "evil.example" })).toBe(true);
    expect(
      isCrossSiteWrite({
        method: "DELETE",
        headers: { host: "app.example", origin: "https://evil.example" },
      }),
    ).toBe(true);
  });

  it("lets our own pages, safe methods and non-browser clients through", () => {
    expect(post({ origin: "https://app.example" })).toBe(false);
    expect(post({ "sec-fetch-site": "same-origin", origin: "https://app.example" })).toBe(false);
    expect(post({ origin: "https://app.example", "x-forwarded-host": "app.example" }, true)).toBe(false);
    expect(post({})).toBe(false);
    expect(isCrossSiteWrite({ method: "GET", headers: { origin: "https://evil.example" } })).toBe(false);
  });
});
