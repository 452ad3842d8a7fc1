import { randomBytes } from "node:crypto";

import { getEnv } from "~/utils/env.server";

/** A fresh nonce for each page: 128 bits, base64. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The page's Content-Security-Policy. Scripts run only with this request's nonce (and what
 * those scripts load, through 'strict-dynamic'); everything else comes from our own origin.
 * `data:` images are for the empty favicon, which saves a download.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * Headers every page and every data (`.data`) response carries. Nothing a family sees may stay
 * in a shared phone's cache or back button, so no-store unless a route chose otherwise.
 */
export function applySecurityHeaders(headers: Headers, { nonce }: { nonce?: string } = {}): Headers {
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
  if (nonce) headers.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  return headers;
}

/**
 * The Strict-Transport-Security value, or null when it must not be sent. server.js sets it on
 * every response, before any route or file handler runs, so no kind of response can miss it.
 * Only in production, which is served over HTTPS: development and test sites run on plain
 * http://localhost, and a year-long pin there would break other local sites on that host.
 */
export function strictTransportSecurity(): string | null {
  return getEnv().APP_ENV === "production" ? "max-age=31536000; includeSubDomains" : null;
}
