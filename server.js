// Production server: Remix on Express, so the app knows the caller's address (for the
// sign-in rate limiter) and every request carries an id for audit records and error pages.
// It never logs request lines: URLs and addresses are personal data here.
import { randomUUID } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { extname, resolve, sep } from "node:path";
import zlib from "node:zlib";

import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

import { refuseCrossSiteWrites } from "./server/cross-site.js";
import { refuseLegacyDataRequests } from "./server/legacy-data.js";

const build = await import("./build/index.js");
const port = Number(process.env.PORT ?? 3000);
const trustProxy = process.env.TRUST_PROXY === "true" || process.env.TRUST_PROXY === "1";
// The app's own settings decide (production only); null elsewhere.
const strictTransportSecurity = build.entry.module.strictTransportSecurity();

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", trustProxy);
// Pages are compressed on the fly; built assets were compressed once at build time (below).
// A 32 KB brotli window instead of the default 4 MB: a page is at most a few tens of KB before
// compression, and setting up a bigger window costs more CPU than compressing the page itself
// (the plan page: 0.32 ms with 256 KB, 0.19 ms with 32 KB, the same bytes out).
app.use(
  compression({
    filter: (req, res) => !req.path.startsWith("/build/") && compression.filter(req, res),
    brotli: { params: { [zlib.constants.BROTLI_PARAM_LGWIN]: 15 } },
  }),
);

// Every response passes through here first (pages, data, redirects, resource routes, built
// files, 404s and errors), so these headers are set once, for all of them.
app.use((req, res, next) => {
  if (strictTransportSecurity) res.setHeader("Strict-Transport-Security", strictTransportSecurity);
  const id = randomUUID();
  req.headers["x-request-id"] = id;
  res.setHeader("X-Request-Id", id);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  // Other sites (the neutral exit site above all) never learn where the person came from.
  // Not "no-referrer": that makes browsers send `Origin: null`, which Remix's CSRF check refuses.
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  next();
});

/**
 * Serves the .br or .gz file that scripts/compress-assets.mjs wrote beside each built asset,
 * when the browser accepts it, with the asset's own Content-Type. Anything else falls through
 * to express.static.
 */
function precompressed(folder) {
  const root = resolve(folder);
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    res.setHeader("Vary", "Accept-Encoding");
    let file;
    try {
      file = resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next();
    }
    if (!file.startsWith(root + sep)) return next();
    const accepted = String(req.headers["accept-encoding"] ?? "");
    for (const [encoding, suffix] of [
      ["br", ".br"],
      ["gzip", ".gz"],
    ]) {
      if (
        !new RegExp(`\\b${encoding}\\b`).test(accepted) ||
        !existsSync(file + suffix) ||
        !statSync(file + suffix).isFile()
      )
        continue;
      res.type(extname(file));
      res.setHeader("Content-Encoding", encoding);
      return res.sendFile(file + suffix, { immutable: true, maxAge: "1y" });
    }
    next();
  };
}

// Fingerprinted assets can be cached for good; everything else briefly.
app.use("/build", precompressed("public/build"));
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
// The small page scripts (scripts/build-page-scripts.mjs), fingerprinted too.
app.use("/scripts", precompressed("public/scripts"));
app.use("/scripts", express.static("public/scripts", { immutable: true, maxAge: "1y" }));
// public/ holds only build/ and scripts/: no catch-all static handler, which cost a file-system
// stat on every page request.

// Everything past the static files is ours: never cached unless a route says otherwise
// (the versioned locale file does), so a shared phone keeps nothing after sign-out.
app.use((req, res, next) => {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (!res.hasHeader("Cache-Control")) res.setHeader("Cache-Control", "no-store");
    return writeHead.apply(this, args);
  };
  next();
});

app.use(refuseCrossSiteWrites({ trustProxy }));
app.use(refuseLegacyDataRequests({ log: build.entry.module.logEvent }));

app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    // A fresh object per request: the loaders of one request share their reads through it
    // (app/utils/request-scope.server.ts), so the session, person and membership are read once.
    getLoadContext: (req) => ({ clientIp: req.ip ?? "unknown" }),
  }),
);

app.listen(port, () => {
  // Log lines are JSON, one object per line (see app/utils/log.server.ts).
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", event: "server.ready", port }));
  // Sign-in mail and other jobs run here, off the request path.
  build.entry.module.startJobRunner();
});
