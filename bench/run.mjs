// `npm run bench`: builds, seeds a large and a small database on SQLite and on PostgreSQL (a
// private throwaway cluster, scripts/pg-cluster.sh), starts the production server on each (and
// two server processes on the large PostgreSQL one) and prints one table per database of
// first-visit bytes, throughput, latency, SQL per page and memory, with their targets. See
// bench/README.md. Loopback only; never in CI.
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
import pg from "pg";

import { seedPostgres } from "./seed-postgres.mjs";
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
const textOption = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const DATABASES = textOption("databases", "sqlite,postgresql").split(",");
/** A PostgreSQL server the bench may create databases on; without it, a private cluster. */
const PG_URL = textOption("pg-url", process.env.BENCH_PG_URL ?? "");
const PROCESSES = option("processes", 2);
const SHOW_SQL = process.argv.includes("--show-sql");

const log = (line) => process.stderr.write(`${line}\n`);
const tmp = mkdtempSync(join(tmpdir(), "sc-bench-"));
// As root, scripts/pg-cluster.sh runs the cluster as the postgres user, who cannot enter `tmp`.
const pgDir = join(tmpdir(), `sc-bench-pg-${process.pid}`);
let pgStarted = false;
let server = null;

function cleanUp() {
  if (server && server.exitCode === null) server.kill("SIGTERM");
  if (pgStarted)
    execFileSync("bash", ["scripts/pg-cluster.sh", "stop", pgDir], { cwd: root, stdio: "ignore" });
  pgStarted = false;
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

function migrate(url) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
}

/** The PostgreSQL server to make databases on: --pg-url, or a private cluster started now. */
function postgresServer() {
  if (PG_URL) return PG_URL;
  const url = execFileSync("bash", ["scripts/pg-cluster.sh", "start", pgDir], {
    cwd: root,
    encoding: "utf8",
  }).trim();
  pgStarted = true;
  log(`started a private PostgreSQL cluster in ${pgDir}`);
  return url;
}

/**
 * A fresh, migrated and seeded database, and the few statements the bench itself runs on it
 * (sign in, age the session, count audit rows), on SQLite or PostgreSQL.
 */
