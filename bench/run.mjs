// `npm run bench`: builds, seeds a large and a small SQLite database, starts the production
// server on each and prints one table of first-visit bytes, throughput, latency, SQL per page
// and memory, with the targets of issue 10. See bench/README.md. Loopback only; never in CI.
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "@playwright/test";
import { createCookie } from "@remix-run/node";
import Database from "better-sqlite3";

import { id, seed } from "./seed.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const LARGE = option("families", 50_000);
const AUDIT_ROWS = option("audit-rows", 5_000_000);
const SMALL = option("small", 500);
const SECONDS = option("seconds", 5);
const ROUNDS = option("rounds", 3);
const CONNECTIONS = 10;
const FAMILY = id("fam", 0);
const SKIP_BUILD = process.argv.includes("--skip-build");

const log = (line) => process.stderr.write(`${line}\n`);
const tmp = mkdtempSync(join(tmpdir(), "sc-bench-"));
let server = null;

function cleanUp() {
  if (server && server.exitCode === null) server.kill("SIGTERM");
  rmSync(tmp, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function freePort() {
  return new Promise((done, fail) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on("error", fail);
  });
}

function prepareDatabase(name, families, auditRows) {
  const file = join(tmp, `${name}.db`);
  const started = Date.now();
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "ignore",
  });
  seed(file, { families, auditRows });
  log(
    `seeded ${name}: ${families} families, ${auditRows} audit rows in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return file;
}

const cookieJar = createCookie("sc_session", { path: "/", httpOnly: true, sameSite: "lax" });

/** A session row for the first family's parent, as the sign-in flow writes it (hash of the token). */
async function signIn(file) {
  const token = randomBytes(32).toString("base64url");
  const db = new Database(file);
  const now = new Date();
  db.prepare(
    `INSERT INTO "Session" ("id","tokenHash","personId","createdAt","lastSeenAt","expiresAt") VALUES (?,?,?,?,?,?)`,
  ).run(
    `ses${token.slice(0, 12)}`,
    createHash("sha256").update(token).digest("hex"),
    id("per", 0, 0),
    now.toISOString(),
    now.toISOString(),
    new Date(now.getTime() + 12 * 3_600_000).toISOString(),
  );
  db.close();
  const header = await cookieJar.serialize(token);
  return { token, cookie: header.split(";")[0] };
}

/** The Node flags `npm start` gives the server (package.json), so the bench runs it the same way. */
function startFlags() {
  const script = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.start;
  const match = /^node\s+(.*?)\s*server\.js$/.exec(script);
  if (!match) throw new Error(`cannot read the Node flags of npm start ("${script}")`);
  return match[1].split(/\s+/).filter(Boolean);
}

async function startServer(file) {
  const port = await freePort();
  server = spawn(process.execPath, [...startFlags(), "--import", "./bench/count-sql.mjs", "server.js"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${file}`,
      NODE_ENV: "production",
      APP_ENV: "test",
      DEMO_MODE: "false",
      SHOW_OUTBOX: "false",
      APP_URL: `http://localhost:${port}`,
      EXIT_URL: "https://www.bbc.co.uk/weather",
      SESSION_SECRET: randomBytes(24).toString("hex"),
    },
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await get(port, "/healthz")).status === 200) return port;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error("server did not start");
}

function stopServer() {
  return new Promise((done) => {
    if (!server || server.exitCode !== null) return done();
    server.once("exit", () => done());
    server.kill("SIGTERM");
  });
}

function ask(message) {
  return new Promise((done) => {
    const listener = (reply) => {
      if (reply?.type === message) {
        server.off("message", listener);
        done(reply);
      }
    };
    server.on("message", listener);
    server.send(message);
  });
}

const rssMb = () =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))[1]) / 1024;

const HEADERS = { "accept-encoding": "br, gzip", accept: "text/html,*/*" };

function get(port, path, { agent, cookie } = {}) {
  return new Promise((done, fail) => {
    const request = http.get(
      { host: "127.0.0.1", port, path, agent, headers: { ...HEADERS, ...(cookie ? { cookie } : {}) } },
      (response) => {
        response.on("data", () => {});
        response.on("end", () => done({ status: response.statusCode }));
      },
    );
    request.on("error", fail);
  });
}

