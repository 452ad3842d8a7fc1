import { createRequire } from "node:module";
const require_fs = () => createRequire(import.meta.url)("node:fs");
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { createCookie } from "@remix-run/node";
import Database from "better-sqlite3";
import { id, seed } from "./seed.mjs";
const root = process.env.ROOT ?? process.cwd();
const file = "/tmp/prof.db";
const fresh = !process.argv.includes("--reuse");
if (fresh) {
  execFileSync("rm", ["-f", file, file + "-wal", file + "-shm"]);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
  seed(file, { families: 300, auditRows: 30000 });
}
const token = randomBytes(32).toString("base64url");
const db = new Database(file);
const now = new Date();
db.prepare(`INSERT INTO "Session" ("id","tokenHash","personId","createdAt","lastSeenAt","expiresAt") VALUES (?,?,?,?,?,?)`).run(`ses${token.slice(0, 12)}`, createHash("sha256").update(token).digest("hex"), id("per", 0, 0), now.toISOString(), now.toISOString(), new Date(now.getTime() + 12 * 3_600_000).toISOString());
db.close();
const cookie = (await createCookie("sc_session", { path: "/", httpOnly: true, sameSite: "lax" }).serialize(token)).split(";")[0];
const port = 3299;
const prof = process.argv.includes("--prof");
const server = spawn(process.execPath, [...(prof ? ["--cpu-prof", "--cpu-prof-dir=/tmp/cpuprof", "--require", "/tmp/exit-on-int.cjs"] : []), "server.js"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${file}`, NODE_ENV: "production", APP_ENV: "test", DEMO_MODE: "false", SHOW_OUTBOX: "false", APP_URL: `http://localhost:${port}`, EXIT_URL: "https://www.bbc.co.uk/weather", SESSION_SECRET: randomBytes(24).toString("hex") } });
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const get = (path) => new Promise((ok, fail) => { const r = http.get({ host: "127.0.0.1", port, path, agent, headers: { cookie, "accept-encoding": "br" } }, (res) => { let n = 0; res.on("data", (d) => (n += d.length)); res.on("end", () => ok({ status: res.statusCode, n })); }); r.on("error", fail); });
for (let i = 0; i < 100; i++) { try { if ((await get("/healthz")).status === 200) break; } catch {} await new Promise((d) => setTimeout(d, 100)); }
const fam = id("fam", 0);
const paths = { plan: `/families/${fam}/plan`, home: `/families/${fam}`, landing: "/", healthz: "/healthz" };
const only = process.env.ONLY; const N = Number(process.env.N ?? 300);
for (const [name, path] of Object.entries(paths).filter(([n]) => !only || n === only)) {
  const first = await get(path);
  for (let i = 0; i < 50; i++) await get(path);
  const cpu = () => { const f = (require_fs().readFileSync(`/proc/${server.pid}/stat`, "utf8")).split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
  const perf = spawn("perf", ["stat", "-x,", "-e", "instructions:u", "-p", String(server.pid)], { stdio: ["ignore", "ignore", "pipe"] });
  let perfOut = ""; perf.stderr.on("data", (d) => (perfOut += d));
  await new Promise((d) => setTimeout(d, 300));
  const c0 = cpu();
  const times = [];
  for (let i = 0; i < N; i++) { const t = process.hrtime.bigint(); await get(path); times.push(Number(process.hrtime.bigint() - t) / 1e6); }
  times.sort((a, b) => a - b);
  perf.kill("SIGINT"); await new Promise((d) => perf.once("exit", d));
  const instr = Number(perfOut.trim().split("\n").find((l) => l.includes("instructions"))?.split(",")[0]);
  console.log(name, first.status, first.n, "cpu ms/req", ((cpu() - c0) / N).toFixed(2), "Minstr/req", (instr / N / 1e6).toFixed(2), "p50", times[Math.floor(N/2)].toFixed(2), "p90", times[Math.floor(N*0.9)].toFixed(2));
}
server.kill("SIGINT");
await new Promise((d) => server.once("exit", d));
process.exit(0);
