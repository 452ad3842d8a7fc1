// One check for every request that can change something: it must come from our own pages.
// Plain JavaScript so server.js can use it before Remix runs (resource routes such as
// /sign-out have no page, and Remix's own check answers 500 instead of 403).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a non-GET request comes from another site.
 * - `Sec-Fetch-Site` (sent by every current browser) must be `same-origin`.
 * - Otherwise `Origin`, when present, must name this host (`null` never does).
 * - A request with neither header is not from a browser form (curl, tests, monitoring); it is
 *   let through. Cross-site browser posts carry no session cookie anyway (SameSite=Lax).
 * @param {{ method: string, headers: Record<string, string | string[] | undefined>, trustProxy?: boolean }} request
 */
export function isCrossSiteWrite({ method, headers, trustProxy = false }) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = first(headers["sec-fetch-site"]);
  if (site) return site !== "same-origin";
  const origin = first(headers.origin);
  if (origin === undefined) return false;
  let originHost;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const forwarded = trustProxy ? first(headers["x-forwarded-host"])?.split(",")[0]?.trim() : undefined;
  const host = forwarded || first(headers.host);
  return !host || originHost !== host;
}

/** Express middleware: 403 with an empty body for cross-site writes, on every route. */
export function refuseCrossSiteWrites({ trustProxy = false } = {}) {
  return (req, res, next) => {
    if (isCrossSiteWrite({ method: req.method, headers: req.headers, trustProxy })) {
      res.setHeader("Cache-Control", "no-store");
      res.status(403).end();
      return;
    }
    next();
  };
}

function first(value) {
  return Array.isArray(value) ? value[0] : value;
}
