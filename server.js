// Production server: Remix on Express, so the app knows the caller's address (for the
// sign-in rate limiter) and every request carries an id for audit records and error pages.
// It never logs request lines: URLs and addresses are personal data here.
import { randomUUID } from "node:crypto";

import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const build = await import("./build/index.js");
const port = Number(process.env.PORT ?? 3000);
const trustProxy = process.env.TRUST_PROXY === "true" || process.env.TRUST_PROXY === "1";

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", trustProxy);
app.use(compression());

app.use((req, res, next) => {
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

// Fingerprinted assets can be cached for good; everything else briefly.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

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
  console.log(`Safety Circle is ready at http://localhost:${port}`);
});