async function prepareDatabase(engine, name, families, auditRows, serverUrl) {
  const started = Date.now();
  let database;
  if (engine === "sqlite") {
    const file = join(tmp, `${name}.db`);
    migrate(`file:${file}`);
    seed(file, { families, auditRows });
    const run = (sql, params) => {
      const db = new Database(file);
      try {
        const statement = db.prepare(sql.replace(/\$\d+/g, "?"));
        return statement.reader ? statement.all(...params) : (statement.run(...params), []);
      } finally {
        db.close();
      }
    };
    database = {
      url: `file:${file}`,
      query: async (sql, params = []) => run(sql, params),
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  } else {
    const databaseName = `sc_bench_${name}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    const dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await client.end();
    };
    try {
      migrate(url.toString());
      await seedPostgres(url.toString(), { families, auditRows });
    } catch (error) {
      await dropDatabase();
      throw error;
    }
    database = {
      url: url.toString(),
      query: async (sql, params = []) => {
        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        try {
          return (await client.query(sql, params)).rows;
        } finally {
          await client.end();
        }
      },
      drop: dropDatabase,
    };
  }
  log(
    `seeded ${engine} ${name}: ${families} families, ${auditRows} audit rows in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return database;
}

const cookieJar = createCookie("sc_session", { path: "/", httpOnly: true, sameSite: "lax" });
const tokenHash = (token) => createHash("sha256").update(token).digest("hex");

/** A session row for one of the first family's people (0 the parent, 2 the practitioner), as the sign-in flow writes it (hash of the token). */
async function signIn(database, person = 0) {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  // ISO text: SQLite stores it as the app does; PostgreSQL's timestamp(3) keeps its UTC clock time.
  await database.query(
    `INSERT INTO "Session" ("id","tokenHash","personId","createdAt","lastSeenAt","expiresAt") VALUES ($1,$2,$3,$4,$5,$6)`,
    [
      `ses${token.slice(0, 12)}`,
      tokenHash(token),
      id("per", 0, person),
      now.toISOString(),
      now.toISOString(),
      new Date(now.getTime() + 12 * 3_600_000).toISOString(),
    ],
  );
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

/** The production server on `url`; with `processes` > 1, that many behind node's cluster module. */
async function startServer(url, processes = 1) {
  const port = await freePort();
  const script = processes > 1 ? "bench/cluster.mjs" : "server.js";
  server = spawn(process.execPath, [...startFlags(), "--import", "./bench/count-sql.mjs", script], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: {
      ...process.env,
      PORT: String(port),
      WORKERS: String(processes),
      DATABASE_URL: url,
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
    // A server stopped by a signal has a signalCode and no exitCode.
    if (!server || server.exitCode !== null || server.signalCode !== null) return done();
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

/** The server's resident memory, with its workers' when it runs several. */
function rssMb(pid = server.pid) {
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean);
  return own + children.reduce((sum, child) => sum + rssMb(Number(child)), 0);
}

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
async function sqlPerView(port, path, cookie, database, token) {
  const stale = new Date(Date.now() - 5 * 60_000).toISOString();
  await database.query(`UPDATE "Session" SET "lastSeenAt" = $1 WHERE "tokenHash" = $2`, [
    stale,
    tokenHash(token),
  ]);
  // Every page measured here is the first family's, so its audit rows are the ones that grow.
  const auditCount = async () =>
    Number(
      (await database.query(`SELECT count(*) AS "n" FROM "AuditEvent" WHERE "familyId" = $1`, [FAMILY]))[0].n,
    );
  const auditBefore = await auditCount();
  await ask("sql:start");
  const { status } = await get(port, path, { cookie });
  const { statements } = await ask("sql:read");
  const auditRows = (await auditCount()) - auditBefore;
  // The job runner polls its queue once a second in the same process; that is not the page's.
  const work = statements.filter(
    (sql) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b/i.test(sql) && !/[`"]Job[`"]/.test(sql),
  );
  const sessionUpdates = work.filter((sql) =>
    /^UPDATE\s+([`"]?\w+[`"]?\.)?[`"]?Session[`"]?/i.test(sql),
  ).length;
  if (status !== 200) throw new Error(`${path} answered ${status}`);
  if (SHOW_SQL) log(`${path}:\n${work.map((sql) => `  ${sql.replace(/\s+/g, " ")}`).join("\n")}`);
  return { statements: work.length, auditRows, sessionUpdates };
}

const FAMILY_PATH = `/families/${FAMILY}`;
const PARENT = 0;
const PRACTITIONER = 2;
/**
 * Every page a family sees (the list tests/e2e/bundle.spec.ts checks, and the pages of one rule,
 * commitment, meeting and plan item the seed makes), as [name, path, who is signed in].
 */
const FAMILY_PAGES = [
  ["landing", "/", null],
  ["sign-in", "/sign-in", null],
  ["sign-in code", "/sign-in/code", null],
  ["family home", FAMILY_PATH, PARENT],
  ["plan", `${FAMILY_PATH}/plan`, PARENT],
  ["plan item", `${FAMILY_PATH}/plan/items/worry00001`, PARENT],
  ["plan scale", `${FAMILY_PATH}/plan/scale`, PARENT],
  ["rules", `${FAMILY_PATH}/rules`, PARENT],
  ["rule", `${FAMILY_PATH}/rules/${id("rul", 0)}`, PARENT],
  ["new rule", `${FAMILY_PATH}/rules/new`, PARENT],
  ["report about a rule", `${FAMILY_PATH}/rules/${id("rul", 0)}/report`, PARENT],
  ["commitments", `${FAMILY_PATH}/commitments`, PARENT],
  ["commitment", `${FAMILY_PATH}/commitments/${id("com", 0)}`, PARENT],
  ["new commitment", `${FAMILY_PATH}/commitments/new`, PARENT],
  ["commitment coverage", `${FAMILY_PATH}/commitments/coverage`, PARENT],
  ["meetings", `${FAMILY_PATH}/meetings`, PARENT],
  ["meeting", `${FAMILY_PATH}/meetings/${id("mtg", 0)}`, PARENT],
  ["network", `${FAMILY_PATH}/network`, PARENT],
  ["network invite", `${FAMILY_PATH}/network/invite`, PARENT],
  ["contact details", `${FAMILY_PATH}/network/contact`, PARENT],
  ["advisers", `${FAMILY_PATH}/advisers`, PARENT],
  ["help and advice", `${FAMILY_PATH}/help`, PARENT],
  ["share advice (practitioner)", `${FAMILY_PATH}/share`, PRACTITIONER],
  ["kinship diary", `${FAMILY_PATH}/kinship/diary`, PARENT],
  ["activity", `${FAMILY_PATH}/activity`, PARENT],
  ["calendar settings", "/settings/calendar", PARENT],
  ["guide", "/help/guide", PARENT],
  ["support directory", "/directory", PARENT],
  ["glossary", "/glossary", PARENT],
];
const FIRST_VISIT_KB = 60;

/**
 * Cold cache, one fresh browser context per page: bytes on the wire (headers and compressed
 * bodies). `tokens` holds a session token per person who signs in.
 */
async function firstVisits(port, pages, tokens) {
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
    for (const [name, path, person] of pages) {
      const context = await browser.newContext();
      if (person !== null) {
        const value = (await cookieJar.serialize(tokens[person])).split(";")[0].split("=").slice(1).join("=");
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

const LANDING = "landing page";
const PLAN = "plan page (signed in)";
const STATIC = "static file";

const targets = (cookie) => [
  [STATIC, staticAsset(), undefined],
  ["/healthz", "/healthz", undefined],
  [LANDING, "/", undefined],
  [PLAN, `/families/${FAMILY}/plan`, cookie],
];

/**
 * Warm-up, then ROUNDS rounds in which each page is loaded in turn: the landing and plan pages of
 * one round run seconds apart, so their ratio is taken under the same load from the machine's
 * other users, round by round.
 */
async function loadRounds(port, list) {
  for (const [, path, cookie] of list) {
    const { status } = await get(port, path, { cookie });
    if (status !== 200) throw new Error(`${path} answered ${status}`);
    await load(port, path, { cookie, seconds: 1 });
  }
  const results = Object.fromEntries(list.map(([label]) => [label, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const [label, path, cookie] of list) results[label].push(await load(port, path, { cookie }));
  return results;
}

async function measure(engine, name, families, auditRows, { full, processes, serverUrl }) {
  const database = await prepareDatabase(engine, name, families, auditRows, serverUrl);
  const result = { engine, families, auditRows, load: {} };
  try {
    const { token, cookie } = await signIn(database);
    const port = await startServer(database.url);
    try {
      result.rssIdle = rssMb();
      const list = full ? targets(cookie) : targets(cookie).filter(([label]) => label !== "/healthz");
      result.load = await loadRounds(port, list);
      for (const [label, rounds] of Object.entries(result.load))
        log(`${engine} ${name} ${label}: ${rounds.map((r) => r.rps.toFixed(0)).join(" / ")} req/s`);
      result.rssAfter = rssMb();
      result.planAlone = await alone(port, `/families/${FAMILY}/plan`, cookie);
      result.sql = {
        plan: await sqlPerView(port, `/families/${FAMILY}/plan`, cookie, database, token),
        home: await sqlPerView(port, `/families/${FAMILY}`, cookie, database, token),
      };
      // Bytes on the wire and Lighthouse do not depend on the database: measured once, on SQLite.
      if (full && engine === "sqlite") {
        const practitioner = await signIn(database, PRACTITIONER);
        result.visits = await firstVisits(port, FAMILY_PAGES, {
          [PARENT]: token,
          [PRACTITIONER]: practitioner.token,
        });
        result.lighthouse = lighthouseRounds(port, cookie);
      }
    } finally {
      await stopServer();
    }
    if (processes > 1) {
      // The same database, now behind `processes` app processes sharing one port.
      const port = await startServer(database.url, processes);
      try {
        const list = targets(cookie).filter(([label]) => label === LANDING || label === PLAN);
        result.cluster = { processes, rssIdle: rssMb(), load: await loadRounds(port, list) };
        result.cluster.rssAfter = rssMb();
        for (const [label, rounds] of Object.entries(result.cluster.load))
          log(
            `${engine} ${name}, ${processes} processes, ${label}: ${rounds.map((r) => r.rps.toFixed(0)).join(" / ")} req/s`,
          );
      } finally {
        await stopServer();
      }
    }
  } finally {
    await database.drop();
  }
  return result;
}

const met = (ok) => (ok ? "met" : "**not met**");
const f0 = (n) => n.toFixed(0);
const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);
const med = (load, label, key) => median(load[label].map((r) => r[key]));
/** Plan req/s over landing req/s, round by round (each pair measured seconds apart). */
const landingRatios = (load) => load[PLAN].map((plan, round) => plan.rps / load[LANDING][round].rps);
const spread = (values) => `${f0(Math.min(...values))}–${f0(Math.max(...values))}`;

function loadRows(load, row) {
  const staticRps = load[STATIC] ? med(load, STATIC, "rps") : null;
  for (const label of Object.keys(load)) {
    const rps = med(load, label, "rps");
    const failures = load[label].reduce((sum, r) => sum + r.failures, 0);
    const isPlan = label === PLAN;
    const rounds = load[label].map((r) => f0(r.rps)).join(" / ");
    row(
      `${label}: req/s (rounds)${staticRps ? ", ratio to static" : ""}`,
      `${rounds} (median ${f0(rps)})${staticRps ? `, ratio ${f2(rps / staticRps)}` : ""}${failures ? `, ${failures} non-200` : ""}`,
      isPlan && staticRps ? "ratio ≥ 0.2" : "–",
      isPlan && staticRps ? met(rps / staticRps >= 0.2) : "–",
    );
    row(
      `${label}: p50 / p99 ms at ${CONNECTIONS} connections (rounds)`,
      load[label].map((r) => `${f1(r.p50)} / ${f1(r.p99)}`).join("; "),
      "–",
      "–",
    );
  }
  const ratios = landingRatios(load);
  row(
    "plan page req/s ÷ landing page req/s (rounds)",
    `${ratios.map(f2).join(" / ")} (median ${f2(median(ratios))})`,
    "≥ 0.5",
    met(median(ratios) >= 0.5),
  );
}

function databaseTable(large, small) {
  const rows = [];
  const row = (...cells) => rows.push(`| ${cells.join(" | ")} |`);
  row("Measure", "Figure", "Target", "Result");
  row("---", "---", "---", "---");
  for (const [name, visit] of Object.entries(large.visits ?? {})) {
    row(
      `first visit, ${name} page: KB on the wire (compressed), requests`,
      `${f1(visit.kb)} KB, ${visit.requests} requests`,
      `≤ ${FIRST_VISIT_KB} KB`,
      met(visit.kb <= FIRST_VISIT_KB),
    );
  }
  loadRows(large.load, row);
  row(
    "plan page alone (1 connection, 200 requests): p50 ms",
    f1(large.planAlone),
    "≤ 10 ms",
    met(large.planAlone <= 10),
  );
  // The budgets of tests/budget/page-budgets.test.ts.
  for (const [name, sql, budget] of [
    ["plan page", large.sql.plan, 7],
    ["family home", large.sql.home, 8],
  ]) {
    row(
      `${name}: SQL statements per view`,
      String(sql.statements),
      `≤ ${budget}`,
      met(sql.statements <= budget),
    );
    row(
      `${name}: rows written per view (session due for its touch)`,
      `${sql.auditRows} audit, ${sql.sessionUpdates} session update`,
      "1 audit, ≤ 1 session",
      met(sql.auditRows === 1 && sql.sessionUpdates <= 1),
    );
  }
  if (large.lighthouse) {
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
  }
  row(
    "server RSS idle / after load, MB",
    `${f0(large.rssIdle)} / ${f0(large.rssAfter)}`,
    "after ≤ 250 MB",
    met(large.rssAfter <= 250),
  );
  const compare = [
    ["plan req/s (median)", med(large.load, PLAN, "rps"), med(small.load, PLAN, "rps"), f0],
    [
      "plan p50 ms at 10 connections (median)",
      med(large.load, PLAN, "p50"),
      med(small.load, PLAN, "p50"),
      f1,
    ],
    [
      "plan p99 ms at 10 connections (median)",
      med(large.load, PLAN, "p99"),
      med(small.load, PLAN, "p99"),
      f1,
    ],
    [
      "plan req/s ÷ landing req/s (median)",
      median(landingRatios(large.load)),
      median(landingRatios(small.load)),
      f2,
    ],
    ["plan page alone p50 ms", large.planAlone, small.planAlone, f1],
    ["plan SQL statements", large.sql.plan.statements, small.sql.plan.statements, String],
    ["static file req/s (median)", med(large.load, STATIC, "rps"), med(small.load, STATIC, "rps"), f0],
    ["server RSS after load, MB", large.rssAfter, small.rssAfter, f0],
  ];
  const lines = [
    ...rows,
    "",
    `Plan page, ${large.families.toLocaleString("en-GB")} vs ${small.families} families:`,
    "",
    `| Measure | ${large.families.toLocaleString("en-GB")} | ${small.families} | ratio |`,
    "| --- | --- | --- | --- |",
    ...compare.map(([name, a, b, fmt]) => `| ${name} | ${fmt(a)} | ${fmt(b)} | ${f2(a / b)} |`),
  ];
  if (large.cluster) {
    const { cluster } = large;
    lines.push(
      "",
      `${cluster.processes} app processes on this one database (node's cluster module, one port), against one process:`,
      "",
      `| Measure | 1 process | ${cluster.processes} processes | ratio |`,
      "| --- | --- | --- | --- |",
    );
    for (const label of [LANDING, PLAN]) {
      const one = med(large.load, label, "rps");
      const many = med(cluster.load, label, "rps");
      lines.push(
        `| ${label}: req/s (rounds; median) | ${large.load[label].map((r) => f0(r.rps)).join(" / ")}; ${f0(one)} | ${cluster.load[label].map((r) => f0(r.rps)).join(" / ")}; ${f0(many)} | ${f2(many / one)} |`,
        `| ${label}: p50 / p99 ms (median) | ${f1(med(large.load, label, "p50"))} / ${f1(med(large.load, label, "p99"))} | ${f1(med(cluster.load, label, "p50"))} / ${f1(med(cluster.load, label, "p99"))} | – |`,
      );
    }
    const ratios = landingRatios(cluster.load);
    lines.push(
      `| plan req/s ÷ landing req/s (rounds; median) | ${f2(median(landingRatios(large.load)))} | ${ratios.map(f2).join(" / ")}; ${f2(median(ratios))} | – |`,
      `| RSS after load, MB (all processes) | ${f0(large.rssAfter)} | ${f0(cluster.rssAfter)} | ${f2(cluster.rssAfter / large.rssAfter)} |`,
    );
  }
  return lines;
}

const ENGINE_NAMES = { sqlite: "SQLite", postgresql: "PostgreSQL" };

function report(runs, minutes) {
  const [first] = runs;
  const lines = [
    `# Benchmark results, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Large data set: ${first.large.families.toLocaleString("en-GB")} families (3 members each, a published plan, 2 item views, a rule, a commitment, a meeting),`,
    `${first.large.auditRows.toLocaleString("en-GB")} audit rows. Small: ${first.small.families} families, ${first.small.auditRows.toLocaleString("en-GB")} audit rows.`,
    `Load: ${CONNECTIONS} keep-alive connections on loopback, ${SECONDS} s per round, ${ROUNDS} rounds (each page in turn`,
    "within a round), after a 1 s warm-up; client, server and PostgreSQL share the machine, so req/s",
    "and ms vary with its other load: compare ratios within one table. The spread of the rounds",
    "shows how noisy the run was. Whole run:",
    `${f1(minutes)} minutes. How to run and what is judged: bench/README.md.`,
  ];
  for (const { engine, large, small } of runs) {
    lines.push("", `## ${ENGINE_NAMES[engine]}`, "");
    if (!large.visits)
      lines.push("First visits (bytes on the wire) do not depend on the database: see the SQLite table.", "");
    lines.push(...databaseTable(large, small));
    const noisy = [LANDING, PLAN].map(
      (label) => `${label} ${spread(large.load[label].map((r) => r.rps))} req/s`,
    );
    lines.push("", `Spread of the rounds on the large set: ${noisy.join(", ")}.`);
  }
  lines.push("");
  return lines.join("\n");
}

/**
 * `npm run bench -- --mode people`: PEOPLE signed-in parents, each of their own family, for
 * PEOPLE_SECONDS on one server on PostgreSQL. Each person opens their home, rules and rule pages
 * and writes under their rule (a form with its one-time key, as the page posts it), with a
 * pause between clicks. Afterwards every comment answered with success must be in the database.
 */
const PEOPLE = option("people", 300);
const PEOPLE_SECONDS = option("people-seconds", 60);
const THINK_MS = option("think-ms", 1000);

async function signInAs(database, family, person) {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await database.query(
    `INSERT INTO "Session" ("id","tokenHash","personId","createdAt","lastSeenAt","expiresAt") VALUES ($1,$2,$3,$4,$5,$6)`,
    [
      `ses${token.slice(0, 12)}`,
      tokenHash(token),
      id("per", family, person),
      now.toISOString(),
      now.toISOString(),
      new Date(now.getTime() + 12 * 3_600_000).toISOString(),
    ],
  );
  return (await cookieJar.serialize(token)).split(";")[0];
}

function postForm(port, path, form, { agent, cookie }) {
  const body = new URLSearchParams(form).toString();
  return new Promise((done, fail) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent,
        headers: {
          ...HEADERS,
          cookie,
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        response.on("data", () => {});
        response.on("end", () => done({ status: response.statusCode }));
      },
    );
    request.on("error", fail);
    request.end(body);
  });
}

async function peopleRun() {
  const started = Date.now();
  const serverUrl = postgresServer();
  const database = await prepareDatabase("postgresql", "people", PEOPLE, PEOPLE * 20, serverUrl);
  try {
    const cookies = [];
    for (let family = 0; family < PEOPLE; family++) cookies.push(await signInAs(database, family, PARENT));
    const port = await startServer(database.url, 1);
    const agent = new http.Agent({ keepAlive: true, maxSockets: PEOPLE });
    const times = { read: [], write: [] };
    const errors = [];
    const saved = [];
    const end = performance.now() + PEOPLE_SECONDS * 1000;
    const pause = () => new Promise((done) => setTimeout(done, THINK_MS * (0.5 + Math.random())));
    await Promise.all(
      cookies.map(async (cookie, family) => {
        const home = `/families/${id("fam", family)}`;
        const rule = `${home}/rules/${id("rul", family)}`;
        // Spread the first clicks over one pause, as people do not all click at once.
        await pause();
        for (let click = 0; performance.now() < end; click++) {
          const start = performance.now();
          try {
            if (click % 4 === 3) {
              const text = `Load comment ${family} ${click}.`;
              const { status } = await postForm(
                port,
                rule,
                { intent: "comment", text, submissionKey: randomBytes(18).toString("base64url") },
                { agent, cookie },
              );
              times.write.push(performance.now() - start);
              if (status === 302) saved.push({ family, text });
              else errors.push(`POST rule comment: ${status}`);
            } else {
              const path = [home, `${home}/rules`, rule][click % 4];
              const { status } = await get(port, path, { agent, cookie });
              times.read.push(performance.now() - start);
              if (status !== 200) errors.push(`GET ${path.replace(/fam\w+/, "…")}: ${status}`);
            }
          } catch (error) {
            errors.push(`request failed: ${error.code ?? error.message}`);
          }
          await pause();
        }
      }),
    );
    agent.destroy();
    const rssAfter = rssMb();
    await stopServer();
    const rows = await database.query(`SELECT "text" FROM "RuleComment" WHERE "text" LIKE 'Load comment %'`);
    const found = new Set(rows.map((row) => row.text));
    const lost = saved.filter(({ text }) => !found.has(text)).length;
    const stats = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return {
        count: sorted.length,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.at(-1),
      };
    };
    const read = stats(times.read);
    const write = stats(times.write);
    const all = stats([...times.read, ...times.write]);
    const counted = new Map();
    for (const error of errors) counted.set(error, (counted.get(error) ?? 0) + 1);
    const row = (label, s) =>
      `| ${label} | ${s.count} | ${(s.count / PEOPLE_SECONDS).toFixed(0)} | ${f1(s.p50)} | ${f1(s.p99)} | ${f1(s.max)} |`;
    const markdown = [
      `# ${PEOPLE} people for ${PEOPLE_SECONDS} s on PostgreSQL, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
      "",
      `\`npm run bench -- --mode people\`: ${PEOPLE} signed-in parents, each of their own family, on one`,
      `\`node server.js\` process on a private PostgreSQL cluster (fsync off), loopback only. Each person`,
      `clicks every ${THINK_MS / 2}–${(THINK_MS * 3) / 2} ms: home, rules, one rule, then writes under the rule`,
      "(a form with its one-time key), and again. Client, server and PostgreSQL share this 2-core",
      "machine with other work, so times vary between runs.",
      "",
      "| Requests | Count | per s | p50 ms | p99 ms | max ms |",
      "| --- | --- | --- | --- | --- | --- |",
      row("Pages (GET)", read),
      row("Comments (POST)", write),
      row("All", all),
      "",
      `Asked: about ${f0((PEOPLE * 1000) / THINK_MS)} requests per s; answered: ${f0(all.count / PEOPLE_SECONDS)} per s. Where the server answers fewer than asked, the times are mostly the queue.`,
      "",
      `Errors: ${errors.length}${counted.size ? ` (${[...counted].map(([what, n]) => `${n} × ${what}`).join("; ")})` : ""}.`,
      `Writes answered with success: ${saved.length}; found in the database afterwards: ${saved.length - lost}; lost: ${lost}.`,
      `Server RSS after the run: ${f0(rssAfter)} MB. Whole run: ${f1((Date.now() - started) / 60_000)} minutes.`,
      "",
    ].join("\n");
    const out = join(root, "bench", `people-${new Date().toISOString().slice(0, 10)}.md`);
    writeFileSync(out, markdown);
    process.stdout.write(`${markdown}\nWritten to ${out}\n`);
    if (errors.length > 0 || lost > 0) process.exitCode = 1;
  } finally {
    await stopServer();
    await database.drop();
  }
}

async function main() {
  const started = Date.now();
  if (!SKIP_BUILD)
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (textOption("mode", "pages") === "people") return peopleRun();
  const runs = [];
  for (const engine of DATABASES) {
    if (!ENGINE_NAMES[engine]) throw new Error(`--databases takes sqlite and/or postgresql, not ${engine}`);
    const serverUrl = engine === "postgresql" ? postgresServer() : null;
    const smallAudit = Math.round((AUDIT_ROWS * SMALL) / LARGE);
    const large = await measure(engine, "large", LARGE, AUDIT_ROWS, {
      full: true,
      processes: engine === "postgresql" ? PROCESSES : 1,
      serverUrl,
    });
    const small = await measure(engine, "small", SMALL, smallAudit, { full: false, processes: 1, serverUrl });
    runs.push({ engine, large, small });
  }
  const markdown = report(runs, (Date.now() - started) / 60_000);
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