/** `connections` keep-alive connections, each sending the next request when the last one ends. */
async function load(port, path, { cookie, seconds = SECONDS, connections = CONNECTIONS } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const times = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        const { status } = await get(port, path, { agent, cookie });
        times.push(performance.now() - start);
        if (status !== 200) failures++;
      }
    }),
  );
  agent.destroy();
  const sorted = times.sort((a, b) => a - b);
  return { rps: times.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), failures };
}

/** One request at a time: what a single page costs the server, without queueing. */
async function alone(port, path, cookie, count = 200) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await get(port, path, { agent, cookie });
    times.push(performance.now() - start);
  }
  agent.destroy();
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

/** Statements and written rows of one page view, with the session due for its touch. */
async function sqlPerView(port, path, cookie, file, token) {
  const db = new Database(file);
  const stale = new Date(Date.now() - 5 * 60_000).toISOString();
  db.prepare(`UPDATE "Session" SET "lastSeenAt" = ? WHERE "tokenHash" = ?`).run(
    stale,
    createHash("sha256").update(token).digest("hex"),
  );
  const auditBefore = db.prepare(`SELECT max(rowid) AS n FROM "AuditEvent"`).get().n;
  await ask("sql:start");
  const { status } = await get(port, path, { cookie });
  const { statements } = await ask("sql:read");
  const auditRows = db.prepare(`SELECT count(*) AS n FROM "AuditEvent" WHERE rowid > ?`).get(auditBefore).n;
  db.close();
  const work = statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b/i.test(sql));
  const sessionUpdates = work.filter((sql) =>
    /^UPDATE\s+[`"]?(main[`"]?\.[`"]?)?Session[`"]?/i.test(sql),
  ).length;
  if (status !== 200) throw new Error(`${path} answered ${status}`);
  return { statements: work.length, auditRows, sessionUpdates };
}

/** Cold cache, one fresh browser context per page: bytes on the wire (headers and compressed bodies). */
async function firstVisits(port, pages, token) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  const results = {};
  try {
    for (const [name, path, signedIn] of pages) {
      const context = await browser.newContext();
      if (signedIn) {
        const value = (await cookieJar.serialize(token)).split(";")[0].split("=").slice(1).join("=");
        await context.addCookies([
          { name: "sc_session", value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" },
        ]);
      }
      const page = await context.newPage();
      const finished = [];
      page.on("requestfinished", (request) => finished.push(request));
      const response = await page.goto(`http://localhost:${port}${path}`, { waitUntil: "networkidle" });
      if (response?.status() !== 200 || new URL(page.url()).pathname !== path)
        throw new Error(`${path} did not load (${response?.status()} at ${page.url()})`);
      let bytes = 0;
      for (const request of finished) {
        const sizes = await request.sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      }
      results[name] = { kb: bytes / 1024, requests: finished.length };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

/**
 * Lighthouse (mobile preset: a mid-range phone on slow 4G, CPU slowed 4x) on the signed-in plan
 * page in Debian's Chromium, three rounds; the median performance score is the one judged.
 */
function lighthouseRounds(port, cookie) {
  const headers = join(tmp, "lighthouse-headers.json");
  writeFileSync(headers, JSON.stringify({ Cookie: cookie }));
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const report = join(tmp, `lighthouse-${round}.json`);
    execFileSync(
      join(root, "node_modules", ".bin", "lighthouse"),
      [
        `http://localhost:${port}/families/${FAMILY}/plan`,
        "--quiet",
        "--only-categories=performance,accessibility",
        "--output=json",
        `--output-path=${report}`,
        `--extra-headers=${headers}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ],
      {
        cwd: root,
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    const { categories, audits, finalDisplayedUrl } = JSON.parse(readFileSync(report, "utf8"));
    if (new URL(finalDisplayedUrl).pathname !== `/families/${FAMILY}/plan`)
      throw new Error(`Lighthouse was sent to ${finalDisplayedUrl}`);
    rounds.push({
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      lcp: audits["largest-contentful-paint"].numericValue,
      tbt: audits["total-blocking-time"].numericValue,
    });
  }
  log(
    `lighthouse: performance ${rounds.map((r) => r.performance).join(" / ")}, accessibility ${rounds.map((r) => r.accessibility).join(" / ")}`,
  );
  return rounds;
}

function staticAsset() {
  const folder = join(root, "public", "build");
  const css = readdirSync(folder, { recursive: true }).find((name) => String(name).endsWith(".css"));
  return `/build/${String(css).replaceAll("\\", "/")}`;
}

const targets = (port, cookie) => [
  ["static file", staticAsset(), undefined],
  ["/healthz", "/healthz", undefined],
  ["landing page", "/", undefined],
  ["plan page (signed in)", `/families/${FAMILY}/plan`, cookie],
];

async function measure(name, families, auditRows, { full }) {
  const file = prepareDatabase(name, families, auditRows);
  const { token, cookie } = await signIn(file);
  const port = await startServer(file);
  const result = { families, auditRows, load: {} };
  try {
    result.rssIdle = rssMb();
    const list = full
      ? targets(port, cookie)
      : targets(port, cookie).filter(([label]) => label.startsWith("plan") || label === "static file");
    for (const [, path, pathCookie] of list) {
      const { status } = await get(port, path, { cookie: pathCookie });
      if (status !== 200) throw new Error(`${path} answered ${status}`);
      await load(port, path, { cookie: pathCookie, seconds: 1 }); // warm-up
    }
    for (const [label, path, pathCookie] of list) {
      result.load[label] = [];
      for (let round = 0; round < ROUNDS; round++)
        result.load[label].push(await load(port, path, { cookie: pathCookie }));
      log(`${name} ${label}: ${result.load[label].map((r) => r.rps.toFixed(0)).join(" / ")} req/s`);
    }
    result.rssAfter = rssMb();
    result.planAlone = await alone(port, `/families/${FAMILY}/plan`, cookie);
    result.sql = {
      plan: await sqlPerView(port, `/families/${FAMILY}/plan`, cookie, file, token),
      home: await sqlPerView(port, `/families/${FAMILY}`, cookie, file, token),
    };
    if (full) {
      result.visits = await firstVisits(
        port,
        [
          ["landing", "/", false],
          ["sign-in", "/sign-in", false],
          ["plan", `/families/${FAMILY}/plan`, true],
          ["family home", `/families/${FAMILY}`, true],
        ],
        token,
      );
      result.lighthouse = lighthouseRounds(port, cookie);
    }
  } finally {
    await stopServer();
    rmSync(file, { force: true });
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
  }
  return result;
}

const met = (ok) => (ok ? "met" : "**not met**");
const f0 = (n) => n.toFixed(0);
const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);

function table(large, small, minutes) {
  const rows = [];
  const row = (...cells) => rows.push(`| ${cells.join(" | ")} |`);
  const rounds = (label, pick, fmt) => large.load[label].map((r) => fmt(pick(r))).join(" / ");
  const med = (result, label, key) => median(result.load[label].map((r) => r[key]));
  const staticRps = med(large, "static file", "rps");

  row("Measure", "Figure", "Target", "Result");
  row("---", "---", "---", "---");
  for (const [name, visit] of Object.entries(large.visits)) {
    const isPlan = name === "plan";
    row(
      `first visit, ${name} page: KB on the wire (compressed), requests`,
      `${f1(visit.kb)} KB, ${visit.requests} requests`,
      isPlan ? "≤ 60 KB" : "–",
      isPlan ? met(visit.kb <= 60) : "–",
    );
  }
  for (const label of Object.keys(large.load)) {
    const rps = med(large, label, "rps");
    const ratio = rps / staticRps;
    const failures = large.load[label].reduce((sum, r) => sum + r.failures, 0);
    const isPlan = label.startsWith("plan");
    row(
      `${label}: req/s (rounds), ratio to static`,
      `${rounds(label, (r) => r.rps, f0)} (median ${f0(rps)}), ratio ${f2(ratio)}${failures ? `, ${failures} non-200` : ""}`,
      isPlan ? "ratio ≥ 0.2" : "–",
      isPlan ? met(ratio >= 0.2) : "–",
    );
    row(
      `${label}: p50 / p99 ms at ${CONNECTIONS} connections (rounds)`,
      large.load[label].map((r) => `${f1(r.p50)} / ${f1(r.p99)}`).join("; "),
      "–",
      "–",
    );
  }
  row(
    "plan page alone (1 connection, 200 requests): p50 ms",
    f1(large.planAlone),
    "≤ 10 ms",
    met(large.planAlone <= 10),
  );
  for (const [name, sql] of Object.entries({ "plan page": large.sql.plan, "family home": large.sql.home })) {
    row(`${name}: SQL statements per view`, String(sql.statements), "≤ 8", met(sql.statements <= 8));
    row(
      `${name}: rows written per view (session due for its touch)`,
      `${sql.auditRows} audit, ${sql.sessionUpdates} session update`,
      "1 audit, ≤ 1 session",
      met(sql.auditRows === 1 && sql.sessionUpdates <= 1),
    );
  }
  const lighthouse = large.lighthouse;
  const performance = median(lighthouse.map((r) => r.performance));
  const accessibility = Math.min(...lighthouse.map((r) => r.accessibility));
  row(
    "Lighthouse mobile, plan page (signed in): performance (rounds)",
    `${lighthouse.map((r) => r.performance).join(" / ")} (median ${performance})`,
    "≥ 95",
    met(performance >= 95),
  );
  row(
    "Lighthouse mobile, plan page: accessibility (rounds)",
    lighthouse.map((r) => r.accessibility).join(" / "),
    "100",
    met(accessibility === 100),
  );
  row(
    "Lighthouse: largest contentful paint / total blocking time, ms (rounds)",
    lighthouse.map((r) => `${f0(r.lcp)} / ${f0(r.tbt)}`).join("; "),
    "–",
    "–",
  );
  row(
    "server RSS idle / after load, MB",
    `${f0(large.rssIdle)} / ${f0(large.rssAfter)}`,
    "after ≤ 250 MB",
    met(large.rssAfter <= 250),
  );
  const planLabel = "plan page (signed in)";
  const compare = [
    ["plan req/s (median)", med(large, planLabel, "rps"), med(small, planLabel, "rps"), f0],
    [
      "plan p50 ms at 10 connections (median)",
      med(large, planLabel, "p50"),
      med(small, planLabel, "p50"),
      f1,
    ],
    ["plan page alone p50 ms", large.planAlone, small.planAlone, f1],
    ["plan SQL statements", large.sql.plan.statements, small.sql.plan.statements, String],
  ];
  const smallStatic = med(small, "static file", "rps");
  const lines = [
    `# Benchmark results, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Large data set: ${large.families.toLocaleString("en-GB")} families (3 members each, a published plan, 2 item views),`,
    `${large.auditRows.toLocaleString("en-GB")} audit rows. Small: ${small.families} families, ${small.auditRows.toLocaleString("en-GB")} audit rows.`,
    `Load: ${CONNECTIONS} keep-alive connections on loopback, ${SECONDS} s per round, ${ROUNDS} rounds, after a 1 s warm-up;`,
    "client and server share the machine, so req/s and ms vary with its other load. Whole run:",
    `${f1(minutes)} minutes. How to run and what is judged: bench/README.md.`,
    "",
    ...rows,
    "",
    `## Plan page, ${large.families.toLocaleString("en-GB")} vs ${small.families} families`,
    "",
    `| Measure | ${large.families.toLocaleString("en-GB")} | ${small.families} | ratio |`,
    "| --- | --- | --- | --- |",
    ...compare.map(([name, a, b, fmt]) => `| ${name} | ${fmt(a)} | ${fmt(b)} | ${f2(a / b)} |`),
    `| static file req/s (median) | ${f0(staticRps)} | ${f0(smallStatic)} | ${f2(staticRps / smallStatic)} |`,
    `| server RSS after load, MB | ${f0(large.rssAfter)} | ${f0(small.rssAfter)} | ${f2(large.rssAfter / small.rssAfter)} |`,
    "",
  ];
  return lines.join("\n");
}

async function main() {
  const started = Date.now();
  if (!SKIP_BUILD)
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const large = await measure("large", LARGE, AUDIT_ROWS, { full: true });
  const small = await measure("small", SMALL, Math.round((AUDIT_ROWS * SMALL) / LARGE), { full: false });
  const markdown = table(large, small, (Date.now() - started) / 60_000);
  mkdirSync(join(root, "bench"), { recursive: true });
  const out = join(root, "bench", `results-${new Date().toISOString().slice(0, 10)}.md`);
  writeFileSync(out, markdown);
  process.stdout.write(`${markdown}\nWritten to ${out}\n`);
}

try {
  await main();
} finally {
  cleanUp();
}
